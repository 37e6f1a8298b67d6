/** Rectangles of cells: parsing sqref lists, overlap and subtraction (what trimming a validation needs). */
import { columnLetter, parseRange, toRange } from '../../../domain';

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The boxes of a space-separated list of ranges ("A1:B2 D4"); unreadable parts are dropped. */
export function parseSqref(sqref: string): Box[] {
  return sqref
    .trim()
    .split(/\s+/)
    .map((r) => parseRange(r))
    .filter((b): b is Box => b !== null);
}

/** A box as A1 text: one cell "B2" or a range "B2:C9". */
export function boxText(b: Box): string {
  return b.top === b.bottom && b.left === b.right
    ? `${columnLetter(b.left)}${b.top}`
    : toRange(b.top, b.left, b.bottom, b.right);
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** `a` without the cells of `b`, as at most four boxes. */
export function subtract(a: Box, b: Box): Box[] {
  if (!overlaps(a, b)) return [a];
  const out: Box[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** The sqref of `sqref` without `b`, or "" when nothing is left. */
export function trimSqref(sqref: string, b: Box): string {
  return parseSqref(sqref)
    .flatMap((a) => subtract(a, b))
    .map(boxText)
    .join(' ');
}
