/**
 * What makes a roll refuse: settings it cannot trust (the new period is computed from them), and a table of the
 * plan it cannot find (its rows would stay unrolled). What a roll keeps as typed ("----", "?") is the reader's to
 * say: read/typedTexts.ts.
 */
import type { Finding } from '../model/finding';
import { TABLES } from '../model/schema';

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
  return findings.filter(
    (f) =>
      f.code === 'setting-invalid' ||
      f.code === 'year-columns' ||
      (f.code === 'setting-duplicate' && f.params.conflict === 'period'),
  );
}

/**
 * The sheet-missing findings that forbid a roll (SPEC §11, the product's choice): a measure table or the economy
 * plan table not found in a workbook whose settings are found (a sheet and its table renamed, «Drift 2027» and
 * «DriftTabell»). Rolled as it is, the roll would add a new, empty table and leave the user's rows unrolled on
 * her sheet, and the rolled file would check clean. Empty when the roll may go ahead.
 */
export function rollMissingTables(findings: readonly Finding[]): Finding[] {
  const missing = findings.filter((f) => f.code === 'sheet-missing');
  if (missing.some((f) => f.params.table === TABLES.settings)) return [];
  return missing.filter((f) => ROLLED_TABLES.has(String(f.params.table)));
}
