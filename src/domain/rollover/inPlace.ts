/**
 * The settings, lists and plan items a roll into the source leaves where they stand (SPEC §2 «Tables are found by
 * table name first, then by sheet name»): a plan back from Google Sheets or LibreOffice keeps their cells but not
 * their Excel tables, and a user may rename a list's table. The roll goes by where the reader finds each one
 * (read/settings.ts, read/lists.ts), never by the table parts alone: one found other than as the product's own Excel
 * table is not written anew (its cells stay hers, unclaimed), and of the settings only the values the roll changes
 * (Første planår, a Prisnivå of the default form) are written, into the very Verdi cells the reader reads them from.
 * The lists and plan items do not change in a roll, so they need no write at all.
 */
import { toA1 } from '../model/a1';
import type { Edit } from '../model/edits';
import { fromKr } from '../model/money';
import { sameName } from '../model/names';
import { TABLES } from '../model/schema';
import { LISTS, type SettingKey } from '../model/settingsSchema';
import type { SettingsInput } from '../model/content';
import type { Settings } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { LocatedTable } from '../read/locateTable';
import { locateList, locatePlanItems } from '../read/lists';
import { settingKeyOf, settingsColumns } from '../read/settings';
import { bodyRows } from '../read/locateTable';
import { cellAt, cellText } from '../read/sheetCells';
import { plannedTables, tableOf } from './placed';

/** Whether the reader found a table other than as the product's own Excel table (by header, or under her name). */
const notOwnTable = (t: LocatedTable | null, name: string): boolean =>
  t !== null && (t.tableName === null || !sameName(t.tableName, name));

/** The product names (lower case) of the settings, lists and plan items the roll leaves in place. */
export function leftInPlace(wb: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  if (notOwnTable(settingsColumns(wb)?.t ?? null, TABLES.settings)) out.add(TABLES.settings.toLowerCase());
  for (const spec of LISTS) if (notOwnTable(locateList(wb, spec), spec.table)) out.add(spec.table.toLowerCase());
  if (notOwnTable(locatePlanItems(wb), TABLES.planItems)) out.add(TABLES.planItems.toLowerCase());
  return out;
}

/**
 * `structure` (planStructure's edits) without those of the tables `left`: their cells, table, looks, widths and
 * validation, a list's workbook name (hers stays as it is), and the frozen rows of a sheet none of whose tables is
 * written anew.
 */
export function withoutLeft(structure: readonly Edit[], left: ReadonlySet<string>): Edit[] {
  if (left.size === 0) return [...structure];
  const planned = plannedTables(structure);
  const names = new Set(LISTS.filter((l) => left.has(l.table.toLowerCase())).map((l) => l.name.toLowerCase()));
  const written = planned.filter((p) => !left.has(p.name.toLowerCase()));
  return structure.filter((e) => {
    if (e.kind === 'defineName') return !names.has(e.name.toLowerCase());
    if (e.kind === 'freezeRows') return written.some((p) => sameName(p.sheet, e.sheet));
    const t = tableOf(e, planned);
    return !(t && left.has(t.name.toLowerCase()));
  });
}

/** A setting as the plan holds it, in the form the rolled content states it (Toleranse in the unit). */
function settingOf(s: Settings, key: SettingKey): string | number {
  return key === 'tolerance' ? fromKr(s.tolerance, s.unit) : s[key];
}

/**
 * The settings the roll changes, written into the Verdi cells of a settings table it leaves in place: the row the
 * reader reads each from, and a later row of it that states the same (a second «Første planår 2027» would otherwise
 * contradict the new 2028). A setting with no row is not added: the reader's default already is the rolled value
 * (Prisnivå), or the roll was refused (Første planår, rollMissingSettings).
 */
export function settingsInPlace(wb: WorkbookSnapshot, before: Settings, after: SettingsInput): Edit[] {
  const found = settingsColumns(wb);
  if (!found) return [];
  const { t, nameCol, valueCol } = found;
  const first = new Map<SettingKey, string>();
  const edits: Edit[] = [];
  for (const row of bodyRows(t)) {
    const key = settingKeyOf(cellAt(t.sheet, row, nameCol));
    if (key === undefined || settingOf(before, key) === after[key]) continue;
    const text = cellText(cellAt(t.sheet, row, valueCol)).trim();
    if (first.has(key) && first.get(key) !== text) continue;
    first.set(key, text);
    edits.push({ kind: 'setCells', sheet: t.sheet.sheet, origin: toA1(row, valueCol), values: [[after[key]]] });
  }
  return edits;
}
