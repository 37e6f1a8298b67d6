/**
 * The few structured references a calculated column uses ("this row" of one column or of a column span),
 * in the two spellings Excel knows: the UI's `[@A]` / `[@[A]:[B]]` and the file's `T[[#This Row],[A]:[B]]`.
 */

const NAME = '[A-Za-z_\\\\][\\w.]*';
const AT_SPAN = /\[@\[([^\]]+)\](?::\[([^\]]+)\])?\]/g;
const AT_ONE = /\[@([^[\]]+)\]/g;

const unescape = (col: string): string => col.replace(/'(.)/g, '$1').trim();

/** Strip a leading "=" from a formula. */
export const bareFormula = (f: string): string => f.replace(/^\s*=/, '');

/** The file-format spelling of a calculated column formula: `[@A]` → `T[[#This Row],[A]]`, no "=". */
export function fileCalculatedFormula(formula: string, table: string): string {
  const expanded = bareFormula(formula)
    .replace(AT_SPAN, (_m, a: string, b?: string) => `[[#This Row],[${a}]${b === undefined ? '' : `:[${b}]`}]`)
    .replace(AT_ONE, (_m, a: string) => `[[#This Row],[${a}]]`);
  // A reference without its table name gets it, as Excel stores it.
  return expanded.replace(new RegExp(`(^|[^\\w.\\]])(\\[\\[#This Row\\])`, 'g'), `$1${table}$2`);
}

const THIS_ROW = new RegExp(`(?:${NAME})?\\[\\[#This Row\\],\\[([^\\]]+)\\](?::\\[([^\\]]+)\\])?\\]`, 'g');

/**
 * The per-row A1 formula of a calculated column formula at `row`, given each header's column letter;
 * null when it names a column the table does not have or uses a reference we do not translate.
 */
export function rowFormula(
  formula: string,
  table: string,
  row: number,
  letters: ReadonlyMap<string, string>,
): string | null {
  let unknown = false;
  const letter = (col: string): string => {
    const l = letters.get(unescape(col));
    if (l === undefined) unknown = true;
    return `${l ?? 'A'}${row}`;
  };
  const a1 = fileCalculatedFormula(formula, table).replace(THIS_ROW, (_m, a: string, b?: string) =>
    b === undefined ? letter(a) : `${letter(a)}:${letter(b)}`,
  );
  return unknown || a1.includes('[') ? null : a1;
}
