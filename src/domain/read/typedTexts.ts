/**
 * The amount cells whose text a copy of the plan keeps as typed (SPEC §11, §14): a roll forward, its archive
 * and a saved version write a placeholder ("----") or another text that is no number ("?") as that text,
 * never as a typed 0 — a "?" is a cost not yet known, a 0 a cost of nothing.
 */
import type { Finding } from '../model/finding';
import type { MeasureCommon } from '../model/plan';
import { cellText } from './sheetCells';

/** An Excel error value (#REF!, #VALUE! …) is not the user's text: a copy writes the cell's value. */
const EXCEL_ERROR = /^#[A-Z0-9/]+[!?]?$/i;

/**
 * The amount cells of a plan whose text is kept ("Tiltak drift!H5" → "----"), from the reader's findings:
 * every `amount-placeholder`, and every `amount-invalid` that holds text — not one whose cell holds a number
 * (a number too large for the unit: its `value` is the number rendered for the message; see keptAmounts).
 */
export function typedTexts(findings: readonly Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (f.code !== 'amount-placeholder' && f.code !== 'amount-invalid') continue;
    if (f.params.number !== undefined) continue;
    const value = f.params.value;
    if (typeof value !== 'string' || value.trim() === '' || EXCEL_ERROR.test(value.trim())) continue;
    out.set(`${f.sheet}!${f.cell}`, value);
  }
  return out;
}

/** What a copy of the plan writes in an amount cell instead of the amount read: a text, a number, a logical value. */
export type KeptAmount = string | number | boolean;

/**
 * The logical value a cell holds by its name as the file stores it (amount-invalid's `value`), else undefined: the
 * name is sheetCells' cellText, the domain's one spelling of a logical value.
 */
const LOGICAL: ReadonlyMap<string, boolean> = new Map([true, false].map((b) => [cellText(b), b]));

/**
 * The amount cells a copy of the plan (roll, archive, saved version) writes as the cell held, not as the amount
 * read: the texts of typedTexts, the numbers too large for the unit (1 200 000 in a mill kr plan), which the
 * reader counts as 0 (SPEC §7) but she typed — written as 0 she would lose them, written as text they would no
 * longer be numbers — and the logical values (TRUE, shown SANN), which written as the text «TRUE» would be another
 * cell than hers.
 */
export function keptAmounts(findings: readonly Finding[]): Map<string, KeptAmount> {
  const out = new Map<string, KeptAmount>(typedTexts(findings));
  for (const f of findings) {
    if (f.code !== 'amount-invalid') continue;
    const logical =
      f.params.valueType === 'logical' ? LOGICAL.get(String(f.params.value).trim().toUpperCase()) : undefined;
    if (typeof f.params.number === 'number') out.set(`${f.sheet}!${f.cell}`, f.params.number);
    else if (logical !== undefined) out.set(`${f.sheet}!${f.cell}`, logical);
  }
  return out;
}

/**
 * A measure's Prioritet as a copy of the plan writes it (roll, archive, saved version): the number, or the text
 * typed where no number stands ("høy", which priority-invalid reports), kept as typed like an amount's "?"; an
 * Excel error value there is not the user's text and is written as empty.
 */
export function keptPriority(m: Pick<MeasureCommon, 'priority' | 'priorityText'>): number | string | null {
  if (m.priority !== null) return m.priority;
  const text = m.priorityText;
  return text === undefined || text.trim() === '' || EXCEL_ERROR.test(text.trim()) ? null : text;
}
