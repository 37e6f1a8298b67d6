/**
 * Criteria Excel does not compare as text. SUMIFS and COUNTIFS read the text after the operator of a criterion
 * ("=SANN", "=2027") as a logical, a number, a date or an error value when it can, in the language of the Excel
 * that calculates: "=TRUE" then matches her logical TRUE cells as well as (or instead of) the text «TRUE», "=123"
 * the number 123 as well as the text «123» (LibreOffice, checked: both), "=SANN" in a Norwegian Excel the logical
 * SANN. A Sammendrag row whose label reads so in any of the product's languages would sum other rows than the core
 * (SPEC §9), so it is written as the core's values (summaryCells.ts), as a criterion too long for Excel is. Texts
 * after "=" that begin with = < > stay text (LibreOffice, checked: "==x" and "=<5" match «=x» and «<5» only); the
 * wildcards * ? ~ are escaped (formulas.ts escapeWildcards).
 */

/** Logical names of the languages her Excel may run in (nb, nn: SANN/USANN; en: TRUE/FALSE). */
const LOGICAL_NAMES: ReadonlySet<string> = new Set(['true', 'false', 'sann', 'usann']);

/**
 * Words Excel may read inside a number, date or time ("mai 2027", "1. jan", "3 pm", "1E5", "5 kr"): month names
 * and their short forms in nb, nn and en, am/pm, the exponent and the krone sign.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [
    'januar jan january februar feb february mars mar march april apr mai may juni jun june juli jul july',
    'august aug september sep sept oktober okt october oct november nov desember des december dec',
    'am pm a p e kr',
  ]
    .join(' ')
    .split(' '),
);

/** What else a number, date or time may hold beside digits and NUMBER_WORDS: spaces, separators, signs, currency. */
const NUMBER_MARKS = /^[\d\s.,:/\-+\u2212%()$€£']*$/u;

/**
 * Whether Excel may read `text` (a criterion's text after its "=") as something other than the text itself: a
 * logical name, an error value (#…), or a number, date or time (a digit, no word but those of NUMBER_WORDS, no
 * other mark than NUMBER_MARKS). Errs on the side of yes: such a row is written as values, still the right figure.
 */
export function readsAsNonText(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (LOGICAL_NAMES.has(t) || t.startsWith('#')) return true;
  if (!/\d/.test(t)) return false;
  const words = t.match(/\p{L}+/gu) ?? [];
  return words.every((w) => NUMBER_WORDS.has(w)) && NUMBER_MARKS.test(t.replace(/\p{L}+/gu, ''));
}

/** Whether the criterion literal ("=SANN", quotes included) may match other cells than its text (readsAsNonText). */
export function isCoercedCriterion(literal: string): boolean {
  const text = literal.slice(1, -1).replace(/""/g, '"');
  const [, operand = text] = /^(?:<>|<=|>=|=|<|>)?(.*)$/s.exec(text) ?? [];
  return readsAsNonText(operand);
}
