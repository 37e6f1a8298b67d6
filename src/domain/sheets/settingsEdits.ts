/**
 * The `Innstillinger` sheet: tblInnstillinger at A1 and the four list tables side by side to its right,
 * one empty column between tables, each list exposed as a workbook name used as a validation source.
 */
import { columnLetter, toA1, toRange } from '../model/a1';
import type { CellInput, Edit, ValidationRule } from '../model/edits';
import { tableColumnRef } from './formulas';
import { SHEETS, TABLES } from '../model/schema';
import { LISTS, SETTINGS, SETTINGS_HEADERS, type ListSpec, type SettingKey } from '../model/settingsSchema';
import { UNITS } from '../model/money';
import type { SettingsInput } from '../model/content';
import type { Lists } from '../model/plan';

/** Where a list table sits on Innstillinger. */
export interface ListPlacement {
  readonly spec: ListSpec;
  /** 1-based first and last column. */
  readonly left: number;
  readonly right: number;
}

/** Placement of the four list tables: from column D, one empty column between tables. */
export function listPlacements(): ListPlacement[] {
  const out: ListPlacement[] = [];
  let left = 2 + 2; // settings table A:B, gap C
  for (const spec of LISTS) {
    out.push({ spec, left, right: left + spec.columns.length - 1 });
    left += spec.columns.length + 1;
  }
  return out;
}

/** The rows of one list as cells. */
export function listRows(lists: Lists, spec: ListSpec): CellInput[][] {
  if (spec.key === 'frames') return lists.frames.map((f) => [f.code, f.name]);
  return lists[spec.key].map((v) => [v]);
}

/**
 * What a list's workbook name refers to: the first column of its table, tblSeksjoner[Seksjon]. The name grows
 * with the table (a colleague who types a new value below the list without the add-in finds it in the
 * drop-downs) and holds no blank cells, so the drop-downs end with the last value.
 */
export function listNameRef(spec: ListSpec): string {
  return tableColumnRef(spec.table, spec.columns[0]?.header ?? '');
}

/** The value typed in tblInnstillinger for each setting. */
function settingValue(settings: SettingsInput, key: SettingKey): CellInput {
  const v = settings[key];
  return v === '' ? null : v;
}

/** Validation of the settings' value cells (SPEC §3 rules Excel can express). */
export const SETTING_RULES: Partial<Record<SettingKey, ValidationRule>> = {
  startYear: { type: 'wholeNumber', min: 2000, max: 2100 },
  yearCount: { type: 'wholeNumber', min: 4, max: 10 },
  unit: { type: 'list', source: UNITS.join(',') },
};

/**
 * The settings table with its validation: header, one row per setting, then `userRows` ([Innstilling, Verdi]) of
 * the user's own that a roll carries, as typed.
 */
export function settingsTableEdits(settings: SettingsInput, userRows: readonly (readonly CellInput[])[] = []): Edit[] {
  const sheet = SHEETS.settings;
  const rows: CellInput[][] = [
    ...SETTINGS.map((s) => [s.label, settingValue(settings, s.key)]),
    ...userRows.map((r) => [...r]),
  ];
  const last = 1 + rows.length;
  const edits: Edit[] = [
    { kind: 'setCells', sheet, origin: 'A1', values: [[SETTINGS_HEADERS.name, SETTINGS_HEADERS.value]] },
    { kind: 'setCells', sheet, origin: 'A2', values: rows },
    { kind: 'createTable', sheet, name: TABLES.settings, ref: toRange(1, 1, last, 2) },
    { kind: 'setStyle', sheet, range: 'A1:B1', style: 'header' },
    { kind: 'setStyle', sheet, range: toRange(2, 1, last, 1), style: 'note' },
    { kind: 'setColumnWidth', sheet, column: 'A', width: 22 },
    { kind: 'setColumnWidth', sheet, column: 'B', width: 26 },
  ];
  SETTINGS.forEach((s, i) => {
    const rule = SETTING_RULES[s.key];
    if (rule) edits.push({ kind: 'setValidation', sheet, range: toA1(2 + i, 2), rule });
  });
  return edits;
}

/** One list table with its workbook name. An empty list keeps one empty row. */
export function listTableEdits(placement: ListPlacement, rows: readonly CellInput[][]): Edit[] {
  const sheet = SHEETS.settings;
  const { spec, left, right } = placement;
  const last = 1 + Math.max(1, rows.length);
  const body = rows.length > 0 ? rows : [spec.columns.map(() => null)];
  const edits: Edit[] = [
    { kind: 'setCells', sheet, origin: toA1(1, left), values: [spec.columns.map((c) => c.header)] },
    { kind: 'setCells', sheet, origin: toA1(2, left), values: body },
    { kind: 'createTable', sheet, name: spec.table, ref: toRange(1, left, last, right) },
    { kind: 'setStyle', sheet, range: toRange(1, left, 1, right), style: 'header' },
    { kind: 'defineName', name: spec.name, ref: listNameRef(spec) },
  ];
  for (let c = left; c <= right; c++) {
    edits.push({ kind: 'setColumnWidth', sheet, column: columnLetter(c), width: c === left ? 24 : 30 });
  }
  return edits;
}

/** The whole Innstillinger sheet; `userRows` as settingsTableEdits. */
export function settingsSheetEdits(
  settings: SettingsInput,
  lists: Lists,
  userRows: readonly (readonly CellInput[])[] = [],
): Edit[] {
  const lists4 = listPlacements().flatMap((p) => listTableEdits(p, listRows(lists, p.spec)));
  return [
    ...settingsTableEdits(settings, userRows),
    ...lists4,
    { kind: 'freezeRows', sheet: SHEETS.settings, rows: 1 },
  ];
}
