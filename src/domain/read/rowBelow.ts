/**
 * Lines typed right under a product table that did not grow over them. SPEC §2 reads a table's range, so such
 * rows are neither checked nor counted, in the report or on Sammendrag (sheets/summaryMisses.ts writes the
 * rows its formulas would see as values): LibreOffice never grows a table when a row is typed under it, and
 * Excel does not when its AutoCorrect option is off. The check says so at each such row, from the row right
 * under the table down to the first row that does not look like a line of the table (two cells or more filled:
 * a note typed under a table is one cell), within the rows the check reads under it (readScope.ts) and above
 * any other table of the sheet. A totals row is not such a row.
 *
 * Under a measure table the run may also start after empty rows, at a row whose ID cell holds an ID of that table
 * (D-… under tblTiltakDrift), reason 'gap': a roll takes finished measures out and the table shrinks, so a measure
 * typed right under it now stands as many rows lower as measures left — any number, so the reach is the rows the
 * check reads anyway. The ID is what the product hands out for a row of that table: a note or a sum row has none,
 * so for those the run must still start right under the table, and an empty row between still keeps them apart.
 */
import { parseRange, toA1 } from '../model/a1';
import { makeFinding, type Finding } from '../model/finding';
import { idNumber } from '../model/measureId';
import { cellText } from './sheetCells';
import { rowsReadBelow } from './readScope';
import type { LocatedTable } from './locateTable';
import type { TableRows } from './row';
import type { TableInfo } from '../model/snapshot';

/**
 * row-below-table for each line in the run right under `rows`' table (none when it has a totals row); with
 * `idPrefix` (a measure table) also for a run after empty rows that starts at a row with such an ID ('gap').
 */
export function rowBelowFindings(rows: TableRows, tables: readonly TableInfo[], idPrefix?: string): Finding[] {
  const { t } = rows;
  if (t.tableName === null || t.totalsRow) return [];
  const table = t.tableName;
  const last = Math.min(t.lastDataRow + rowsReadBelow(table), nextTableTop(t, tables) - 1);
  const start = runStart(rows, last, idPrefix);
  if (start === null) return [];
  const gap = start > t.lastDataRow + 1;
  const out: Finding[] = [];
  for (let row = start; row <= last; row++) {
    const filled = rows.filledColumns(row);
    const first = filled[0];
    if (first === undefined || filled.length < 2) break;
    // Right under the table, a row with the table's ID is told not to stand apart by an empty row: it would be 'gap'.
    const reason = gap ? { reason: 'gap' as const } : hasTableId(rows, row, idPrefix) ? { reason: 'id' as const } : {};
    out.push(makeFinding('row-below-table', t.sheet.sheet, toA1(row, first), { table, row, ...reason }));
  }
  return out;
}

/**
 * The measure IDs (either table's prefix) in the ID column of the rows the check reads under `rows`' table: a line
 * typed there carries an ID handed out (SPEC §4), which the next free ID must skip though the line is no measure of
 * the table (review r20). Any such cell, told or not: skipping an ID never handed out costs nothing.
 */
export function idsBelow(rows: TableRows, tables: readonly TableInfo[], prefixes: readonly string[]): string[] {
  const { t } = rows;
  const idColumn = rows.m.columns.get('id');
  if (t.tableName === null || idColumn === undefined) return [];
  const last = Math.min(t.lastDataRow + rowsReadBelow(t.tableName), nextTableTop(t, tables) - 1);
  const ids: string[] = [];
  for (let row = t.lastDataRow + 1; row <= last; row++) {
    const id = cellText(rows.cell(row, idColumn)).trim().toUpperCase();
    if (prefixes.some((p) => idNumber(id, p) > 0)) ids.push(id);
  }
  return ids;
}

/** Whether `row`'s ID cell holds an ID with `idPrefix` (a measure table's D-… or I-…). */
function hasTableId(rows: TableRows, row: number, idPrefix: string | undefined): boolean {
  const idColumn = rows.m.columns.get('id');
  return idPrefix !== undefined && idColumn !== undefined && idNumber(cellText(rows.cell(row, idColumn)), idPrefix) > 0;
}

/**
 * The row the run starts at: the row right under the table, or, when that is empty and `idPrefix` is given, the
 * first filled row below it up to `last` if its ID cell holds an ID with that prefix; null when there is none.
 */
function runStart(rows: TableRows, last: number, idPrefix: string | undefined): number | null {
  const next = rows.t.lastDataRow + 1;
  const idColumn = rows.m.columns.get('id');
  if (rows.filledColumns(next).length > 0 || idPrefix === undefined || idColumn === undefined) return next;
  for (let row = next + 1; row <= last; row++) {
    if (rows.filledColumns(row).length === 0) continue;
    return hasTableId(rows, row, idPrefix) ? row : null;
  }
  return null;
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
