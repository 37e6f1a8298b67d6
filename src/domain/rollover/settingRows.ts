/**
 * The user's own rows of tblInnstillinger (a row «Saksbehandler | Kari» added to the settings table): a roll
 * forward carries them, as typed, below the product's settings, which get their new values (SPEC §11: nothing the
 * user typed is lost). A second row of one of the product's settings is not carried — the rolled table has one
 * row per setting, with the new value, and a stale 2027 under Første planår 2028 would make the period doubtful —
 * nor is a column of the table besides Innstilling and Verdi: the roll names both (carry.ts notCarried).
 */
import { toA1 } from '../model/a1';
import { bodyRows } from '../read/locateTable';
import { settingKeyOf, settingsColumns } from '../read/settings';
import { cellAt, cellText, isBlank } from '../read/sheetCells';
import type { SettingKey } from '../model/settingsSchema';
import type { CellInput } from '../model/edits';
import { plainValue, type WorkbookSnapshot } from '../model/snapshot';

export interface SettingRows {
  /** The user's rows as [Innstilling, Verdi], in the order they stand. */
  readonly carried: readonly (readonly CellInput[])[];
  /** Later rows of a product setting: the name as typed, its value and its Verdi cell ("Innstillinger!B11"). */
  readonly repeated: readonly { readonly setting: string; readonly value: string; readonly cell: string }[];
  /** Columns of the table other than Innstilling and Verdi that hold something: header and header cell. */
  readonly columns: readonly { readonly header: string; readonly cell: string }[];
}

const NONE: SettingRows = { carried: [], repeated: [], columns: [] };

/** What of tblInnstillinger is the user's: rows the roll carries, and what it names instead. */
export function userSettingRows(wb: WorkbookSnapshot): SettingRows {
  const found = settingsColumns(wb);
  if (!found) return NONE;
  const { t, nameCol, valueCol } = found;
  const sheet = t.sheet.sheet;
  const rows = bodyRows(t);
  const seen = new Set<SettingKey>();
  const carried: CellInput[][] = [];
  const repeated: { setting: string; value: string; cell: string }[] = [];
  for (const row of rows) {
    const name = cellAt(t.sheet, row, nameCol);
    const value = cellAt(t.sheet, row, valueCol);
    const key = settingKeyOf(name);
    if (key === undefined) {
      if (!isBlank(name) || !isBlank(value)) carried.push([plainValue(name), plainValue(value)]);
    } else if (seen.has(key)) {
      repeated.push({ setting: cellText(name), value: cellText(value), cell: `${sheet}!${toA1(row, valueCol)}` });
    } else seen.add(key);
  }
  const columns: { header: string; cell: string }[] = [];
  for (let c = t.left; c <= t.right; c++) {
    if (c === nameCol || c === valueCol) continue;
    const header = cellAt(t.sheet, t.headerRow, c);
    if (isBlank(header) && rows.every((r) => isBlank(cellAt(t.sheet, r, c)))) continue;
    columns.push({ header: cellText(header), cell: `${sheet}!${toA1(t.headerRow, c)}` });
  }
  return { carried, repeated, columns };
}
