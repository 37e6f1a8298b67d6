/**
 * The one formula the in-memory applier computes: a per-row sum, in either spelling the product writes —
 * A1 (=SUM(H5:K5)) or a table's this-row span as a file stores it (=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])),
 * or several such terms where the year columns are not side by side in period order (=SUM(H5:I5,K5:L5)),
 * which is also how the Excel adapter reads Excel's "@" spelling (workbook/excel/thisRow.ts). Any other
 * formula keeps the value it was saved with (formulaValue); one the edits write has none yet and reads as null,
 * as a source without cached results would give it.
 */
import { rowSumBlocks, sumTerms, type CellLookup } from '../read/rowSumTerms';
import type { CellValue, TableInfo } from '../model/snapshot';

export type { CellLookup } from '../read/rowSumTerms';

/**
 * The value of a per-row sum written at `row` of a sheet whose tables are `tables`; null for any other
 * formula. Numbers only count, as SUM counts them (a cell two terms name, twice).
 */
export function evaluateRowSum(
  formula: string,
  row: number,
  tables: readonly TableInfo[],
  cell: CellLookup,
): CellValue {
  const blocks = rowSumBlocks(formula, row, tables, cell);
  if (!blocks) return null;
  let sum = 0;
  for (const block of blocks)
    for (let r = block.top; r <= block.bottom; r++)
      for (let c = block.left; c <= block.right; c++) {
        const v = cell(r, c);
        if (typeof v === 'number') sum += v;
      }
  return Number(sum.toPrecision(15));
}

/**
 * The value a formula cell at `row` reads back with once edits are applied in memory (snapshotEdits.ts and
 * patchSheet.ts alike): a per-row sum is evaluated; any other formula keeps `saved`, the value the workbook was
 * saved with (null for a formula the edits write). That value may be stale when the formula reads a cell the
 * edits write, but it is still the better reading: it is what the workbook shows until it recalculates, where
 * null would make a user's =K5 in Helårsvirkning an empty cell and the live check report the row's financing as
 * not adding up; the check after writing reads the recalculated value.
 */
export function formulaValue(
  formula: string,
  row: number,
  tables: readonly TableInfo[],
  cell: CellLookup,
  saved: CellValue,
): CellValue {
  return isRowSum(formula) ? evaluateRowSum(formula, row, tables, cell) : saved;
}

/** Whether `formula` is a per-row sum in a spelling the product writes (its Sum periode). */
export const isRowSum = (formula: string): boolean => sumTerms(formula) !== null;
