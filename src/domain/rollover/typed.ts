/**
 * What makes a roll refuse: settings it cannot trust (the new period is computed from them), and a table of the
 * plan it cannot find (its rows would stay unrolled). What a roll keeps as typed ("----", "?") is the reader's to
 * say: read/typedTexts.ts.
 */
import type { Finding } from '../model/finding';
import { periodDoubts } from '../read/periodDoubts';
import { TABLES } from '../model/schema';
import { SETTINGS_HEADERS } from '../model/settingsSchema';

/** The tables a roll moves one year on: a plan made by `new` has each of them, and check errs on one not found. */
const ROLLED_TABLES: ReadonlySet<string> = new Set([TABLES.operating, TABLES.investment, TABLES.economyPlan]);

/**
 * The findings that forbid a roll: an invalid setting (Første planår "tjue", Antall planår 100) would be
 * replaced by its default, so the new period would be made up; year headers that are not the plan period
 * (2031 typed over 2030) would roll amounts out of the wrong columns, a year's amounts read as empty; a second
 * row of Første planår or Antall planår with another value (2027 and 2028) leaves it unclear which period the
 * author means. Empty when the roll may go ahead.
 */
export function rollRefusal(findings: readonly Finding[]): Finding[] {
  // The same findings a comparison warns of: a new finding that puts the period in doubt must stop a roll too.
  return periodDoubts(findings);
}

/**
 * The sheet-missing findings that forbid a roll (SPEC §11, the product's choice): a measure table or the economy
 * plan table not found (a sheet and its table renamed, «Drift 2027» and «DriftTabell»). Rolled as it is, the roll
 * would add a new, empty table and leave the user's rows unrolled on her sheet, and the rolled file would check
 * clean. Empty when the roll may go ahead.
 */
export function rollMissingTables(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.code === 'sheet-missing' && ROLLED_TABLES.has(String(f.params.table)));
}

/** The columns without which tblInnstillinger is not read at all (read/settings.ts). */
const SETTINGS_COLUMNS: ReadonlySet<string> = new Set(Object.values(SETTINGS_HEADERS));

/**
 * The findings that say the settings table was not read (SPEC §11, the product's choice): tblInnstillinger not
 * found (sheet-missing: its sheet and table renamed, or deleted), or found without its Innstilling or Verdi column
 * (column-missing: a header retyped). Every setting then stands at its default — Første planår next year, 4 years,
 * «1000 kr» — so a roll would write a made-up period and read a plan in «mill kr» 1000 times too small, and a saved
 * version would be stamped with them. Check reports each as an error. Empty when the settings were read.
 */
export function rollMissingSettings(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      (f.code === 'sheet-missing' && f.params.table === TABLES.settings) ||
      (f.code === 'column-missing' && SETTINGS_COLUMNS.has(String(f.params.column))),
  );
}

/**
 * Why a roll, or saving a version (which stamps the period and unit and copies the same tables), may not go
 * ahead, the root cause first: the settings not read (the period and unit would be defaults), a table of the plan
 * not found, or a period that does not read. Null when it may.
 */
export function rollBlocker(findings: readonly Finding[]): 'settings' | 'table' | 'period' | null {
  if (rollMissingSettings(findings).length > 0) return 'settings';
  if (rollMissingTables(findings).length > 0) return 'table';
  return rollRefusal(findings).length > 0 ? 'period' : null;
}
