/**
 * What a roll forward keeps as typed (SPEC §11): an amount cell holding a placeholder ("----") or another
 * text that is no number ("?") stays that text in the rolled plan, never a typed 0. And what makes a roll
 * refuse: settings it cannot trust (the new period is computed from them).
 */
import type { Finding } from '../model/finding';

/** An Excel error value (#REF!, #VALUE! …) is not the user's text: the roll writes the cell's value. */
const EXCEL_ERROR = /^#[A-Z0-9/]+[!?]?$/i;

/**
 * The amount cells of a plan whose text a roll keeps ("Tiltak drift!H5" → "----"), from the reader's
 * findings: every `amount-placeholder`, and every `amount-invalid` that holds text.
 */
export function typedTexts(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (f.code !== 'amount-placeholder' && f.code !== 'amount-invalid') continue;
    const value = f.params.value;
    if (typeof value !== 'string' || value.trim() === '' || EXCEL_ERROR.test(value.trim())) continue;
    out.set(`${f.sheet}!${f.cell}`, value);
  }
  return out;
}

/**
 * The findings that forbid a roll: an invalid setting (Første planår "tjue", Antall planår 100) would be
 * replaced by its default, so the new period would be made up; year headers that are not the plan period
 * (2031 typed over 2030) would roll amounts out of the wrong columns, a year's amounts read as empty. Empty
 * when the roll may go ahead.
 */
export function rollRefusal(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.code === 'setting-invalid' || f.code === 'year-columns');
}
