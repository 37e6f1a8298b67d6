/**
 * Criteria Excel does not compare as text. SUMIFS and COUNTIFS read the text after the operator of a criterion
 * ("=SANN", "=2027") as a logical, a number, a date or an error value when it can, in the language of the Excel
 * that calculates: "=TRUE" then matches her logical TRUE cells as well as (or instead of) the text «TRUE», "=123"
 * the number 123 as well as the text «123» (LibreOffice, checked: both), "=SANN" in a Norwegian Excel the logical
 * SANN. A Sammendrag row whose label reads so in any of the product's languages would sum other rows than the core
 * (SPEC §9), so it is written as the core's values (summaryCells.ts), as a criterion too long for Excel is. Texts
 * after "=" that begin with = < > stay text (LibreOffice, checked: "==x" and "=<5" match «=x» and «<5» only); the
 * wildcards * ? ~ are escaped (formulas.ts escapeWildcards).
 *
 * What Excel coerces is what VALUE reads: «any of the constant number, date, or time formats recognized by
 * Microsoft Excel», with the currency sign of the language around it (support.microsoft.com VALUE / VERDI:
 * "$1,000", "1.000 €", "€1.000" → 1000); SUMIF reads the text "3E1" as 30 (a Japanese Excel tips page). The
 * exponent form is a number before the E ("1E5", "2,5E-3"), so a label whose E has no digit before it («E 6»,
 * «E6») is no number and stays a live formula (LibreOffice in nb-NO and en-US, checked: "=E 6", "=E6", "=e5" match
 * the text alone, "=1E5" and "=1 E5" the number 100 000 too). Kept broad where unsure — a row written as values
 * stays right, a live row that sums other rows does not: «Kr 5» and «5 kr» (LibreOffice in nb-NO reads both as 5,
 * the krone sign), «3 p» and «3 pm», the month names, «1 000», «50 %», any text beginning with #.
 */

/** Logical names of the languages her Excel may run in (nb, nn: SANN/USANN; en: TRUE/FALSE). */
const LOGICAL_NAMES: ReadonlySet<string> = new Set(['true', 'false', 'sann', 'usann']);

/**
 * Words Excel may read inside a number, date or time ("mai 2027", "1. jan", "3 pm", "5 kr"): month names and their
 * short forms in nb, nn and en, am/pm and the krone sign. The exponent's E is EXPONENT: only after a digit.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [
    'januar jan january februar feb february mars mar march april apr mai may juni jun june juli jul july',
    'august aug september sep sept oktober okt october oct november nov desember des december dec',
    'am pm a p kr',
  ]
    .join(' ')
    .split(' '),
);

/** The exponent of "1E5", "2,5e-3": a number's only when a digit stands before it. */
const EXPONENT = 'e';

/** Whether every word of `t` (lower case) may stand in a number, date or time: NUMBER_WORDS, or an E after a digit. */
function numberWords(t: string): boolean {
  for (const m of t.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (word === EXPONENT ? !/\d/.test(t.slice(0, m.index)) : !NUMBER_WORDS.has(word)) return false;
  }
  return true;
}

/** What else a number, date or time may hold beside digits and NUMBER_WORDS: spaces, separators, signs, currency. */
const NUMBER_MARKS = /^[\d\s.,:/\-+\u2212%()$€£']*$/u;

/**
 * Whether Excel may read `text` (a criterion's text after its "=") as something other than the text itself: a
 * logical name, an error value (#…), or a number, date or time (a digit, no word but those of NUMBER_WORDS and an
 * exponent E after a digit, no other mark than NUMBER_MARKS). Errs on the side of yes: such a row is written as
 * values, still the right figure.
 */
export function readsAsNonText(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (LOGICAL_NAMES.has(t) || t.startsWith('#')) return true;
  if (!/\d/.test(t)) return false;
  return numberWords(t) && NUMBER_MARKS.test(t.replace(/\p{L}+/gu, ''));
}

/** Whether the criterion literal ("=SANN", quotes included) may match other cells than its text (readsAsNonText). */
export function isCoercedCriterion(literal: string): boolean {
  const text = literal.slice(1, -1).replace(/""/g, '"');
  const [, operand = text] = /^(?:<>|<=|>=|=|<|>)?(.*)$/s.exec(text) ?? [];
  return readsAsNonText(operand);
}
