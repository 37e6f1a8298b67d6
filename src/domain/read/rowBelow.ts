/**
 * Lines typed right under a product table that did not grow over them. SPEC §2 reads a table's range, so such
 * rows are neither checked nor counted, in the report or on Sammendrag (sheets/summaryMisses.ts writes the
 * rows its formulas would see as values): LibreOffice never grows a table when a row is typed under it, and
 * Excel does not when its AutoCorrect option is off. The check says so at each such row, from the row right
 * under the table down to the first row that does not look like a line of the table (two cells or more filled:
 * a note typed under a table is one cell), within the rows the check reads under it (readScope.ts) and above
 * any other table of the sheet. A totals row is not such a row.
 */
import { parseRange, toA1 } from '../model/a1';
import { makeFinding, type Finding } from '../model/finding';
import { rowsReadBelow } from './readScope';
import type { LocatedTable } from './locateTable';
import type { TableRows } from './row';
import type { TableInfo } from '../model/snapshot';

/** row-below-table for each line in the run right under `rows`' table (none when it has a totals row). */
export function rowBelowFindings(rows: TableRows, tables: readonly TableInfo[]): Finding[] {
  const { t } = rows;
  if (t.tableName === null || t.totalsRow) return [];
  const table = t.tableName;
  const last = Math.min(t.lastDataRow + rowsReadBelow(table), nextTableTop(t, tables) - 1);
  const out: Finding[] = [];
  for (let row = t.lastDataRow + 1; row <= last; row++) {
    const filled = rows.filledColumns(row);
    const first = filled[0];
    if (first === undefined || filled.length < 2) break;
    out.push(makeFinding('row-below-table', t.sheet.sheet, toA1(row, first), { table, row }));
  }
  return out;
}

/** The top row of the first other table on `t`'s sheet that starts under it in its columns (Infinity if none). */
function nextTableTop(t: LocatedTable, tables: readonly TableInfo[]): number {
  let top = Infinity;
  for (const info of tables) {
    const b = info.sheet.toLowerCase() === t.sheet.sheet.toLowerCase() ? parseRange(info.ref) : null;
    if (b && b.top > t.lastDataRow && b.left <= t.right && b.right >= t.left) top = Math.min(top, b.top);
  }
  return top;
}
