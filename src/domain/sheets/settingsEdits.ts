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
import type { SettingColumns, SettingsInput } from '../model/content';
import type { Lists } from '../model/plan';

/** Where a list table sits on Innstillinger. */
export interface ListPlacement {
  readonly spec: ListSpec;
  /** 1-based first and last column. */
  readonly left: number;
  readonly right: number;
}

/**
 * Placement of the four list tables: from column D, one empty column between tables; `extra` columns of the
 * user's in the settings table (a roll carries them after Verdi) move them right.
 */
export function listPlacements(extra = 0): ListPlacement[] {
  const out: ListPlacement[] = [];
  let left = 2 + extra + 2; // settings table A:B (and the user's columns), gap
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

/** The user's part of tblInnstillinger that a roll carries (PlanContent's userSettingRows and userSettingColumns). */
export interface UserSettings {
  /** Rows of the user's own, [Innstilling, Verdi, …a cell per user column], below the settings. */
  readonly rows?: readonly (readonly CellInput[])[];
  readonly columns?: SettingColumns;
}

/**
 * The settings table with its validation: header, one row per setting, then the user's own rows; the user's own
 * columns after Verdi, with their cells on each setting's row (as typed: a roll carries them).
 */
export function settingsTableEdits(settings: SettingsInput, user: UserSettings = {}): Edit[] {
  const sheet = SHEETS.settings;
  const headers = user.columns?.headers ?? [];
  const width = 2 + headers.length;
  const pad = (r: readonly CellInput[]): CellInput[] => [...r, ...Array<CellInput>(width).fill(null)].slice(0, width);
  const rows: CellInput[][] = [
    ...SETTINGS.map((s) => pad([s.label, settingValue(settings, s.key), ...(user.columns?.bySetting[s.key] ?? [])])),
    ...(user.rows ?? []).map(pad),
  ];
  const last = 1 + rows.length;
  const edits: Edit[] = [
    { kind: 'setCells', sheet, origin: 'A1', values: [[SETTINGS_HEADERS.name, SETTINGS_HEADERS.value, ...headers]] },
    { kind: 'setCells', sheet, origin: 'A2', values: rows },
    { kind: 'createTable', sheet, name: TABLES.settings, ref: toRange(1, 1, last, width) },
    { kind: 'setStyle', sheet, range: toRange(1, 1, 1, width), style: 'header' },
    { kind: 'setStyle', sheet, range: toRange(2, 1, last, 1), style: 'note' },
    { kind: 'setColumnWidth', sheet, column: 'A', width: 22 },
    { kind: 'setColumnWidth', sheet, column: 'B', width: 26 },
    ...headers.map((_, i): Edit => ({ kind: 'setColumnWidth', sheet, column: columnLetter(3 + i), width: 26 })),
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

/** The whole Innstillinger sheet; `user` as settingsTableEdits, its columns moving the lists right. */
export function settingsSheetEdits(settings: SettingsInput, lists: Lists, user: UserSettings = {}): Edit[] {
  const extra = user.columns?.headers.length ?? 0;
  const lists4 = listPlacements(extra).flatMap((p) => listTableEdits(p, listRows(lists, p.spec)));
  return [...settingsTableEdits(settings, user), ...lists4, { kind: 'freezeRows', sheet: SHEETS.settings, rows: 1 }];
}
