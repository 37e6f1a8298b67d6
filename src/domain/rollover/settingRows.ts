/**
 * The user's own part of tblInnstillinger: rows (a row «Saksbehandler | Kari» added to the settings table) and
 * columns (a column «Merknad» beside Innstilling and Verdi). A roll forward carries both, as typed (SPEC §11:
 * nothing the user typed is lost): the user's rows below the product's settings, which get their new values, and
 * each column of the user's after Verdi, its cells on the rows they stood on (a note beside Første planår stays
 * beside Første planår). A second row of one of the product's settings is not carried — the rolled table has one
 * row per setting, with the new value, and a stale 2027 under Første planår 2028 would make the period doubtful:
 * the roll names it (carry.ts notCarried).
 */
import { toA1 } from '../model/a1';
import { bodyRows, tablesOf } from '../read/locateTable';
import { parseRange } from '../model/a1';
import { sameName } from '../model/names';
import { settingKeyOf, settingsColumns } from '../read/settings';
import { cellAt, cellText, isBlank } from '../read/sheetCells';
import { SETTINGS_HEADERS, type SettingKey } from '../model/settingsSchema';
import type { CellInput } from '../model/edits';
import type { SettingColumns } from '../model/content';
import { plainValue, type WorkbookSnapshot } from '../model/snapshot';
import { userColumnHeaders } from '../sheets/userColumns';

export interface SettingRows {
  /** The user's rows as [Innstilling, Verdi, …the user's columns], in the order they stand. */
  readonly carried: readonly (readonly CellInput[])[];
  /** Later rows of a product setting: the name as typed, its value and its Verdi cell ("Innstillinger!B11"). */
  readonly repeated: readonly { readonly setting: string; readonly value: string; readonly cell: string }[];
  /** Columns of the table other than Innstilling and Verdi that hold something; null when there are none. */
  readonly columns: SettingColumns | null;
}

const NONE: SettingRows = { carried: [], repeated: [], columns: null };

/** What of tblInnstillinger is the user's: the rows and columns the roll carries, and the rows it names instead. */
export function userSettingRows(wb: WorkbookSnapshot): SettingRows {
  const found = settingsColumns(wb);
  if (!found) return NONE;
  const { t, nameCol, valueCol } = found;
  const sheet = t.sheet.sheet;
  const rows = bodyRows(t);
  const empty = (c: number) =>
    isBlank(cellAt(t.sheet, t.headerRow, c)) && rows.every((r) => isBlank(cellAt(t.sheet, r, c)));
  // A table found by its header alone spans its sheet (read/locateTable.ts): hers are the columns joined to Innstilling
  // and Verdi, up to an empty column or another table (the lists beside it, plain cells too, are no settings columns).
  const tables = tablesOf(wb)
    .filter((x) => sameName(x.sheet, sheet))
    .flatMap((x) => parseRange(x.ref) ?? []);
  const free = (c: number) =>
    !empty(c) && !tables.some((b) => b.left <= c && b.right >= c && b.top <= t.headerRow && b.bottom >= t.headerRow);
  let [left, right] = [Math.min(nameCol, valueCol), Math.max(nameCol, valueCol)];
  if (t.tableName === null) {
    while (left > t.left && free(left - 1)) left--;
    while (right < t.right && free(right + 1)) right++;
  } else [left, right] = [t.left, t.right];
  const extra: number[] = [];
  for (let c = left; c <= right; c++) {
    if (c === nameCol || c === valueCol || empty(c)) continue;
    extra.push(c);
  }
  const extras = (row: number): CellInput[] => extra.map((c) => plainValue(cellAt(t.sheet, row, c)));
  const seen = new Set<SettingKey>();
  const carried: CellInput[][] = [];
  const bySetting: Partial<Record<SettingKey, CellInput[]>> = {};
  const repeated: { setting: string; value: string; cell: string }[] = [];
  for (const row of rows) {
    const name = cellAt(t.sheet, row, nameCol);
    const value = cellAt(t.sheet, row, valueCol);
    const key = settingKeyOf(name);
    if (key === undefined) {
      const typed = [name, value, ...extra.map((c) => cellAt(t.sheet, row, c))];
      if (typed.some((v) => !isBlank(v))) carried.push([plainValue(name), plainValue(value), ...extras(row)]);
    } else if (seen.has(key)) {
      repeated.push({ setting: cellText(name), value: cellText(value), cell: `${sheet}!${toA1(row, valueCol)}` });
    } else {
      seen.add(key);
      if (extra.length > 0) bySetting[key] = extras(row);
    }
  }
  const headers = userColumnHeaders(
    extra.map((c) => cellText(cellAt(t.sheet, t.headerRow, c))),
    [SETTINGS_HEADERS.name, SETTINGS_HEADERS.value],
  );
  return { carried, repeated, columns: extra.length > 0 ? { headers, bySetting } : null };
}
