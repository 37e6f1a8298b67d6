/**
 * The measure IDs a workbook's saved versions and roll archives hold (SPEC §4: an ID is never reused; §14: a version
 * is compared with the plan by ID). A roll takes a finished Engangs measure out of the tables onto its archive, and
 * a measure deleted after a Lagre versjon lives on in that version: handing its ID out again would make compare see
 * the old measure changed into the new one, and a Ref of finance's still naming the old one match the new. A sheet
 * is one of these by its header (versionHeader.ts), or by its name («Arkiv …», «Versjon …») when a source read only
 * the names of sheets it did not need.
 */
import { idNumber } from '../model/measureId';
import { INVESTMENT_TABLE, OPERATING_TABLE, SHEETS } from '../model/schema';
import { VERSION_SHEET_PREFIX } from '../model/version';
import { tablesOf } from './locateTable';
import { cellText } from './sheetCells';
import { isSettingsSheet, versionHeader } from './versionHeader';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';

const PREFIXES = [OPERATING_TABLE.idPrefix, INVESTMENT_TABLE.idPrefix];

const namedAsVersion = (name: string): boolean =>
  [SHEETS.archive, VERSION_SHEET_PREFIX].some((p) => name.trim().toLowerCase().startsWith(`${p.toLowerCase()} `));

/**
 * Every text cell of the archive and version sheets that is a measure ID (D-012, I-003), once each, in sheet order.
 * Any cell, not only an ID column: a Ref of an economy plan line names an ID too, and skipping an ID that was never
 * handed out costs nothing, while giving one out twice does.
 */
export function versionIds(wb: WorkbookSnapshot): string[] {
  const tables = tablesOf(wb);
  const ids = new Set<string>();
  const scan = (sheet: SheetSnapshot) => {
    for (const row of sheet.values)
      for (const v of row) {
        if (typeof v === 'number' || v === null) continue;
        const id = cellText(v).trim().toUpperCase();
        if (PREFIXES.some((p) => idNumber(id, p) > 0)) ids.add(id);
      }
  };
  for (const sheet of wb.sheets) {
    if (sheet.values.length === 0 || isSettingsSheet(sheet, tables)) continue;
    if (namedAsVersion(sheet.sheet) || versionHeader(sheet, tables) !== null) scan(sheet);
  }
  return [...ids];
}
