/**
 * The measure IDs a workbook's saved versions and roll archives hold (SPEC §4: an ID is never reused; §14: a version
 * is compared with the plan by ID). A roll takes a finished Engangs measure out of the tables onto its archive, and
 * a measure deleted after a Lagre versjon lives on in that version: handing its ID out again would make compare see
 * the old measure changed into the new one, and a Ref of finance's still naming the old one match the new. A sheet
 * is one of these by its header (versionHeader.ts), or by its name («Arkiv …», «Versjon …») when a source read only
 * the names of sheets it did not need.
 */
import { idNumber } from '../model/measureId';
import { INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, type ColumnSpec } from '../model/schema';
import { VERSION_SHEET_PREFIX } from '../model/version';
import { tablesOf } from './locateTable';
import { cellText, sheetBounds } from './sheetCells';
import { isSettingsSheet, versionHeader } from './versionHeader';
import type { CellValue, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../model/snapshot';

const PREFIXES = [OPERATING_TABLE.idPrefix, INVESTMENT_TABLE.idPrefix];

const namedAsVersion = (name: string): boolean =>
  [SHEETS.archive, VERSION_SHEET_PREFIX].some((p) => name.trim().toLowerCase().startsWith(`${p.toLowerCase()} `));

/** The measure ID a cell holds (upper case), or null. */
function idIn(v: CellValue): string | null {
  if (typeof v === 'number' || v === null) return null;
  const id = cellText(v).trim().toUpperCase();
  return PREFIXES.some((p) => idNumber(id, p) > 0) ? id : null;
}

/** The 0-based offset of `key`'s column in a version's block (model/version.ts: the schema's order, years expanded). */
function offsetOf(columns: readonly ColumnSpec[], key: string, yearCount: number): number {
  let offset = 0;
  for (const c of columns) {
    if (c.key === key) return offset;
    offset += c.key === 'years' ? yearCount : 1;
  }
  return 0;
}

/**
 * The columns of an archive of her own (named as one, without the product's header) that may hold IDs: each column
 * of its top block with a cell «ID» or a measure ID in it (review r25: «Seksjon | ID | Tiltak»), else its first.
 */
function ownIdColumns(top: SheetSnapshot): number[] {
  const origin = sheetBounds(top);
  const columns = new Set<number>();
  top.values.forEach((row) =>
    row.forEach((v, i) => {
      if (idIn(v) !== null || cellText(v).trim().toUpperCase() === 'ID') columns.add(origin.left + i);
    }),
  );
  return columns.size > 0 ? [...columns].sort((a, b) => a - b) : [origin.left];
}

/**
 * The sheet columns (1-based) of a saved version or archive that hold measure IDs: each measure block's ID column,
 * as sheets/version.ts writes them from the column of the header's «Innstilling» — or null when the sheet is no
 * version. `top`: the sheet's top block (VERSION_HEADER_WINDOW), which tells a version (versionHeader.ts); a sheet
 * named as one without that header counts from its first column. A read that takes only these columns (a check,
 * model/readScope.ts) finds every ID of the version's measures; not an ID only an economy plan line's Ref names
 * there, which versionIds finds in a read of the whole sheet: that column would double the cells read, and at
 * 10 000 measures cost the Excel read a sync of its own.
 */
export function versionIdColumns(top: SheetSnapshot, tables: readonly TableInfo[] = []): number[] | null {
  if (top.values.length === 0 || isSettingsSheet(top, tables)) return null;
  const header = versionHeader(top, tables);
  if (!header && !namedAsVersion(top.sheet)) return null;
  if (!header) return ownIdColumns(top);
  const left = header.left;
  const years = header.info.yearCount;
  const offsets = [offsetOf(OPERATING_TABLE.columns, 'id', years), offsetOf(INVESTMENT_TABLE.columns, 'id', years)];
  return [...new Set(offsets)].sort((a, b) => a - b).map((o) => left + o);
}

/**
 * Every text cell of the archive and version sheets that is a measure ID (D-012, I-003), once each, in sheet order.
 * Any cell, not only an ID column: a Ref of an economy plan line names an ID too, and skipping an ID that was never
 * handed out costs nothing, while giving one out twice does.
 */
export function versionIds(wb: WorkbookSnapshot): string[] {
  const tables = tablesOf(wb);
  const ids = new Set<string>();
  const scan = (values: readonly CellValue[]) => {
    for (const v of values) {
      const id = idIn(v);
      if (id !== null) ids.add(id);
    }
  };
  for (const sheet of wb.sheets) {
    if (sheet.values.length === 0 || isSettingsSheet(sheet, tables)) continue;
    if (namedAsVersion(sheet.sheet) || versionHeader(sheet, tables) !== null) sheet.values.forEach(scan);
  }
  // The ID columns alone of the versions a check read no more of (model/readScope.ts versionIdColumns).
  for (const cells of wb.versionIdCells ?? [])
    if (!isSettingsSheet({ sheet: cells.sheet, origin: 'A1', values: [] }, tables)) scan(cells.values);
  return [...ids];
}
