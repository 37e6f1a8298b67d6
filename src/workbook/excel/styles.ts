/**
 * How each product cell style looks in Excel. Styles mark computed and locked cells instead of sheet
 * protection (protecting a sheet would clear the user's undo history, SPEC §13).
 */
import type { CellStyle } from '../../domain';

export interface StyleSpec {
  /** Fill colour, or null to clear the fill. */
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size?: number;
}

export const STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { fill: null, fontColor: '#1F3864', bold: true, italic: false, size: 14 },
  header: { fill: '#D9E1F2', fontColor: '#1F3864', bold: true, italic: false },
  computed: { fill: '#F2F2F2', fontColor: '#404040', bold: false, italic: false },
  input: { fill: null, fontColor: '#000000', bold: false, italic: false },
  ok: { fill: '#E2EFDA', fontColor: '#375623', bold: false, italic: false },
  bad: { fill: '#FCE4D6', fontColor: '#9C0006', bold: false, italic: false },
  note: { fill: null, fontColor: '#595959', bold: false, italic: true },
};

/** Queues the style's fill and font on a range (no sync). */
export function queueStyle(range: Excel.Range, style: CellStyle): void {
  const spec = STYLES[style];
  if (spec.fill) range.format.fill.color = spec.fill;
  else range.format.fill.clear();
  const font = range.format.font;
  font.color = spec.fontColor;
  font.bold = spec.bold;
  font.italic = spec.italic;
  if (spec.size !== undefined) font.size = spec.size;
}

/**
 * Edit widths are Excel column widths in characters (as in the file format and exceljs); Office.js wants
 * points. One character of the default font is 7 px plus 5 px padding; 1 px = 0.75 pt.
 */
export function widthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
