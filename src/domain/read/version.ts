/**
 * Reading saved versions (SPEC §14): a sheet is a version when its header says so (versionHeader.ts), whatever
 * the sheet is called. A version reads back into a Plan through the ordinary reader: its header stands in for
 * tblInnstillinger and each table is located by its title and header row, so there is no second reader.
 */
import { toRange } from '../model/a1';
import { findSheet, tablesOf } from './locateTable';
import { readPlan } from './plan';
import { cellAt, isBlank, rowEnd, sheetBounds } from './sheetCells';
import { norm, TITLES, versionHeader, type Header } from './versionHeader';
import type { VersionInfo } from '../model/version';
import type { ReadResult } from '../model/plan';
import type { SheetSnapshot, TableInfo, WorkbookSnapshot } from '../model/snapshot';

function isBlankRow(sheet: SheetSnapshot, row: number, left: number): boolean {
  for (let c = left; c <= rowEnd(sheet, row); c++) if (!isBlank(cellAt(sheet, row, c))) return false;
  return true;
}

/**
 * Each table of the version: its title row, then the header row, then rows down to the last non-blank row
 * before the next title. A blank row inside a table does not end it: a row read from the plan whose only
 * content was in a column of the user's own (a Kontonr beside the lines) is written blank, and every row
 * after it is still part of the version.
 */
function blockTables(sheet: SheetSnapshot, header: Header): TableInfo[] {
  const b = sheetBounds(sheet);
  const tables: TableInfo[] = [];
  for (let row = header.bottom + 1; row < b.bottom; row++) {
    const table = TITLES.get(norm(cellAt(sheet, row, header.left)));
    if (table === undefined || tables.some((t) => t.name === table)) continue;
    const head = row + 1;
    let end = head;
    for (let r = head + 1; r <= b.bottom && !TITLES.has(norm(cellAt(sheet, r, header.left))); r++)
      if (!isBlankRow(sheet, r, header.left)) end = r;
    const right = Math.max(header.left, rowEnd(sheet, head));
    tables.push({ name: table, sheet: sheet.sheet, ref: toRange(head, header.left, end, right) });
    row = end;
  }
  return tables;
}

/** Dashes folded to a hyphen, case and outer spaces ignored: a sheet name as a keyboard types it. */
const typedName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');

/**
 * A sheet by the name a user gives (compare --version-sheet): as Excel finds it, whatever its case, else the one
 * sheet whose name is that up to the kind of dash — the archives are named with an en dash ("Arkiv 2027–2030"),
 * which a keyboard types as a hyphen.
 */
function sheetNamed(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const found = findSheet(wb, name);
  if (found) return found;
  const matches = wb.sheets.filter((s) => typedName(s.sheet) === typedName(name));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether the workbook has a sheet by the name a user gives (as sheetNamed finds it), version or not. */
export const hasSheetNamed = (wb: WorkbookSnapshot, name: string): boolean => sheetNamed(wb, name) !== undefined;

/**
 * Reads a version sheet into a plan (settings from its header, lists empty) with the reader's findings, or
 * null when `sheetName` is not a version. Measures and lines keep the version sheet's name and rows.
 */
export function readVersion(wb: WorkbookSnapshot, sheetName: string): (ReadResult & { info: VersionInfo }) | null {
  const sheet = sheetNamed(wb, sheetName);
  const header = sheet ? versionHeader(sheet, tablesOf(wb)) : null;
  if (!sheet || !header) return null;
  // The version alone, its header and tables named as the canonical ones: the ordinary reader finds them by name.
  const own: WorkbookSnapshot = { sheets: [sheet], tables: [header.settings, ...blockTables(sheet, header)] };
  return { ...readPlan(own, { defaultStartYear: header.info.startYear }), info: header.info };
}
