/**
 * The looks of a rolled table's columns (<col>: width, hidden, style, outline level) moved with the columns
 * (clearOwnedRange `looks`, rollover/columnMoves.ts). The roll writes the table in the product's order, her columns
 * after the product's: a <col> kept by letter would hide or size another column than she did (her hidden «Herav
 * lønn» hiding the year 2030). Each column of the rolled table takes the <col> of the column it was; a year column
 * that of the year column in its place, without a hidden mark, which would hide another year now: the columns
 * shown so are recorded (`hiddenColumns`) for the roll to name. A folded group of hers that does not move as one
 * with its collapsed mark goes whole (columnGroups.ts, recorded as `columnGroups`). When no column moves, <cols>
 * stays as it was, byte for byte, but for such a hidden year (and a fold over it).
 */
import { columnLetter, columnNumber, type ColumnLook } from '../../../domain';
import { attributesOf, children } from '../xml/tags';
import { withAttributes } from '../xml/patch';
import type { SheetEntry } from '../book';
import type { BookState } from './bookState';
import type { Box } from './ranges';
import { rootPrefix, setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';
import { brokenFolds, foldsOf, summaryLeft, unfoldAt, unfolded } from './columnGroups';

interface Col {
  readonly min: number;
  readonly max: number;
  readonly tag: string;
}

const isHidden = (tag: string | undefined): boolean => tag !== undefined && /\shidden="(?:1|true)"/.test(tag);

function colsOf(xml: string): Col[] {
  const cols = topChild(xml, 'cols');
  return (cols ? children(xml, cols) : []).map((c) => {
    const tag = xml.slice(c.start, c.end);
    const a = attributesOf(tag);
    return { min: Number(a.get('min')), max: Number(a.get('max')), tag };
  });
}

/** `tag` for columns min…max only. */
const spanning = (tag: string, min: number, max: number): Col => ({
  min,
  max,
  tag: withAttributes(tag, { min: String(min), max: String(max) }),
});

/**
 * The skeleton's <cols> with columns lo…hi given `look(c)` (a <col> tag, or none), the rest as it was (a span
 * across lo or hi split there).
 */
function relooked(xml: string, lo: number, hi: number, look: (c: number) => string | undefined): string {
  const out: Col[] = [];
  for (const c of colsOf(xml)) {
    if (c.max < lo || c.min > hi) out.push(c);
    else {
      if (c.min < lo) out.push(spanning(c.tag, c.min, lo - 1));
      if (c.max > hi) out.push(spanning(c.tag, hi + 1, c.max));
    }
  }
  for (let c = lo; c <= hi; c++) {
    const tag = look(c);
    if (tag !== undefined) out.push(spanning(tag, c, c));
  }
  out.sort((a, b) => a.min - b.min);
  const p = rootPrefix(xml);
  const text = out.length === 0 ? null : `<${p}cols>${out.map((c) => c.tag).join('')}</${p}cols>`;
  return setTopChild(xml, 'cols', text, WORKSHEET_ORDER);
}

/** Gives the columns of the table rolled over `box` (the table as it stood) the looks `looks` says. */
export function moveColumnLooks(state: BookState, sheet: SheetEntry, box: Box, looks: readonly ColumnLook[]): void {
  const doc = state.doc(sheet);
  const cols = colsOf(doc.skeleton);
  const tagAt = (c: number): string | undefined => cols.find((x) => c >= x.min && c <= x.max)?.tag;
  const map = looks.map((l) => ({
    to: columnNumber(l.to),
    from: l.from === null ? null : columnNumber(l.from),
    year: l.year === true,
  }));
  const shown = map.filter((m) => m.year && m.from !== null && isHidden(tagAt(m.from)));
  const still = map.every((m) => m.from === m.to);
  if (map.length === 0 || (still && shown.length === 0)) return;
  const look = (c: number): string | undefined => {
    const m = map.find((x) => x.to === c);
    // A column of the table as it stood that the rolled table has not (it is narrower) keeps no look of it; one
    // beside it that the rolled table grows over, with no look to take, keeps its own.
    const outside = c < box.left || c > box.right;
    const tag = still || (outside && m?.from == null) ? tagAt(c) : m && m.from !== null ? tagAt(m.from) : undefined;
    return tag !== undefined && m?.year === true && isHidden(tag) ? withAttributes(tag, { hidden: null }) : tag;
  };
  const tos = map.map((m) => m.to);
  let lo = Math.min(box.left, ...tos);
  let hi = Math.max(box.right, ...tos);
  // Where the look of a column as it stood goes: with its column, or it stays (outside the columns relooked, or
  // beside the table with no look to take), or nowhere.
  const placed = (c: number): number | null => {
    if (still || c < lo || c > hi) return c;
    const m = map.find((x) => x.from === c);
    if (m) return m.to;
    return (c < box.left || c > box.right) && !map.some((x) => x.to === c) ? c : null;
  };
  // A folded group of hers whose columns part from its collapsed mark, or whose year the roll shows, goes whole.
  const folds = foldsOf(cols, tagAt, summaryLeft(doc.skeleton)).filter((f) =>
    [f.control, ...f.members].some((c) => c >= lo && c <= hi),
  );
  const broken = brokenFolds(folds, placed, new Set(shown.map((m) => m.from ?? 0)));
  const unfold = unfoldAt(broken, placed);
  lo = Math.min(lo, ...unfold.keys());
  hi = Math.max(hi, ...unfold.keys());
  const refolded = (c: number): string | undefined => {
    const tag = look(c);
    const member = unfold.get(c);
    return tag === undefined || member === undefined ? tag : unfolded(tag, member);
  };
  doc.skeleton = relooked(doc.skeleton, lo, hi, refolded);
  if (shown.length > 0) {
    const where = shown.map((m) => columnLetter(m.from ?? 0));
    state.dropped.push({ sheet: sheet.name, extra: 'hiddenColumns', where });
  }
  if (broken.length > 0) {
    const where = [...new Set(broken.flatMap((f) => f.members))].sort((a, b) => a - b).map((c) => columnLetter(c));
    state.dropped.push({ sheet: sheet.name, extra: 'columnGroups', where });
  }
}
