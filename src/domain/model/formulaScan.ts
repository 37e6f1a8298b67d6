/**
 * Two steps of walking a formula's text, shared by the adapters' this-row spelling (workbook/thisRow.ts) and the
 * spelling shown to the user (i18n/formulaDisplay.ts): where a bracket group ends, and where a quoted run ends.
 */

/** The end (exclusive) of the bracket group that opens at `at`: nested groups, "'" escaping the next character. */
export function groupEnd(f: string, at: number): number {
  let depth = 0;
  for (let i = at; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1;
  }
  return f.length;
}

/** The end (exclusive) of the run quoted by f[at] ("…" or '…', a doubled quote inside). */
export function quotedEnd(f: string, at: number): number {
  const q = f[at];
  for (let i = at + 1; i < f.length; i++) {
    if (f[i] !== q) continue;
    if (f[i + 1] === q) i++;
    else return i + 1;
  }
  return f.length;
}
