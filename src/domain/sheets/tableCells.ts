/**
 * The cells of a table the product wrote (Avstemming, Avstemming planer), read back by column key: each column
 * found by its header text (case aside; the first of a repeated header), so that a user who moved or added
 * columns still has Status and Kommentar read from where they are.
 */
import { cellAt, cellText } from '../read/sheetCells';
import type { LocatedTable } from '../read/locateTable';
import type { CellValue } from '../model/snapshot';

/** The cell of `row` in the column of `key`, or null when the table has no such column. */
export type CellByKey<K extends string> = (row: number, key: K) => CellValue;

export function cellsByKey<K extends string>(
  t: LocatedTable,
  columns: readonly { readonly key: K; readonly header: string }[],
): CellByKey<K> {
  const col: Partial<Record<K, number>> = {};
  for (let c = t.left; c <= t.right; c++) {
    const header = cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase();
    const spec = columns.find((x) => x.header.toLowerCase() === header);
    if (spec && col[spec.key] === undefined) col[spec.key] = c;
  }
  return (row, key) => {
    const c = col[key];
    return c === undefined ? null : cellAt(t.sheet, row, c);
  };
}
