/**
 * Whether a compared plan's period may not be its workbook's (SPEC §14: amounts are compared by calendar year).
 * A comparison goes by the settings' period: when Første planår says 2028 but the year columns still read
 * 2027–2030 (typed without a roll), or the setting does not read, a year column outside the period is not read and
 * a year of the period without a column is not read — left out of the comparison (yearsNotRead.ts). The command
 * line and the pane warn of it from these findings of the reader.
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
