/**
 * The XML of one cell the product writes: strings as inline strings (the shared-string part belongs to
 * the user's other cells and stays as it is), numbers, booleans, and formulas in file spelling with their
 * cached value when the domain computed one.
 */
import type { CellInput } from '../../../domain';
import { encodeExcelEscapes, encodeText } from '../xml/escape';

/** Formula text as the file stores it: no leading "=", structured "this row" references spelled out. */
export type FileFormula = (formula: string) => string;

/** The <v> text of a number (Excel reads "1E+21"; NaN and infinity cannot be stored). */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return text.includes('e') ? text.replace('e', 'E') : text;
}

/**
 * What makes inlineText do more than wrap a text: a character to escape (XML's, Excel's _xHHHH_) or spaces to keep.
 * One scan for the three tests below, which most texts pass (shaped for speed: every text cell of Avstemming).
 */
// eslint-disable-next-line no-control-regex
const PLAIN_NOT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF&<>\n]|_x|^\s|\s$/;

/** A string's inline content: `<is><t>…</t></is>`, escaped, its spaces kept. */
export function inlineText(text: string): string {
  if (!PLAIN_NOT.test(text)) return '<is><t>' + text + '</t></is>';
  const t = encodeText(encodeExcelEscapes(text));
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${t}</t></is>`;
}

/** The cached value's type attribute and <v>, for a formula. */
function cached(value: string | number | boolean | undefined): { t: string; v: string } {
  if (value === undefined) return { t: '', v: '' };
  if (typeof value === 'boolean') return { t: ' t="b"', v: `<v>${value ? 1 : 0}</v>` };
  if (typeof value === 'string') return { t: ' t="str"', v: `<v>${encodeText(encodeExcelEscapes(value))}</v>` };
  const n = numberText(value);
  return n === null ? { t: ' t="e"', v: '<v>#NUM!</v>' } : { t: '', v: `<v>${n}</v>` };
}

/** The style attribute of style index `style` (none for 0). */
export const styleAttr = (style: number): string => (style > 0 ? ` s="${style}"` : '');

/**
 * One <c> element: `ref` its address, `s` its style attribute (styleAttr), `input` what to write (null = an
 * empty cell that keeps its style), `inline` a string's inline content (inlineText, or a memo of it); '' for
 * an empty cell with no style. Concatenated: measured on check --write, rows made of joined arrays of pieces
 * cost a third more than concatenated ones, and each row is encoded (and its pieces dropped) as it is made.
 */
export function cellText(
  ref: string,
  s: string,
  input: CellInput,
  toFile: FileFormula,
  inline: (text: string) => string = inlineText,
): string {
  const open = '<c r="' + ref + '"' + s;
  if (input === null || input === '') return s === '' ? '' : open + '/>';
  if (typeof input === 'string') return open + ' t="inlineStr">' + inline(input) + '</c>';
  if (typeof input === 'boolean') return open + ' t="b"><v>' + (input ? '1' : '0') + '</v></c>';
  if (typeof input === 'number') {
    const n = numberText(input);
    return n === null ? open + ' t="e"><v>#NUM!</v></c>' : open + '><v>' + n + '</v></c>';
  }
  const { t, v } = cached(input.value);
  return open + t + '><f>' + encodeText(toFile(input.formula)) + '</f>' + v + '</c>';
}

/** One <c> element (see cellText), or null for an empty cell with no style. */
export function cellXml(ref: string, style: number, input: CellInput, toFile: FileFormula): string | null {
  return cellText(ref, styleAttr(style), input, toFile) || null;
}

/** Element names with the worksheet's prefix (for a sheet written with "x:" elements). */
export const prefixed = (xml: string, p: string): string =>
  p === '' ? xml : xml.replace(/<(\/?)(c|is|t|v|f)(?=[\s/>])/g, `<$1${p}$2`);
