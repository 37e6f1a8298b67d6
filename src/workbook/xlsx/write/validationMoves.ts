/**
 * The drop-downs (data validation) of a table a roll empties and writes anew (clearOwnedRange with `moves`): its
 * rows move, its columns stay. A rule that covered the whole body of a column that stays covers that column's new
 * body instead (and, when it reached below the table, down to where the old table ended, so no gap opens above
 * the rest of it). A rule on part of a column's body, or on a column that leaves (the year that went to the
 * archive), cannot be placed: its cells there go, and are returned for the roll to name. So does a rule whose
 * formula names a cell relatively (a custom «I2>=0» on 2028's column) when its column moves: Excel reads such a
 * reference from the rule's first cell, and a column that moves (2028 from I to H) would have it check its
 * neighbour; where its column stays, its first cell is kept first. Rules on the
 * header row, and the rules of other cells, are treated as clearValidation treats them.
 */
import { parseRange, type ColumnMove } from '../../../domain';
import { boxText, overlaps, parseSqref, trimSqref, type Box } from './ranges';
import { rewriteValidation } from './validations';

interface Move {
  readonly from: Box;
  readonly to: Box | null;
}

/** A cell reference with a relative row or column (I2, $I2, I$2), outside quoted text. */
const RELATIVE_REF = /(?:^|[^A-Za-z0-9_.$])(?:[A-Za-z]{1,3}\$?\d+|\$[A-Za-z]{1,3}\d+)(?![A-Za-z0-9_(])/;

/** Whether a rule's formulas (formula1, formula2; main or x14 `<xm:f>`) name a cell relatively. */
function namesCellRelatively(rule: string): boolean {
  const formulas = [...rule.matchAll(/<(?:\w+:)?(?:formula[12]|f)>([^<]*)</g)].map((m) => m[1] ?? '');
  return formulas.some((f) => RELATIVE_REF.test(f.replace(/&quot;[^&]*&quot;|"[^"]*"/g, '""')));
}

/** Whether `boxes` hold every cell of `column` (one column wide). */
function covers(boxes: readonly Box[], column: Box): boolean {
  const spans = boxes
    .filter((b) => b.left <= column.left && b.right >= column.left && b.bottom >= column.top && b.top <= column.bottom)
    .sort((a, b) => a.top - b.top);
  let next = column.top;
  for (const s of spans) {
    if (s.top > next) return false;
    next = Math.max(next, s.bottom + 1);
  }
  return next > column.bottom;
}

const within = (a: Box, b: Box): Box => ({
  top: Math.max(a.top, b.top),
  left: Math.max(a.left, b.left),
  bottom: Math.min(a.bottom, b.bottom),
  right: Math.min(a.right, b.right),
});

/** The new body of a move; down to the old block's end when the rule went on below it in the same column. */
function target(m: Move & { to: Box }, boxes: readonly Box[], block: Box): Box {
  const below = { top: block.bottom + 1, bottom: block.bottom + 1, left: m.from.left, right: m.from.left };
  const onward = m.to.left === m.from.left && boxes.some((b) => overlaps(b, below));
  return onward ? { ...m.to, bottom: Math.max(m.to.bottom, block.bottom) } : m.to;
}

/**
 * The skeleton with every rule off `block` and off the new bodies of `moves`, each rule that covered a column's
 * whole body put on that column's new body; `named`: the cells of rules that could not be placed.
 */
export function moveValidation(
  xml: string,
  block: Box,
  columnMoves: readonly ColumnMove[],
): { xml: string; named: Box[] } {
  const moves = columnMoves.flatMap((m): Move[] => {
    const from = parseRange(m.from);
    return from ? [{ from, to: m.to === null ? null : parseRange(m.to) }] : [];
  });
  const cuts = [block, ...moves.flatMap((m) => (m.to ? [m.to] : []))];
  const named: Box[] = [];
  const next = (sqref: string, rule: string): string | null => {
    const boxes = parseSqref(sqref);
    if (!boxes.some((b) => cuts.some((c) => overlaps(b, c)))) return null;
    const added: Box[] = [];
    const relative = namesCellRelatively(rule);
    for (const m of moves) {
      const hit = boxes.filter((b) => overlaps(b, m.from));
      if (hit.length === 0) continue;
      // A relative rule stays only where its column and first row do, so that its cells read what they read.
      const anchored = !relative || (m.to !== null && m.to.left === m.from.left && m.to.top === m.from.top);
      if (m.to && anchored && covers(boxes, m.from)) added.push(target({ ...m, to: m.to }, boxes, block));
      else named.push(...hit.map((b) => within(b, m.from)));
    }
    const rest = cuts.reduce((s, c) => trimSqref(s, c), sqref);
    // A relative rule's first cell stays first (Excel reads its references from there).
    const parts = relative ? [...added.map(boxText), rest] : [rest, ...added.map(boxText)];
    const result = parts.filter((s) => s !== '').join(' ');
    // A relative rule whose first cell would change reads other cells everywhere: its rest goes too, named.
    const [was, now] = [boxes[0], parseSqref(result)[0]];
    if (relative && result !== '' && (now?.top !== was?.top || now?.left !== was?.left)) {
      named.push(...parseSqref(rest));
      return '';
    }
    return result;
  };
  return { xml: rewriteValidation(xml, next), named };
}
