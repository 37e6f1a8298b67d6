/**
 * Test helper: a WorkbookSnapshot laid out like the canonical workbook (SPEC §2), built from rows keyed by
 * canonical header text ('ID', 'Seksjon', '2027', 'Nye midler' …). Every table sits at A1 of its sheet
 * except the lists, which stand beside the settings table on Innstillinger.
 *
 * Sum periode: leave it out of a row to get the live formula =SUM(<year cells>) with its computed value;
 * give it to write a constant, as if a user typed over the formula (→ formula-overwritten).
 */
import { columnLetter, parseA1, parseRange, toA1, toRange } from '../../src/domain/model/a1';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  SHEETS,
  TABLES,
  type ColumnSpec,
  type ListKey,
} from '../../src/domain/model/schema';
import { LISTS, PLAN_ITEM_HEADERS, SETTINGS, SETTINGS_HEADERS } from '../../src/domain/model/settingsSchema';
import type { Unit } from '../../src/domain/model/money';
import type { Lists } from '../../src/domain/model/plan';
import type { CellValue, NameInfo, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../src/domain/sheets/version';

export interface CanonicalOptions {
  startYear?: number;
  yearCount?: number;
  unit?: Unit;
  operating?: Record<string, CellValue>[];
  investment?: Record<string, CellValue>[];
  economyPlan?: Record<string, CellValue>[];
  lists?: Partial<Lists>;
  /** Overrides by setting label ('Første planår' …); an unknown label adds a row. */
  settings?: Record<string, CellValue>;
  /** Refs of tblHandlingsplan; absent or null = no Handlingsplan sheet. */
  planItems?: string[] | null;
}

/** The lists of canonicalSnapshot's workbooks (frames 2, 3); not the product's DEFAULT_LISTS (sheets/template.ts). */
export const WORKBOOK_LISTS: Lists = {
  sections: ['Samfunn og tjenester', 'Organisasjon'],
  areas: ['Helse, velferd, pleie og omsorg', 'Oppvekst', 'Kultur', 'Teknisk'],
  frames: [
    { code: '2', name: 'Helse og velferd' },
    { code: '3', name: 'Oppvekst' },
  ],
  responsibles: ['Rådmannen v/kommunalsjef velferd', 'Leder boligkontor'],
};

type Grid = CellValue[][];

/** Header texts of a table with the YEARS placeholder expanded to the plan years. */
export function canonicalHeaders(columns: readonly ColumnSpec[], years: readonly number[]): string[] {
  return columns.flatMap((c) => (c.key === 'years' ? years.map(String) : [c.header]));
}

function put(grid: Grid, row0: number, col0: number, value: CellValue): void {
  while (grid.length <= row0) grid.push([]);
  const line = grid[row0] as CellValue[];
  while (line.length <= col0) line.push(null);
  line[col0] = value;
}

/** Pads every row to the same width, as a used range is rectangular. */
function rectangular(grid: Grid): Grid {
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}

function settingsRows(o: CanonicalOptions, startYear: number, yearCount: number, unit: Unit): [string, CellValue][] {
  const defaults: Record<string, CellValue> = {
    startYear,
    yearCount,
    unit,
    priceLevel: `faste ${startYear}-kroner`,
    economyPlanVersion: null,
    tolerance: 0,
    planName: null,
  };
  const overrides = { ...(o.settings ?? {}) };
  const rows: [string, CellValue][] = SETTINGS.map((s) => {
    const value = s.label in overrides ? (overrides[s.label] ?? null) : (defaults[s.key] ?? null);
    delete overrides[s.label];
    return [s.label, value];
  });
  return [...rows, ...Object.entries(overrides)];
}

const absolute = (row: number, col: number): string => `$${columnLetter(col)}$${row}`;

function listValues(key: ListKey, lists: Lists): CellValue[][] {
  if (key === 'frames') return lists.frames.map((f) => [f.code, f.name]);
  return lists[key].map((v) => [v]);
}

function settingsSheet(o: CanonicalOptions, startYear: number, yearCount: number, unit: Unit) {
  const grid: Grid = [];
  const tables: TableInfo[] = [];
  const names: NameInfo[] = [];
  const sheet = SHEETS.settings;
  const rows = settingsRows(o, startYear, yearCount, unit);
  put(grid, 0, 0, SETTINGS_HEADERS.name);
  put(grid, 0, 1, SETTINGS_HEADERS.value);
  rows.forEach(([label, value], i) => {
    put(grid, i + 1, 0, label);
    put(grid, i + 1, 1, value);
  });
  tables.push({ name: TABLES.settings, sheet, ref: toRange(1, 1, rows.length + 1, 2) });
  const lists: Lists = { ...WORKBOOK_LISTS, ...(o.lists ?? {}) };
  let col0 = 3; // one empty column between tables
  for (const spec of LISTS) {
    const values = listValues(spec.key, lists);
    spec.columns.forEach((c, j) => put(grid, 0, col0 + j, c.header));
    values.forEach((line, i) => line.forEach((v, j) => put(grid, i + 1, col0 + j, v)));
    const bottom = Math.max(values.length, 1) + 1;
    tables.push({ name: spec.table, sheet, ref: toRange(1, col0 + 1, bottom, col0 + spec.columns.length) });
    names.push({ name: spec.name, ref: `${sheet}!${absolute(2, col0 + 1)}:${absolute(bottom, col0 + 1)}` });
    col0 += spec.columns.length + 1;
  }
  return { sheet: { sheet, origin: 'A1', values: rectangular(grid) } as SheetSnapshot, tables, names };
}

function sumOfYears(row: Record<string, CellValue>, years: readonly number[]): number {
  return years.reduce((acc, y) => {
    const v = row[String(y)];
    return typeof v === 'number' ? acc + v : acc;
  }, 0);
}

/** One table at A1 of its own sheet, with a formula grid when the table has a calculated column. */
function tableSheet(
  sheet: string,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly Record<string, CellValue>[],
  years: readonly number[],
): { sheet: SheetSnapshot; table: TableInfo } {
  const headers = canonicalHeaders(columns, years);
  const formulaCol = columns.find((c) => c.type === 'formula')?.header;
  const yearIdx = years.map((y) => headers.indexOf(String(y)));
  const values: Grid = [headers];
  const formulas: (string | null)[][] = [headers.map(() => null)];
  const bodyRows = rows.length > 0 ? rows : [{}];
  bodyRows.forEach((row, i) => {
    const sheetRow = i + 2;
    const isBlank = rows.length === 0;
    const typed = formulaCol !== undefined && formulaCol in row;
    values.push(
      headers.map((h) => {
        // Excel shows 0 in the calculated cell of a table's one blank row.
        if (h === formulaCol && !typed) return isBlank ? 0 : sumOfYears(row, years);
        return row[h] ?? null;
      }),
    );
    formulas.push(
      headers.map((h) => {
        if (h !== formulaCol || typed || yearIdx.length === 0) return null;
        const first = Math.min(...yearIdx) + 1;
        const last = Math.max(...yearIdx) + 1;
        return `=SUM(${toA1(sheetRow, first)}:${toA1(sheetRow, last)})`;
      }),
    );
  });
  const ref = toRange(1, 1, values.length, headers.length);
  const snapshot: SheetSnapshot = formulaCol
    ? { sheet, origin: 'A1', values, formulas }
    : { sheet, origin: 'A1', values };
  return { sheet: snapshot, table: { name: table, sheet, ref } };
}

function planItemsSheet(refs: readonly string[]): { sheet: SheetSnapshot; table: TableInfo } {
  const values: Grid = [[PLAN_ITEM_HEADERS.ref, PLAN_ITEM_HEADERS.title], ...refs.map((r) => [r, `Punkt ${r}`])];
  if (refs.length === 0) values.push([null, null]);
  return {
    sheet: { sheet: SHEETS.planItems, origin: 'A1', values },
    table: { name: TABLES.planItems, sheet: SHEETS.planItems, ref: toRange(1, 1, values.length, 2) },
  };
}

/** A canonical workbook snapshot (defaults: 2027, 4 years, '1000 kr', default lists, no rows). */
export function canonicalSnapshot(opts: CanonicalOptions = {}): WorkbookSnapshot {
  const startYear = opts.startYear ?? 2027;
  const yearCount = opts.yearCount ?? 4;
  const unit = opts.unit ?? '1000 kr';
  const years = Array.from({ length: yearCount }, (_, i) => startYear + i);
  const settings = settingsSheet(opts, startYear, yearCount, unit);
  const parts = [
    tableSheet(SHEETS.operating, TABLES.operating, OPERATING_COLUMNS, opts.operating ?? [], years),
    tableSheet(SHEETS.investment, TABLES.investment, INVESTMENT_COLUMNS, opts.investment ?? [], years),
    tableSheet(SHEETS.economyPlan, TABLES.economyPlan, ECONOMY_PLAN_COLUMNS, opts.economyPlan ?? [], years),
  ];
  if (opts.planItems) parts.push(planItemsSheet(opts.planItems));
  return {
    sheets: [settings.sheet, ...parts.map((p) => p.sheet)],
    tables: [...settings.tables, ...parts.map((p) => p.table)],
    names: settings.names,
  };
}

/** A copy of `wb` with one cell of a sheet set (the sheet grows when needed); formulas there are cleared. */
export function setCell(wb: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): WorkbookSnapshot {
  const at = parseA1(a1);
  if (!at) throw new Error(`bad address ${a1}`);
  const sheets = wb.sheets.map((s) => {
    if (s.sheet !== sheet) return s;
    const origin = parseA1(s.origin) ?? { row: 1, col: 1 };
    const values = s.values.map((r) => [...r]);
    put(values, at.row - origin.row, at.col - origin.col, value);
    const formulas = s.formulas?.map((r) => [...r]);
    const fRow = formulas?.[at.row - origin.row];
    if (fRow && at.col - origin.col < fRow.length) fRow[at.col - origin.col] = null;
    return { ...s, values: rectangular(values), ...(formulas ? { formulas } : {}) };
  });
  return { ...wb, sheets };
}

/** A copy of `wb` without the named tables' metadata (their cells stay), as a source that lost them. */
export function withoutTables(wb: WorkbookSnapshot, names?: readonly string[]): WorkbookSnapshot {
  return { ...wb, tables: names ? wb.tables.filter((t) => !names.includes(t.name)) : [] };
}

/** A copy of `wb` without a sheet and the tables on it. */
export function withoutSheet(wb: WorkbookSnapshot, sheet: string): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== sheet),
    tables: wb.tables.filter((t) => t.sheet !== sheet),
  };
}

/** `wb` with column `col` (1-based) of `sheet` cut out, and `table` given `ref` (a column lost by hand). */
export function dropColumn(
  wb: WorkbookSnapshot,
  sheet: string,
  col: number,
  table: string,
  ref: string,
): WorkbookSnapshot {
  const cut = <T>(rows: readonly (readonly T[])[] | undefined) => rows?.map((r) => r.filter((_, c) => c !== col - 1));
  return {
    ...wb,
    sheets: wb.sheets.map((s) =>
      s.sheet === sheet
        ? { ...s, values: cut(s.values) ?? [], formulas: cut(s.formulas), numberFormats: cut(s.numberFormats) }
        : s,
    ),
    tables: wb.tables.map((t) => (t.name === table ? { ...t, ref } : t)),
  };
}

/**
 * A copy of `wb` whose table `table` ends one row higher (its last body row left under it), as a table that
 * did not grow over a row typed under it; `extra` overrides other fields of its info (totalsRow).
 */
export function shrinkTable(
  wb: WorkbookSnapshot,
  table: string,
  extra: Partial<TableInfo> = {},
  rows = 1,
): WorkbookSnapshot {
  return {
    ...wb,
    tables: wb.tables.map((t) => {
      const b = t.name === table ? parseRange(t.ref) : null;
      return b ? { ...t, ...extra, ref: toRange(b.top, b.left, b.bottom - rows, b.right) } : t;
    }),
  };
}

/** `wb` with number formats on `sheet` (a source that reports them): the given cells (A1) formatted, the rest none. */
export function withNumberFormats(
  wb: WorkbookSnapshot,
  sheet: string,
  formats: Readonly<Record<string, string>>,
): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.sheet !== sheet) return s;
      const grid: (string | null)[][] = s.values.map((r) => r.map(() => null));
      for (const [a1, format] of Object.entries(formats)) {
        const at = parseA1(a1);
        if (!at) throw new Error(a1);
        while (grid.length < at.row) grid.push([]);
        const line = grid[at.row - 1] as (string | null)[];
        while (line.length < at.col) line.push(null);
        line[at.col - 1] = format;
      }
      return { ...s, numberFormats: grid };
    }),
  };
}

/** The value of `sheet`'s cell at `row`, `col` (1-based) as the snapshot holds it; null when empty or absent. */
export function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  return wb.sheets.find((s) => s.sheet === sheet)?.values[row - 1]?.[col - 1] ?? null;
}

/** `wb` with the plan of `adopted` saved in it as the version «Vedtatt» of 2026-12-10, as the pane's Lagre versjon does. */
export function withSavedVersion(adopted: WorkbookSnapshot, wb: WorkbookSnapshot): WorkbookSnapshot {
  const { plan } = readPlan(adopted, { defaultStartYear: 2027 });
  return applyEdits(wb, planSaveVersion(adopted, plan, { label: 'Vedtatt', date: '2026-12-10' }).edits);
}
