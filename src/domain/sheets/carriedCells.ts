/**
 * What a new run of an item table (Avstemming, «Avstemming planer») carries of the old one besides its rows: the
 * columns whose cells keep their look at their address, and the formulas of the columns she types in, written as
 * the values they showed. One rule for both sheets; each passes its table as located and its columns.
 */
import { bodyRows, type LocatedTable } from '../read/locateTable';
import { extraColumns, extraFormulaValues } from './reconciliationExtra';
import { typedColumnsInPlace, typedColumnsOf } from './typedColumns';
import type { FormulaValue } from './userColumns';

type ItemColumns = readonly { readonly key: string; readonly header: string }[];

/**
 * The sheet columns (1 = A) of `t` whose cells keep their fill, font or border at their address while their values
 * follow their item: her own columns, and Status and Kommentar where they stand at their place (typedColumns.ts).
 */
export function lookColumnsOf(t: LocatedTable | null, columns: ItemColumns): number[] {
  return t ? [...typedColumnsInPlace(t, columns), ...extraColumns(t, columns).cols] : [];
}

/**
 * The formula cells of her own columns of `t` and of Status and Kommentar, on the table's body rows, which a run
 * carries: each is written as the value it showed, since its row follows its item; the shells name them.
 */
export function carriedFormulaValues(t: LocatedTable | null, columns: ItemColumns): FormulaValue[] {
  if (!t) return [];
  const extra = extraColumns(t, columns);
  const cols = [...typedColumnsOf(t, columns), ...extra.cols].sort((a, b) => a - b);
  return cols.length === 0 ? [] : extraFormulaValues(t, { ...extra, cols }, bodyRows(t));
}
