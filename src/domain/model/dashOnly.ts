/**
 * A dash-only cell ("-", "----", "–", "—"): SPEC §7's placeholder, an explicit 0 in an amount cell and no
 * text anywhere else (a Word table's filler). One truth for the check's amount reader and total rows and the
 * import's (legacyImport/cells.ts, totalRows.ts), as isTotalLabel is for the total words.
 */

/**
 * Any run of hyphens, en dashes or em dashes, and nothing else (SPEC §7: «any run of dashes or en dashes»). A minus
 * sign (U+2212) alone is no dash: «any other text» is amount-invalid, in check and import alike.
 */
const DASHES = /^[-\u2013\u2014]+$/;

/** Whether a cell's text is nothing but dashes (around spaces aside). */
export function isDashOnly(text: string): boolean {
  return DASHES.test(text.trim());
}

/** A cell's own text, trimmed: "" for a dash-only cell, which says nothing (a Tiltak «----» is no Tiltak). */
export function ownText(text: string): string {
  return isDashOnly(text) ? '' : text.trim();
}
