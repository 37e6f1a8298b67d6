/**
 * A dash-only cell ("-", "----", "–", "—", "−"): SPEC §7's placeholder, an explicit 0 in an amount cell and no
 * text anywhere else (a Word table's filler). One truth for the check's amount reader and total rows and the
 * import's (legacyImport/cells.ts, totalRows.ts), as isTotalLabel is for the total words.
 */

/** Any run of hyphens, en dashes, em dashes or minus signs, and nothing else. */
const DASHES = /^[-\u2013\u2014\u2212]+$/;

/** Whether a cell's text is nothing but dashes (around spaces aside). */
export function isDashOnly(text: string): boolean {
  return DASHES.test(text.trim());
}

/** A cell's own text, trimmed: "" for a dash-only cell, which says nothing (a Tiltak «----» is no Tiltak). */
export function ownText(text: string): string {
  return isDashOnly(text) ? '' : text.trim();
}
