/**
 * What makes a roll refuse: settings it cannot trust (the new period is computed from them). What a roll keeps
 * as typed ("----", "?") is the reader's to say: read/typedTexts.ts.
 */
import type { Finding } from '../model/finding';

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
