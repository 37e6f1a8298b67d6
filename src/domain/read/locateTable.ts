/**
 * Finding a table in a workbook snapshot (SPEC §2): by its table name first, then on its sheet by the
 * first row (among the first ten) that carries enough known headers. Only the place is decided here;
 * cells are always read from the sheet values, never from a library's table metadata.
 */
import { parseRange } from '../model/a1';
import { headerText, matchesHeader, normalizeHeader, parseYearHeader, type HeaderLike } from './matchHeader';
import { cellAt, isBlank, sheetBounds } from './sheetCells';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';

export interface LocatedTable {
  /** The Excel table's name when found by name, else null. */
  readonly tableName: string | null;
  readonly sheet: SheetSnapshot;
  /** 1-based sheet coordinates. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly firstDataRow: number;
  /** Last row of the table body; headerRow when the body is empty. */
  readonly lastDataRow: number;
  /** A totals row lies right under the body (only a table found by name has one). */
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

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The sheet snapshot with that name (exact first, then ignoring case and outer spaces). */
export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const sheets = Array.isArray(wb.sheets) ? wb.sheets : [];
  return (
    sheets.find((s) => s.sheet === name) ?? sheets.find((s) => typeof s.sheet === 'string' && sameName(s.sheet, name))
  );
}

function byTableName(wb: WorkbookSnapshot, q: TableQuery): LocatedTable | null {
  const tables = Array.isArray(wb.tables) ? wb.tables : [];
  const info = tables.find((t) => typeof t.name === 'string' && sameName(t.name, q.table));
  if (!info) return null;
  const sheet = findSheet(wb, info.sheet);
  const range = typeof info.ref === 'string' ? parseRange(info.ref) : null;
  if (!sheet || !range) return null;
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

function bySheetName(wb: WorkbookSnapshot, q: TableQuery): LocatedTable | null {
  const sheet = findSheet(wb, q.sheet);
  if (!sheet) return null;
  const b = sheetBounds(sheet);
  const needed = Math.min(MIN_KNOWN_HEADERS, q.headers.length);
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

/** The sheet rows of a table's body that the snapshot can hold (the big readers loop to lastBodyRow). */
export function bodyRows(t: LocatedTable): number[] {
  const last = lastBodyRow(t);
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= last; r++) rows.push(r);
  return rows;
}
