/**
 * A line typed right under a product table that did not grow over it. SPEC §2 reads a table's range, so such
 * a row is neither checked nor counted, in the report or on Sammendrag (sheets/summaryMisses.ts writes the
 * rows its formulas would see as values): LibreOffice never grows a table when a row is typed under it, and
 * Excel does not when its AutoCorrect option is off. The check says so, at the row the check reads under a
 * table (readScope.ts), when it looks like a line of the table: two cells or more filled (a note typed under
 * a table is one cell). A totals row is not such a row.
 */
import { toA1 } from '../model/a1';
import { makeFinding, type Finding } from '../model/finding';
import type { TableRows } from './row';

/** row-below-table for the row right under `rows`' table, or null. */
export function rowBelowFinding(rows: TableRows): Finding | null {
  const { t } = rows;
  if (t.tableName === null || t.totalsRow) return null;
  const row = t.lastDataRow + 1;
  const filled = rows.filledColumns(row);
  const first = filled[0];
  if (first === undefined || filled.length < 2) return null;
  return makeFinding('row-below-table', t.sheet.sheet, toA1(row, first), { table: t.tableName, row });
}
