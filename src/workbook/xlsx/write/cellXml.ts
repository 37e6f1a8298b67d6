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
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return String(n).replace('e', 'E');
}

function inlineString(ref: string, s: string, text: string): string {
  const t = encodeText(encodeExcelEscapes(text));
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return ['<c r="', ref, '"', s, ' t="inlineStr"><is><t', space, '>', t, '</t></is></c>'].join('');
}

/** The cached value's type attribute and <v>, for a formula. */
function cached(value: string | number | boolean | undefined): { t: string; v: string } {
  if (value === undefined) return { t: '', v: '' };
  if (typeof value === 'boolean') return { t: ' t="b"', v: `<v>${value ? 1 : 0}</v>` };
  if (typeof value === 'string') return { t: ' t="str"', v: `<v>${encodeText(encodeExcelEscapes(value))}</v>` };
  const n = numberText(value);
  return n === null ? { t: ' t="e"', v: '<v>#NUM!</v>' } : { t: '', v: `<v>${n}</v>` };
}

/**
 * One <c> element: `ref` its address, `style` its style index (0 = none), `input` what to write
 * (null = an empty cell that keeps its style). Returns null for an empty cell with no style.
 * Strings are joined, not concatenated: a check --write holds hundreds of thousands of cells, and a string
 * built with + or a template is a tree of pieces until it is used (measured: most of the write's memory).
 */
export function cellXml(ref: string, style: number, input: CellInput, toFile: FileFormula): string | null {
  const s = style > 0 ? ` s="${style}"` : '';
  if (input === null || input === '') return style > 0 ? `<c r="${ref}"${s}/>` : null;
  if (typeof input === 'string') return inlineString(ref, s, input);
  if (typeof input === 'boolean') return ['<c r="', ref, '"', s, ' t="b"><v>', input ? '1' : '0', '</v></c>'].join('');
  if (typeof input === 'number') {
    const n = numberText(input);
    if (n === null) return ['<c r="', ref, '"', s, ' t="e"><v>#NUM!</v></c>'].join('');
    return ['<c r="', ref, '"', s, '><v>', n, '</v></c>'].join('');
  }
  const { t, v } = cached(input.value);
  return ['<c r="', ref, '"', s, t, '><f>', encodeText(toFile(input.formula)), '</f>', v, '</c>'].join('');
}
