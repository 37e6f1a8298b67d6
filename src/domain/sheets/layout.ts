/**
 * Where each column of a canonical table goes: the schema's column order with the plan years expanded in
 * place of the YEARS marker. Tables the template writes start at A1 of their sheet.
 */
import { columnLetter } from '../model/a1';
import type { ColumnSpec } from '../model/schema';
import type { TableLayout, Years } from '../model/plan';
import { yearKey } from '../read/rowCells';

/** One column of a canonical table, with its header text and letter. */
export interface PlannedColumn {
  /** Schema key, or "year:<yyyy>" for a plan-year column. */
  readonly key: string;
  readonly header: string;
  readonly spec: ColumnSpec;
  readonly year?: number;
  /** 1-based column number and its letters. */
  readonly index: number;
  readonly column: string;
}

/**
 * Expands a table's column specs into concrete columns, starting at `firstColumn` (1 = A).
 */
export function plannedColumns(columns: readonly ColumnSpec[], years: Years, firstColumn = 1): PlannedColumn[] {
  const out: PlannedColumn[] = [];
  const push = (key: string, header: string, spec: ColumnSpec, year?: number): void => {
    const index = firstColumn + out.length;
    out.push({ key, header, spec, index, column: columnLetter(index), ...(year === undefined ? {} : { year }) });
  };
  for (const spec of columns) {
    if (spec.key === 'years') for (const y of years) push(yearKey(y), String(y), spec, y);
    else push(spec.key, spec.header, spec);
  }
  return out;
}

/**
 * The TableLayout of a canonical table at row 1, column `left` (A by default) with `rowCount` data rows (at least one: an Excel table
 * always has a body row, so an empty table keeps one empty row).
 */
export function canonicalLayout(
  sheet: string,
  tableName: string,
  columns: readonly ColumnSpec[],
  years: Years,
  rowCount: number,
  left = 1,
): TableLayout {
  const planned = plannedColumns(columns, years, left);
  const byKey: Record<string, string> = {};
  const byYear: Record<string, string> = {};
  for (const c of planned) {
    if (c.year === undefined) byKey[c.key] = c.column;
    else byYear[String(c.year)] = c.column;
  }
  return {
    tableName,
    sheet,
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 1 + Math.max(1, rowCount),
    columns: byKey,
    yearColumns: byYear,
    headers: planned.map((c) => ({ text: c.header, name: c.header, column: c.column })),
  };
}
