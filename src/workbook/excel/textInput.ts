/**
 * Text that stays text. Excel reads a string written through `range.values` (or `range.formulas`) as if the
 * user had typed it: "- Økt bemanning" and "=SUM(A1)" become formulas, "6.10" the number 6.1, "1/2" a date,
 * "TRUE" a boolean, "'x" loses its apostrophe. The file adapter keeps every string as text, so the adapter
 * gives each string that Excel might read as something else the text number format "@" first: a cell
 * formatted as text keeps what is written into it as it is, in every locale.
 *
 * The test is deliberately wider than Excel's parser (a wrong "yes" only sets "@" on a text cell).
 */

/** Characters that make Excel read the input as a formula, an error, or drop a quote prefix. */
const LEADING = new Set(['=', '+', '-', '@', "'", '#', '\u2212']);

/** Only digits and the characters of numbers, dates, times, fractions, percentages and currencies. */
const NUMBER_LIKE = /^[\d\s.,:/%()+\-\u2212eE$€£¥kr]*$/;

/** A word and a number next to each other, as in dates ("Mar 5", "5. mars 2027", "jan-27"). */
const WORD_AND_NUMBER = /^(\d{1,4}[\s.\-/,]*)?\p{L}{3,10}\.?([\s.\-/,]*\d{1,4}){0,2}$/u;

/** Times with a 12-hour suffix ("10:30 AM", "9 pm"). */
const CLOCK = /^[\d:.\s]+(am|pm|a|p)$/i;

/** Logical values in the languages of our users' Excel. */
const LOGICAL = new Set(['true', 'false', 'sann', 'usann', 'sant', 'usant']);

/** Whether Excel might store `text`, written as a cell's input, as anything but that same text. */
export function mightParse(text: string): boolean {
  if (text === '') return false;
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (LEADING.has(trimmed.charAt(0))) return true;
  if (LOGICAL.has(trimmed.toLowerCase())) return true;
  const hasDigit = /\d/.test(trimmed);
  if (!hasDigit) return false;
  return NUMBER_LIKE.test(trimmed) || WORD_AND_NUMBER.test(trimmed) || CLOCK.test(trimmed);
}
