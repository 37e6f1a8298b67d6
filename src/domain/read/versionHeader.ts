/**
 * Telling a saved version by its header (SPEC §14): a table Innstilling/Verdi near the top holding a «Versjon» row
 * and a valid plan period and unit, whatever the sheet is called. Apart from read/version.ts, which reads a version
 * back through the ordinary reader, so that the reader itself (read/plan.ts: the IDs a version holds, which are
 * never handed out again) may ask whether a sheet is one without an import circle.
 */
import { INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, TABLES } from '../model/schema';
import { toRange } from '../model/a1';
import { SETTINGS_HEADERS } from '../model/settingsSchema';
import { VERSION_ROWS, type VersionInfo } from '../model/version';
import { tablesOf } from './locateTable';
import { normalizeHeader } from './matchHeader';
import { readSettings } from './settings';
import { cellAt, cellText, isBlank, sheetBounds } from './sheetCells';
import type { CellValue, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../model/snapshot';

/** How far down and across the header table may start. */
const SCAN_ROWS = 12;
const SCAN_COLS = 4;
/** The most rows the header table may span, Innstilling … its last entry (a saved version writes 10). */
const HEADER_MAX_ROWS = 24;

/**
 * The block of a sheet, from the top-left of its used cells, that tells whether the sheet is a version: the
 * header is looked for inside it only, so an adapter that reads just this block of every sheet gets from
 * isVersionSheet the answer the whole sheet gives, and reads a sheet whole only when it is a version.
 */
export const VERSION_HEADER_WINDOW = { rows: SCAN_ROWS - 1 + HEADER_MAX_ROWS, cols: SCAN_COLS + 1 } as const;

export interface Header {
  readonly info: VersionInfo;
  /** The header table (Innstilling … last entry) as a table for readSettings. */
  readonly settings: TableInfo;
  /** The last row of the header table and the column it starts in. */
  readonly bottom: number;
  readonly left: number;
}

/** A cell's text as headers are compared (normalizeHeader), so a title or label matches however the user typed it. */
export const norm = (v: CellValue): string => normalizeHeader(cellText(v));

/** The tables of a version, each under a title row naming its sheet. */
const BLOCKS = [
  { title: OPERATING_TABLE.sheet, table: OPERATING_TABLE.table },
  { title: INVESTMENT_TABLE.sheet, table: INVESTMENT_TABLE.table },
  { title: SHEETS.economyPlan, table: TABLES.economyPlan },
] as const;

/** Normalised title → table name. */
export const TITLES: ReadonlyMap<string, string> = new Map(BLOCKS.map((k) => [normalizeHeader(k.title), k.table]));

/** Days since 1899-12-30 (an Excel date serial, which Excel makes of a typed "2027-11-15") as yyyy-mm-dd. */
export function serialToIsoDate(serial: number): string {
  // Howard Hinnant's civil-from-days, shifted from 1970-01-01 to Excel's epoch: integers only, no Date.
  const z = Math.floor(serial) - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateText = (v: CellValue): string => (typeof v === 'number' ? serialToIsoDate(v) : cellText(v));

/** The header table's top-left cell: "Innstilling" with "Verdi" beside it, near the top of the sheet. */
function headerCorner(sheet: SheetSnapshot): { row: number; col: number } | null {
  const b = sheetBounds(sheet);
  const [name, value] = [normalizeHeader(SETTINGS_HEADERS.name), normalizeHeader(SETTINGS_HEADERS.value)];
  for (let row = b.top; row <= Math.min(b.bottom, b.top + SCAN_ROWS - 1); row++) {
    for (let col = b.left; col <= Math.min(b.right, b.left + SCAN_COLS - 1); col++) {
      if (norm(cellAt(sheet, row, col)) === name && norm(cellAt(sheet, row, col + 1)) === value) return { row, col };
    }
  }
  return null;
}

/**
 * The version header on `sheet` (its label, date, period and unit), or null when it has none or a period or unit
 * that cannot be read: such a sheet cannot be placed in time, so it is not taken for a version.
 */
export function readHeader(sheet: SheetSnapshot): Header | null {
  const corner = headerCorner(sheet);
  if (!corner) return null;
  const { row: top, col } = corner;
  // The header ends at its blank row, or at the first table's title when a user deleted that row.
  let bottom = top;
  const last = top + HEADER_MAX_ROWS - 1;
  while (bottom < last && !isBlank(cellAt(sheet, bottom + 1, col)) && !TITLES.has(norm(cellAt(sheet, bottom + 1, col))))
    bottom++;
  const valueOf = (label: string): CellValue | undefined => {
    for (let r = top + 1; r <= bottom; r++)
      if (norm(cellAt(sheet, r, col)) === normalizeHeader(label)) return cellAt(sheet, r, col + 1);
    return undefined;
  };
  const label = valueOf(VERSION_ROWS.label);
  if (label === undefined) return null;
  const settings: TableInfo = { name: TABLES.settings, sheet: sheet.sheet, ref: toRange(top, col, bottom, col + 1) };
  const read = readSettings({ sheets: [sheet], tables: [settings] }, 0);
  // A version without a valid period or unit cannot be placed in time: it is not read as one.
  if (read.findings.length > 0) return null;
  const { startYear, yearCount, unit } = read.settings;
  const info = { sheet: sheet.sheet, label: cellText(label), date: dateText(valueOf(VERSION_ROWS.date) ?? null) };
  return { info: { ...info, startYear, yearCount, unit }, settings, bottom, left: col };
}

/** A sheet name as Excel knows it: case and outer spaces aside. */
const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * Whether a sheet is the plan's own settings sheet: Innstillinger, or the sheet tblInnstillinger stands on (when
 * the workbook's tables are given). It is never a saved version (SPEC §14: a version is a copy on a sheet of its
 * own), though its table is the Innstilling/Verdi table a version's header copies and may hold a row «Versjon»
 * of the user's (the plan document's own version, e.g. "Høringsutkast 1").
 */
export function isSettingsSheet(sheet: SheetSnapshot, tables: readonly TableInfo[]): boolean {
  const key = nameKey(sheet.sheet);
  if (key === nameKey(SHEETS.settings)) return true;
  return tables.some((t) => nameKey(t.name) === nameKey(TABLES.settings) && nameKey(t.sheet) === key);
}

/** The header of a version sheet, or null when the sheet is none (the plan's own settings sheet never is). */
export const versionHeader = (sheet: SheetSnapshot, tables: readonly TableInfo[]): Header | null =>
  isSettingsSheet(sheet, tables) ? null : readHeader(sheet);

/** Every version sheet of the workbook (saved versions and roll archives), in sheet order. */
export function findVersions(wb: WorkbookSnapshot): VersionInfo[] {
  return wb.sheets.flatMap((s) => {
    const header = versionHeader(s, tablesOf(wb));
    return header ? [header.info] : [];
  });
}

/**
 * Whether a sheet is a version (by its header): the product never edits it, repair and roll leave it as is.
 * Give the workbook's tables when known, so that the plan's settings sheet is told by its table whatever its name.
 */
export function isVersionSheet(sheet: SheetSnapshot, tables: readonly TableInfo[] = []): boolean {
  return versionHeader(sheet, tables) !== null;
}
