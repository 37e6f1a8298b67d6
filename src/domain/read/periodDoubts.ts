/**
 * Whether a plan's period may not be its workbook's, from the reader's findings. Two operations go by the
 * settings' period and so ask the same question: a comparison (SPEC §14: amounts by calendar year) warns of it,
 * since a year column outside the period is not read and a year of the period without a column is not read —
 * left out of the comparison (compare/yearsNotRead.ts); a roll refuses on it (rollover/typed.ts rollRefusal),
 * since the new period is computed from the settings.
 */
import type { Finding } from '../model/finding';

/**
 * The reader's findings that put a plan's period in doubt: year headers not the period, an unreadable setting,
 * a second row of Første planår or Antall planår with another value (setting-duplicate, conflict 'period').
 */
export function periodDoubts(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) =>
      f.code === 'year-columns' ||
      f.code === 'setting-invalid' ||
      (f.code === 'setting-duplicate' && f.params.conflict === 'period'),
  );
}
