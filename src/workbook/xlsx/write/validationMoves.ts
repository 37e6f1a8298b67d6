/**
 * The drop-downs (data validation) of a table a roll empties and writes anew (clearOwnedRange with `moves`): its
 * rows move, its columns stay. A rule that covered the whole body of a column that stays covers that column's new
 * body instead (and, when it reached below the table, down to where the old table ended, so no gap opens above
 * the rest of it). A rule on part of a column's body, or on a column that leaves (the year that went to the
 * archive), cannot be placed: its cells there go, and are returned for the roll to name. Rules on the header
 * row, and the rules of other cells, are treated as clearValidation treats them.
 */
import { parseRange, type ColumnMove } from '../../../domain';
import { boxText, overlaps, parseSqref, trimSqref, type Box } from './ranges';
import { rewriteValidation } from './validations';

interface Move {
  readonly from: Box;
  readonly to: Box | null;
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
  const next = (sqref: string): string | null => {
    const boxes = parseSqref(sqref);
    if (!boxes.some((b) => cuts.some((c) => overlaps(b, c)))) return null;
    const added: Box[] = [];
    for (const m of moves) {
      const hit = boxes.filter((b) => overlaps(b, m.from));
      if (hit.length === 0) continue;
      if (m.to && covers(boxes, m.from)) added.push(target({ ...m, to: m.to }, boxes, block));
      else named.push(...hit.map((b) => within(b, m.from)));
    }
    const rest = cuts.reduce((s, c) => trimSqref(s, c), sqref);
    return [rest, ...added.map(boxText)].filter((s) => s !== '').join(' ');
  };
  return { xml: rewriteValidation(xml, next), named };
}
