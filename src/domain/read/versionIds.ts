/**
 * The measure IDs a workbook's saved versions and roll archives hold (SPEC §4: an ID is never reused; §14: a version
 * is compared with the plan by ID). A roll takes a finished Engangs measure out of the tables onto its archive, and
 * a measure deleted after a Lagre versjon lives on in that version: handing its ID out again would make compare see
 * the old measure changed into the new one, and a Ref of finance's still naming the old one match the new. A sheet
 * is one of these by its header (versionHeader.ts), or by its name («Arkiv …», «Versjon …») when a source read only
 * the names of sheets it did not need.
 */
import { idNumber } from '../model/measureId';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, type ColumnSpec } from '../model/schema';
import { VERSION_SHEET_PREFIX } from '../model/version';
import { toA1 } from '../model/a1';
import { tablesOf } from './locateTable';
import { normalizeHeader } from './matchHeader';
import { cellText, isBlank, originOf, sheetBounds } from './sheetCells';
import { isSettingsSheet, versionHeader, VERSION_HEADER_WINDOW } from './versionHeader';
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
 * The block of a sheet, from the top-left of its cells, that tells whether it is a version and where its IDs stand
 * (VERSION_HEADER_WINDOW): a check reads only this of a version it leaves unread, so a sheet read whole is looked
 * at through the same block, and both find the same columns.
 */
function topBlock(sheet: SheetSnapshot): SheetSnapshot {
  const { rows, cols } = VERSION_HEADER_WINDOW;
  const filled = (r: readonly CellValue[] | undefined): number =>
    Array.isArray(r) ? r.findIndex((v) => !isBlank(v)) : -1;
  const first = sheet.values.findIndex((r) => filled(r) >= 0);
  const lines = first < 0 ? [] : sheet.values.slice(first, first + rows).map((r) => (Array.isArray(r) ? r : []));
  const left = Math.min(...lines.map(filled).filter((i) => i >= 0));
  if (lines.length === 0 || !Number.isFinite(left)) return { sheet: sheet.sheet, origin: sheet.origin, values: [] };
  const o = originOf(sheet);
  return {
    sheet: sheet.sheet,
    origin: toA1(o.row + first, o.col + left),
    values: lines.map((r) => r.slice(left, left + cols)),
  };
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
 * The sheet columns (1-based) of a saved version or archive that hold measure IDs — or null when the sheet is no
 * version: each measure block's ID column and the economy plan block's Ref column (a line of finance's may name a
 * measure deleted before the version was saved, whose ID then stands there only), as sheets/version.ts writes them
 * from the column of the header's «Innstilling», wherever the user moved the block. `sheet`: the sheet from the
 * top-left of its cells, whole or only its top block (VERSION_HEADER_WINDOW), which tells a version
 * (versionHeader.ts); a sheet named as one without that header counts as ownIdColumns says. A read that takes only
 * these columns (a check, model/readScope.ts) finds the IDs a read of the whole sheet finds (versionIds): the one
 * rule of both, so the check suggests the ID the add form gives.
 */
export function versionIdColumns(sheet: SheetSnapshot, tables: readonly TableInfo[] = []): number[] | null {
  if (sheet.values.length === 0 || isSettingsSheet(sheet, tables)) return null;
  const top = topBlock(sheet);
  if (top.values.length === 0) return null;
  const header = versionHeader(top, tables);
  if (!header && !namedAsVersion(top.sheet)) return null;
  if (!header) return ownIdColumns(top);
  const years = header.info.yearCount;
  const offsets = [
    offsetOf(OPERATING_TABLE.columns, 'id', years),
    offsetOf(INVESTMENT_TABLE.columns, 'id', years),
    offsetOf(ECONOMY_PLAN_COLUMNS, 'ref', years),
  ];
  return [...new Set(offsets)].sort((a, b) => a - b).map((o) => header.left + o);
}

/**
 * Where the Ref column of a saved version's economy plan lines stands (one of versionIdColumns), and the column of
 * its block's title «Økonomiplan», under which (and its header) the lines follow to the end of the version: a read
 * that cannot afford the Ref column whole takes it from that title down. Null for a sheet without a version's header.
 */
export function versionRefColumn(
  sheet: SheetSnapshot,
  tables: readonly TableInfo[] = [],
): { readonly ref: number; readonly title: number } | null {
  if (sheet.values.length === 0 || isSettingsSheet(sheet, tables)) return null;
  const header = versionHeader(topBlock(sheet), tables);
  if (!header) return null;
  return { ref: header.left + offsetOf(ECONOMY_PLAN_COLUMNS, 'ref', header.info.yearCount), title: header.left };
}

/** Whether a cell is the title of a saved version's economy plan block (sheets/version.ts). */
export const isEconomyPlanTitle = (v: CellValue): boolean =>
  typeof v === 'string' && normalizeHeader(v) === normalizeHeader(SHEETS.economyPlan);

/**
 * Every measure ID (D-012, I-003) in the ID columns (versionIdColumns) of the archive and version sheets, once
 * each, in sheet order: of a sheet read whole, those columns of it; of a version a check left unread, the cells
 * its read took of them (WorkbookSnapshot.versionIdCells).
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
    const columns = versionIdColumns(sheet, tables);
    if (columns === null) continue;
    const o = originOf(sheet);
    for (const row of sheet.values) if (Array.isArray(row)) scan(columns.map((c) => row[c - o.col] ?? null));
  }
  // The ID columns alone of the versions a check read no more of (model/readScope.ts versionIdColumns).
  for (const cells of wb.versionIdCells ?? [])
    if (!isSettingsSheet({ sheet: cells.sheet, origin: 'A1', values: [] }, tables)) scan(cells.values);
  return [...ids];
}
