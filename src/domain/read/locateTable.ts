/**
 * Finding a table in a workbook snapshot (SPEC §2): by its table name first, then on its sheet: an Excel table
 * there under a name of the user's, else the first row (among the first ten) that carries enough known headers.
 * Only the place is decided here; cells are always read from the sheet values, never from a library's table
 * metadata.
 */
import { parseRange } from '../model/a1';
import { headerText, matchesHeader, normalizeHeader, parseYearHeader, type HeaderLike } from './matchHeader';
import { cellAt, isBlank, sheetBounds } from './sheetCells';
import { TABLES } from '../model/schema';
import type { SheetSnapshot, TableInfo, WorkbookSnapshot } from '../model/snapshot';
import { sameName } from '../model/names';

export interface LocatedTable {
  /** The Excel table's name (the product's, or the user's for a table she renamed), else null. */
  readonly tableName: string | null;
  readonly sheet: SheetSnapshot;
  /** 1-based sheet coordinates. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly firstDataRow: number;
  /** Last row of the table body; headerRow when the body is empty. */
  readonly lastDataRow: number;
  /** A totals row lies right under the body (only an Excel table has one). */
  readonly totalsRow: boolean;
}

export interface TableQuery {
  readonly table: string;
  readonly sheet: string;
  /** Known headers of the table, used to recognise the header row when searching by sheet. */
  readonly headers: readonly HeaderLike[];
  /** Whether year headers count as known headers (tables with plan-year columns). */
  readonly hasYears?: boolean;
}

const SCAN_ROWS = 10;
const MIN_KNOWN_HEADERS = 3;

/** The sheet snapshot with that name (exact first, then ignoring case and outer spaces). */
export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const sheets = Array.isArray(wb.sheets) ? wb.sheets : [];
  return (
    sheets.find((s) => s.sheet === name) ?? sheets.find((s) => typeof s.sheet === 'string' && sameName(s.sheet, name))
  );
}

/** The workbook's tables; none when a snapshot carries no list (a sheet read on its own). */
export const tablesOf = (wb: WorkbookSnapshot): readonly TableInfo[] => (Array.isArray(wb.tables) ? wb.tables : []);

/** The place of an Excel table on `sheet`: its header row, columns and body (totals row aside). */
function located(info: TableInfo, sheet: SheetSnapshot): LocatedTable | null {
  const range = typeof info.ref === 'string' ? parseRange(info.ref) : null;
  if (!range) return null;
  return {
    tableName: info.name,
    sheet,
    headerRow: range.top,
    left: range.left,
    right: range.right,
    firstDataRow: range.top + 1,
    lastDataRow: range.bottom,
    totalsRow: info.totalsRow === true,
  };
}

function byTableName(wb: WorkbookSnapshot, q: TableQuery): LocatedTable | null {
  const info = tablesOf(wb).find((t) => typeof t.name === 'string' && sameName(t.name, q.table));
  const sheet = info ? findSheet(wb, info.sheet) : undefined;
  return info && sheet ? located(info, sheet) : null;
}

/** How many distinct known headers (and plan-year-like headers) a sheet row carries. */
function knownHeaderCount(sheet: SheetSnapshot, row: number, left: number, right: number, q: TableQuery): number {
  const matched = new Set<number>();
  let years = 0;
  for (let c = left; c <= right; c++) {
    const value = cellAt(sheet, row, c);
    if (q.hasYears && parseYearHeader(value) !== null) years++;
    const norm = normalizeHeader(headerText(value));
    const i = q.headers.findIndex((h) => matchesHeader(norm, h));
    if (i >= 0) matched.add(i);
  }
  return matched.size + years;
}

function lastNonBlankRow(sheet: SheetSnapshot, from: number, to: number, left: number, right: number): number {
  for (let r = to; r >= from; r--) {
    for (let c = left; c <= right; c++) if (!isBlank(cellAt(sheet, r, c))) return r;
  }
  return from - 1;
}

const PRODUCT_TABLES = new Set(Object.values(TABLES).map((n) => n.toLowerCase()));

/**
 * An Excel table on `sheet` whose header row carries enough known headers: the user's table under a name of her
 * own (Table Design → Table Name). Its range is the table, so a note typed below it is no row of it. A table
 * under another of the product's names is that table, never this one.
 */
function renamedTable(wb: WorkbookSnapshot, sheet: SheetSnapshot, q: TableQuery, needed: number): LocatedTable | null {
  for (const info of tablesOf(wb)) {
    if (typeof info.name !== 'string' || PRODUCT_TABLES.has(info.name.toLowerCase())) continue;
    if (typeof info.sheet !== 'string' || !sameName(info.sheet, sheet.sheet)) continue;
    const at = located(info, sheet);
    if (at && knownHeaderCount(sheet, at.headerRow, at.left, at.right, q) >= needed) return at;
  }
  return null;
}

function bySheetName(wb: WorkbookSnapshot, q: TableQuery): LocatedTable | null {
  const sheet = findSheet(wb, q.sheet);
  if (!sheet) return null;
  const needed = Math.min(MIN_KNOWN_HEADERS, q.headers.length);
  const renamed = renamedTable(wb, sheet, q, needed);
  if (renamed) return renamed;
  const b = sheetBounds(sheet);
  for (let r = b.top; r <= Math.min(b.bottom, b.top + SCAN_ROWS - 1); r++) {
    if (knownHeaderCount(sheet, r, b.left, b.right, q) < needed) continue;
    const last = lastNonBlankRow(sheet, r + 1, b.bottom, b.left, b.right);
    return {
      tableName: null,
      sheet,
      headerRow: r,
      left: b.left,
      right: b.right,
      firstDataRow: r + 1,
      lastDataRow: Math.max(last, r),
      totalsRow: false,
    };
  }
  return null;
}

/** Finds a table by name, else by sheet name and header row; null when neither is there. */
export function locateTable(wb: WorkbookSnapshot, q: TableQuery): LocatedTable | null {
  return byTableName(wb, q) ?? bySheetName(wb, q);
}

/** The last sheet row of a table's body that the snapshot can hold (rows past its end are empty anyway). */
export function lastBodyRow(t: LocatedTable): number {
  return Math.min(t.lastDataRow, sheetBounds(t.sheet).bottom);
}

/** The sheet column of the first header on the table's header row that is `spec` (or its alias); undefined if none. */
export function headerColumn(t: LocatedTable, spec: HeaderLike): number | undefined {
  for (let c = t.left; c <= t.right; c++)
    if (matchesHeader(normalizeHeader(headerText(cellAt(t.sheet, t.headerRow, c))), spec)) return c;
  return undefined;
}

/** The sheet rows of a table's body that the snapshot can hold (the big readers loop to lastBodyRow). */
export function bodyRows(t: LocatedTable): number[] {
  const last = lastBodyRow(t);
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= last; r++) rows.push(r);
  return rows;
}
