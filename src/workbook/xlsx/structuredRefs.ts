/**
 * The few structured references a calculated column uses ("this row" of one column or of a column span),
 * in the two spellings Excel knows: the UI's `[@A]` / `[@[A]:[B]]` and the file's `T[[#This Row],[A]:[B]]`.
 */
const AT_SPAN = /\[@\[([^\]]+)\](?::\[([^\]]+)\])?\]/g;
const AT_ONE = /\[@([^[\]]+)\]/g;

/** Strip a leading "=" from a formula. */
export const bareFormula = (f: string): string => f.replace(/^\s*=/, '');

/**
 * The file-format spelling of a formula: `[@A]` → `T[[#This Row],[A]]`, no "=". `table` is the table the
 * cell is in; a reference without a table name gets it, as Excel stores it (null: none is known).
 */
export function fileCalculatedFormula(formula: string, table: string | null): string {
  // Most formulas the product writes (links, sums over ranges) have no structured reference: measured hot
  // in check --write, where every Avstemming row holds such formulas.
  if (!formula.includes('[')) return bareFormula(formula);
  const expanded = bareFormula(formula)
    .replace(AT_SPAN, (_m, a: string, b?: string) => `[[#This Row],[${a}]${b === undefined ? '' : `:[${b}]`}]`)
    .replace(AT_ONE, (_m, a: string) => `[[#This Row],[${a}]]`);
  if (table === null) return expanded;
  return expanded.replace(new RegExp(`(^|[^\\w.\\]])(\\[\\[#This Row\\])`, 'g'), `$1${table}$2`);
}
