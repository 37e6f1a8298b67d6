/**
 * The total words of SPEC §11 ("Sum", "Sum drift", "Totalt", "I alt" …): one truth for the import, which skips
 * such rows, and the check, which tells the user that a row typed so in a measure table is a total row.
 */

/**
 * "Sum", "Sum drift", "SUM INVESTERING", "Totalt", "Total", "I alt", "Samlet sum", "Sum totalt:" …, "Totalsum
 * drift", "Til sammen", a subtotal ("Delsum", "Delsum samfunn", "Subtotal"), each also with a full stop or colon
 * after it ("Sum.", "Totalt.", "Delsum:"), and "Summer" alone as a row's label ("Summer for ungdom", "Summer av
 * tilskudd til lag" and "Sommerskole" are measures).
 */
const TOTAL_WORDS =
  /^(?:sum|delsum|sub-?total|totalt|totalsum|i alt|samlet sum|sammenlagt|til ?sammen)(?:[\s.:;,]|$)|^(?:total|summer)[.:;]*$/;

/** Whether a text reads as a total row's label. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_WORDS.test(text.trim().toLowerCase().replace(/\s+/g, ' '));
}
