/**
 * Walking a formula's text, shared by the adapters' this-row spelling (workbook/thisRow.ts), the spelling shown to
 * the user (i18n/formulaDisplay.ts) and the table name given to a Total Row's references
 * (sheets/reconciliationArea.ts): where a bracket group ends, where a quoted run ends, and a formula rebuilt group
 * by group.
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

/**
 * `formula` rebuilt group by group: each bracket group («[Avvik]», «[@[2027]]») and each quoted run (a text, a
 * quoted sheet name) is replaced by what `map` makes of it, told whether it is a bracket group and what the
 * rebuilt formula holds before it; every other character is copied.
 */
export function mapFormulaGroups(
  formula: string,
  map: (group: string, bracket: boolean, before: string) => string,
): string {
  let out = '';
  for (let i = 0; i < formula.length;) {
    const ch = formula[i] ?? '';
    if (ch !== '"' && ch !== "'" && ch !== '[') {
      out += ch;
      i++;
      continue;
    }
    const end = ch === '[' ? groupEnd(formula, i) : quotedEnd(formula, i);
    out += map(formula.slice(i, end), ch === '[', out);
    i = end;
  }
  return out;
}
