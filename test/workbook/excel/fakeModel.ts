/**
 * The workbook state behind the recording fake: sheets of cells, tables, names. Plain data, so tests can set
 * up a workbook and compare it before and after an operation.
 */
import { parseRange, toA1 } from '../../../src/domain/model/a1';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
}

export interface FakeSheet {
  name: string;
  id: string;
  /** A1 → cell; absent means empty. */
  cells: Map<string, FakeCell>;
  /** Review → Protect Sheet (fakeProtection.ts). */
  protected?: boolean;
  /** Its protection's Format cells option (WorksheetProtection.options.allowFormatCells). */
  allowFormatCells?: boolean;
  /** Its protection's Select locked / unlocked cells options (WorksheetProtection.options.selectionMode): Normal unless told. */
  selectionMode?: 'Normal' | 'Unlocked' | 'None';
  /** A1 of the cells whose format is unlocked (Format Cells › Protection › Locked off); every other is locked. */
  unlocked?: Set<string>;
  /** View › Freeze Panes: the frozen range (as getLocation gives it, e.g. "A1" for panes frozen at B2). */
  frozen?: string;
  /** The columns (1-based) given a width of their own (Format › Column Width); every other has the standard one. */
  sizedColumns?: Set<number>;
  /** The width (points) of a column of sizedColumns, when known: reported as format.columnWidth. */
  columnWidths?: Map<number, number>;
  /** The rows (1-based) hidden, by hand (Home › Format › Hide Rows) or by a table's filter (fakeRows.ts). */
  hiddenRows?: Set<number>;
}

export interface FakeModel {
  sheets: FakeSheet[];
  /**
   * `ref` covers the whole table, its totals row included when `showTotals` (as Table.getRange does). With
   * `showHeaders: false` (Table Design → Header Row off) it starts at the first body row, and the column names
   * live in `columns` only.
   */
  tables: {
    name: string;
    sheet: string;
    ref: string;
    showTotals?: boolean;
    showHeaders?: boolean;
    columns?: string[];
    /** The rows its filter hides (criteria set on its filter buttons); each is in its sheet's hiddenRows too. */
    filterHides?: number[];
    /** The conditions she last sorted it by (Data › Sort: TableSort.fields), column key 0-based. */
    sortFields?: { key: number; ascending: boolean }[];
  }[];
  names: { name: string; formula: string }[];
  /** Review → Protect Workbook, its structure locked: no sheet may be added (fakeProtection.ts). */
  structureLocked?: boolean;
}

/** A model from sheet → rows of values (strings starting with "=" become formulas with value 0). */
export function fakeModel(sheets: Record<string, (string | number | boolean | null)[][]>): FakeModel {
  return {
    sheets: Object.entries(sheets).map(([name, rows], i) => {
      const cells = new Map<string, FakeCell>();
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const isFormula = typeof v === 'string' && v.startsWith('=');
          cells.set(toA1(r + 1, c + 1), isFormula ? { value: 0, formula: v } : { value: v });
        }),
      );
      return { name, id: `{sheet-${i + 1}}`, cells };
    }),
    tables: [],
    names: [],
  };
}

/** Every A1 address of a bounded range, row by row. */
export function cellsOf(ref: string): string[][] {
  const r = parseRange(ref);
  if (!r) throw new Error(`fake: unbounded or bad range ${ref}`);
  const rows: string[][] = [];
  for (let row = r.top; row <= r.bottom; row += 1) {
    const line: string[] = [];
    for (let col = r.left; col <= r.right; col += 1) line.push(toA1(row, col));
    rows.push(line);
  }
  return rows;
}

/**
 * The smallest range holding every cell the fake knows, or null for an empty sheet; with `valuesOnly` only
 * cells with a value or formula (Excel's getUsedRange(true): a format alone does not widen it).
 */
export function usedRef(sheet: FakeSheet, valuesOnly = false): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [a1, cell] of sheet.cells) {
    if (valuesOnly && cell.value === '' && cell.formula === undefined) continue;
    const r = parseRange(a1);
    if (!r) continue;
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    bottom = Math.max(bottom, r.bottom);
    right = Math.max(right, r.right);
  }
  return bottom === 0 ? null : `${toA1(top, left)}:${toA1(bottom, right)}`;
}

/** A deep copy of the cell maps, for before/after comparisons. */
export function cloneCells(model: FakeModel): Record<string, Record<string, FakeCell>> {
  return Object.fromEntries(
    model.sheets.map((s) => [s.name, Object.fromEntries([...s.cells].map(([k, v]) => [k, { ...v }]))]),
  );
}

/** The sheet called `name` (case-insensitive, as Excel's getItem), or Excel's ItemNotFound. */
export function sheetOf(rec: { readonly model: FakeModel }, name: string): FakeSheet {
  const sheet = rec.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
  return sheet;
}
