/**
 * The formulas of the empty rows at the end of a measure table. A new measure goes into the first empty row after
 * the last measure (domain measureEdits/add.ts), and a formula there that shows "" (=HVIS(A5="";"";…)) reads as an
 * empty value but is the user's, never to be written over (SPEC §11). The check reads the formulas of a measure
 * table's last rows with its values (readPlan.ts, lastRowsWithFormulas); when the empty rows reach above those, a
 * block of values asks, once loaded, for the formulas of its empty rows at the end, which share the later syncs:
 * nothing for a table that ends with a measure, or with fewer empty rows than those read anyway.
 */
import type { LoadedPiece } from './readBlocks';
import type { Piece } from './readPlan';

/** Whether row `r` (0-based in `grid`) holds nothing outside the `skip` columns (0-based in `grid`). */
const isEmptyRow = (grid: LoadedPiece['grid'], r: number, skip: readonly number[]): boolean =>
  (grid[r] ?? []).every((v, c) => skip.includes(c) || v === null || v === '');

/** The formulas piece a loaded block of values asks for (see the file comment); none for other pieces. */
export function askEmptyRowFormulas({ piece, grid }: LoadedPiece): Piece[] {
  const end = piece.emptyEnd;
  if (!end || piece.field !== 'values') return [];
  const { rect } = piece;
  const skip = end.calculated.map((col) => col - rect.left);
  // From the table's last body row in this block up, while the rows are empty.
  const last = Math.min(rect.bottom, end.bottom);
  let first = last + 1;
  while (first > Math.max(rect.top, end.top) && isEmptyRow(grid, first - 1 - rect.top, skip)) first--;
  const bottom = Math.min(last, end.formulasFrom - 1);
  if (first > bottom) return [];
  return [{ sheet: piece.sheet, rect: { ...rect, top: first, bottom }, field: 'formulas' }];
}
