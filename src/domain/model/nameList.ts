/**
 * A list of names (headers of hers) in one finding param. Joined with ", " a header that holds ", " of its own
 * («Lønn, fast») would read back as two names; the list is kept as JSON, which any text survives, and the
 * message quotes each name on its own (i18n/findings.ts).
 */

/** The names as one param: ["Kommentar","Lønn, fast"]. */
export function joinNames(names: readonly string[]): string {
  return JSON.stringify(names);
}

/** The names of a param made by joinNames; a plain text (not such a list) is one name. */
export function splitNames(param: string): string[] {
  if (!param.startsWith('[')) return [param];
  try {
    const parsed: unknown = JSON.parse(param);
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) return parsed as string[];
  } catch {
    // Not a list of names: the text itself.
  }
  return [param];
}
