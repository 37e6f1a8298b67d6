/**
 * Reading `tblInnstillinger` (SPEC §3): every setting with its default, an invalid value reported at its
 * Verdi cell (setting-invalid) and replaced by the default, so that the rest of the plan can still be read. A
 * setting on two rows is read from the first; each later row is reported at its Verdi cell (setting-duplicate).
 */
import { toA1 } from '../model/a1';
import { makeFinding } from '../model/finding';
import { bodyRows, headerColumn, locateTable, type LocatedTable } from './locateTable';
import { missingTableFinding } from './missingTable';
import { matchesHeader, normalizeHeader, type HeaderLike } from './matchHeader';
import { fromKr, parseUnit, toKr } from '../model/money';
import { decimalPointText, parseNorwegianNumber } from '../model/norwegianNumber';
import { SHEETS, TABLES } from '../model/schema';
import { SETTINGS, SETTINGS_HEADERS, settingLabel, type SettingKey } from '../model/settingsSchema';
import { cellAt, cellText, isBlank } from './sheetCells';
import { toleranceIn, toleranceText } from './toleranceText';
import type { Finding } from '../model/finding';
import type { Unit } from '../model/money';
import type { Settings } from '../model/plan';
import type { CellValue, WorkbookSnapshot } from '../model/snapshot';

const NAME: HeaderLike = { header: SETTINGS_HEADERS.name, aliases: ['Setting'] };
/** tblInnstillinger's Verdi column as the reader finds it (readScope.ts reads its number formats in Excel too). */
export const VALUE: HeaderLike = { header: SETTINGS_HEADERS.value, aliases: ['Value'] };

export interface SettingsRead {
  readonly settings: Settings;
  /** Whether the settings table was found at all. */
  readonly found: boolean;
  readonly findings: readonly Finding[];
}

interface Entry {
  readonly value: CellValue;
  readonly cell: string;
}

/** A later row of a setting already named above it: never read (the first row is). */
interface Duplicate {
  readonly key: SettingKey;
  readonly cell: string;
  readonly value: CellValue;
}

/** The product's setting a row's Innstilling names ("Første planår", an alias), or undefined for a user's own row. */
export function settingKeyOf(name: CellValue): SettingKey | undefined {
  const norm = normalizeHeader(cellText(name));
  return SETTINGS.find((s) => matchesHeader(norm, { header: s.label, aliases: s.aliases }))?.key;
}

/** tblInnstillinger with its Innstilling and Verdi columns, or null when either is not found. */
export function settingsColumns(wb: WorkbookSnapshot): { t: LocatedTable; nameCol: number; valueCol: number } | null {
  const t = locateTable(wb, { table: TABLES.settings, sheet: SHEETS.settings, headers: [NAME, VALUE] });
  const nameCol = t ? headerColumn(t, NAME) : undefined;
  const valueCol = t ? headerColumn(t, VALUE) : undefined;
  return t && nameCol !== undefined && valueCol !== undefined ? { t, nameCol, valueCol } : null;
}

/** The first row of each known setting, by key, and every later row of a setting already seen. */
function collectEntries(
  t: LocatedTable,
  nameCol: number,
  valueCol: number,
): { entries: Map<SettingKey, Entry>; duplicates: Duplicate[] } {
  const entries = new Map<SettingKey, Entry>();
  const duplicates: Duplicate[] = [];
  for (const row of bodyRows(t)) {
    const key = settingKeyOf(cellAt(t.sheet, row, nameCol));
    if (!key) continue;
    const cell = toA1(row, valueCol);
    const value = cellAt(t.sheet, row, valueCol);
    if (entries.has(key)) duplicates.push({ key, cell, value });
    else entries.set(key, { value, cell });
  }
  return { entries, duplicates };
}

/** A whole number from a number cell or number text; null otherwise. */
function integerOf(v: CellValue): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNorwegianNumber(v) : null;
  return n !== null && Number.isInteger(n) ? n : null;
}

const inRange = (n: number | null, min: number, max: number): n is number => n !== null && n >= min && n <= max;

function defaults(defaultStartYear: number): Settings {
  return {
    startYear: defaultStartYear,
    yearCount: 4,
    unit: '1000 kr',
    priceLevel: `faste ${defaultStartYear}-kroner`,
    economyPlanVersion: '',
    tolerance: toKr(0, 'kr'),
    planName: '',
  };
}

const parseStartYear = (v: CellValue): number | null => {
  const n = integerOf(v);
  return inRange(n, 2000, 2100) ? n : null;
};
const parseYearCount = (v: CellValue): number | null => {
  const n = integerOf(v);
  return inRange(n, 4, 10) ? n : null;
};
const parseUnitCell = (v: CellValue): Unit | null => (typeof v === 'string' ? parseUnit(v) : null);
const parseText = (v: CellValue): string | null =>
  typeof v === 'string' || typeof v === 'number' ? cellText(v) : null;

/** Reads settings entries; a value that cannot be used is reported and left to the default. */
class SettingReader {
  readonly findings: Finding[] = [];
  /** Settings whose row holds a value the default stands in for (reported): the workbook does not state them. */
  readonly unusable = new Set<SettingKey>();
  constructor(
    private readonly entries: Map<SettingKey, Entry>,
    private readonly t: LocatedTable,
  ) {}

  /** The parsed value, or null (after a finding unless an empty value is allowed). */
  take<T>(key: SettingKey, parse: (v: CellValue) => T | null, blankOk: boolean): T | null {
    const e = this.entries.get(key);
    const setting = settingLabel(key);
    const sheet = this.t.sheet.sheet;
    if (!e || isBlank(e.value)) {
      // A required setting with no value cannot be guessed silently: the plan period depends on it.
      const cell = e?.cell ?? toA1(this.t.headerRow, this.t.left);
      if (!blankOk && e) this.unusable.add(key);
      const reason = e ? 'empty' : 'missing';
      if (!blankOk) this.findings.push(makeFinding('setting-invalid', sheet, cell, { setting, value: '', reason }));
      return null;
    }
    const parsed = parse(e.value);
    if (parsed === null) {
      this.unusable.add(key);
      // A number stays a number, so that the message shows it the language's way (4,5, not 4.5).
      const value = typeof e.value === 'number' ? e.value : cellText(e.value);
      // "0.5" (SPEC §7: a dot groups thousands) gets the "0,5" to type, when that is a value the setting takes.
      const suggestion = typeof e.value === 'string' ? decimalPointText(e.value) : null;
      // An invalid Beløpsenhet names the units to type (reason 'unit'): the message lists kr, 1000 kr, mill kr.
      const hint =
        suggestion !== null && parse(suggestion) !== null
          ? { reason: 'decimal-point' as const, suggestion }
          : key === 'unit'
            ? { reason: 'unit' as const }
            : {};
      this.findings.push(makeFinding('setting-invalid', sheet, e.cell, { setting, value, ...hint }));
    }
    return parsed;
  }
}

/**
 * Whether a later row of Første planår or Antall planår states another period than the one the plan goes by
 * (`used`): a value that reads as another year or count, or does not read at all. An empty row states nothing,
 * and the same value typed again (2027 and «2027») is the same period.
 */
function periodConflict({ key, value }: Duplicate, used: Settings): boolean {
  if (isBlank(value)) return false;
  if (key === 'startYear') return parseStartYear(value) !== used.startYear;
  if (key === 'yearCount') return parseYearCount(value) !== used.yearCount;
  return false;
}

/**
 * setting-duplicate for each later row of a setting: only the first row is read, so a second «mill kr» under
 * «1000 kr» would leave every amount 1000 times off what its author meant without a word. `used`: the value the
 * plan goes by (the first row's, or the default standing in for an invalid one), as the sheet states it.
 * `conflict: 'period'` when the row states another plan period (periodConflict): a roll refuses, a comparison warns.
 */
function duplicateFindings(
  duplicates: readonly Duplicate[],
  entries: Map<SettingKey, Entry>,
  settings: Settings,
  sheet: string,
): Finding[] {
  return duplicates.map((duplicate) => {
    const { key, cell } = duplicate;
    const setting = settingLabel(key);
    const firstCell = entries.get(key)?.cell ?? '';
    const used = key === 'tolerance' ? fromKr(settings.tolerance, settings.unit) : settings[key];
    const params = {
      setting,
      firstCell,
      used,
      ...(used === '' ? { reason: 'empty' as const } : {}),
      ...(periodConflict(duplicate, settings) ? { conflict: 'period' as const } : {}),
    };
    return makeFinding('setting-duplicate', sheet, cell, params);
  });
}

function parseEntries(
  { entries, duplicates }: ReturnType<typeof collectEntries>,
  t: LocatedTable,
  base: Settings,
): SettingsRead {
  const r = new SettingReader(entries, t);
  const startYear = r.take('startYear', parseStartYear, false) ?? base.startYear;
  const yearCount = r.take('yearCount', parseYearCount, false) ?? base.yearCount;
  const unit = r.take('unit', parseUnitCell, false) ?? base.unit;
  const typedTolerance = r.take('tolerance', toleranceIn(unit), true);
  const tolerance = typedTolerance ?? base.tolerance;
  const priceLevel = r.take('priceLevel', parseText, true) ?? `faste ${startYear}-kroner`;
  const economyPlanVersion = r.take('economyPlanVersion', parseText, true) ?? '';
  const planName = r.take('planName', parseText, true) ?? '';
  const stated = SETTINGS.filter((s) => entries.has(s.key) && !r.unusable.has(s.key)).map((s) => s.key);
  const settings = { startYear, yearCount, unit, priceLevel, economyPlanVersion, tolerance, planName, stated };
  const findings = [
    ...r.findings,
    ...toleranceText(entries.get('tolerance'), typedTolerance, t.sheet.sheet, unit),
    ...duplicateFindings(duplicates, entries, settings, t.sheet.sheet),
  ];
  return { settings, found: true, findings };
}

/**
 * The column of the one missing settings column whose header was retyped («Verdi 2027») or emptied, as the
 * measure tables find it (unnamedColumn.ts): the table's column beside the one found, where the schema puts the
 * missing one (Verdi right of Innstilling). Null when both are missing or no such column is in the table; the
 * finding then stands at the table's first header, since typing the header elsewhere would add a second column.
 */
function lostHeader(t: LocatedTable, nameCol: number | undefined, valueCol: number | undefined) {
  if ((nameCol === undefined) === (valueCol === undefined)) return null;
  const col = nameCol !== undefined ? nameCol + 1 : (valueCol ?? 0) - 1;
  if (col < t.left || col > t.right) return null;
  const found = cellText(cellAt(t.sheet, t.headerRow, col));
  return {
    col,
    params: { reason: found === '' ? 'settings-header-empty' : 'settings-header-renamed', found } as const,
  };
}

/** Reads the plan settings; defaults (first plan year = `defaultStartYear`) stand in for what is missing. */
export function readSettings(wb: WorkbookSnapshot, defaultStartYear: number): SettingsRead {
  const base = defaults(defaultStartYear);
  const t = locateTable(wb, { table: TABLES.settings, sheet: SHEETS.settings, headers: [NAME, VALUE] });
  if (!t) {
    const missing = missingTableFinding(wb, TABLES.settings, SHEETS.settings);
    return { settings: base, found: false, findings: [missing] };
  }
  const nameCol = headerColumn(t, NAME);
  const valueCol = headerColumn(t, VALUE);
  if (nameCol === undefined || valueCol === undefined) {
    const absent = [nameCol === undefined ? NAME : null, valueCol === undefined ? VALUE : null];
    const lost = lostHeader(t, nameCol, valueCol);
    const findings = absent.flatMap((h) =>
      !h
        ? []
        : lost
          ? [
              makeFinding('column-missing', t.sheet.sheet, toA1(t.headerRow, lost.col), {
                column: h.header,
                ...lost.params,
              }),
            ]
          : [makeFinding('column-missing', t.sheet.sheet, toA1(t.headerRow, t.left), { column: h.header })],
    );
    return { settings: base, found: true, findings };
  }
  return parseEntries(collectEntries(t, nameCol, valueCol), t, base);
}

/**
 * "Sheet!A1" of a setting's Verdi cell, or of the settings table's header when the setting has no row;
 * undefined without a settings table. Where "go to the cell" lands for a finding about a setting.
 */
export function settingAddress(wb: WorkbookSnapshot, key: SettingKey): string | undefined {
  const t = locateTable(wb, { table: TABLES.settings, sheet: SHEETS.settings, headers: [NAME, VALUE] });
  if (!t) return undefined;
  const nameCol = headerColumn(t, NAME);
  const valueCol = headerColumn(t, VALUE);
  const entry =
    nameCol === undefined || valueCol === undefined ? undefined : collectEntries(t, nameCol, valueCol).entries.get(key);
  return `${t.sheet.sheet}!${entry?.cell ?? toA1(t.headerRow, t.left)}`;
}
