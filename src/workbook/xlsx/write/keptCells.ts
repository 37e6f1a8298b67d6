/**
 * Her cells inside a block the product empties and writes anew (clearOwnedRange `keep`: a note she typed beside
 * Sammendrag's rows, review r25): their XML as it stood, taken before the clear and put back as it was (value,
 * formula, style) where the setCells after it writes them. Inside a block of values they go into it (cellBlock.ts),
 * so that the block stays one the product generates whole: written as a block, and no recalculation on open unless a
 * kept cell holds a formula (it may read the figures written anew).
 */
import type { parseA1 } from '../../../domain';
import type { SheetEntry } from '../book';
import type { BookState } from './bookState';
import type { Box } from './ranges';

/** A cell's XML holding a formula (`<f>`, `<f t="shared" …/>`, prefixed or not). */
const FORMULA = /<(?:\w+:)?f[\s>/]/;

type Cell = NonNullable<ReturnType<typeof parseA1>>;

/** A cell's key in a sheet's map of kept cells (as SheetDoc.touched counts them). */
export const keptKey = (r: number, c: number): number => r * 16384 + c - 1;

/** Remembers the cells `keep` (parsed A1, null when not a cell) of `sheet` that hold something, before the clear. */
export function rememberKept(state: BookState, sheet: SheetEntry, keep: readonly (Cell | null)[]): void {
  const doc = state.doc(sheet);
  const kept = state.keptCells.get(sheet.name) ?? new Map<number, string>();
  for (const at of keep) {
    const xml = at ? doc.cell(at.row, at.col) : undefined;
    if (at && xml !== undefined) kept.set(keptKey(at.row, at.col), xml);
    // A formula of hers there may read the product's figures written anew around it: its result as it stood could be
    // stale, so Excel recalculates on open (review r29), as for any cell of hers a write changes (editCells.ts).
    if (xml !== undefined && FORMULA.test(xml)) state.needsRecalc = true;
  }
  if (kept.size > 0) state.keptCells.set(sheet.name, kept);
}

/** The kept cells of `sheet` inside `box`, taken (a setCells over them writes them as they were). */
export function takeKept(state: BookState, sheet: SheetEntry, box: Box): Map<number, string> {
  const taken = new Map<number, string>();
  const kept = state.keptCells.get(sheet.name);
  if (!kept) return taken;
  for (const [key, xml] of kept) {
    const r = Math.floor(key / 16384);
    const c = (key % 16384) + 1;
    if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
    taken.set(key, xml);
    kept.delete(key);
  }
  if (kept.size === 0) state.keptCells.delete(sheet.name);
  return taken;
}

/** Puts `cells` (taken kept cells) back into `sheet` as they were. */
export function putKept(state: BookState, sheet: SheetEntry, cells: ReadonlyMap<number, string>): void {
  const doc = state.doc(sheet);
  for (const [key, xml] of cells) doc.putCell(Math.floor(key / 16384), (key % 16384) + 1, xml);
}
