/**
 * A block of cells that setCells wrote where the sheet had no rows, in a sheet or box the product generates
 * anew (Avstemming, Sammendrag), kept as the values until the part is written. Measured on check --write of
 * 1 000 measures (docs/performance.md): putting Avstemming's 66 000 cells one by one into the row model (each
 * cell's style looked up, its XML made and put into its row; then three columns restyled cell by cell, each
 * cell's XML made again) was a third of the write. A block makes each row's XML once, when the part is
 * written, and a restyle of whole columns of it is one change per column. Whatever reads or changes a cell of
 * it otherwise turns it into ordinary rows first (SheetDoc), so what is written is what writing cell by cell
 * writes.
 */
import { columnLetter, type CellInput } from '../../../domain';
import { cellText, inlineText, numberText, prefixed, styleAttr, type FileFormula } from './cellXml';
import { encodeExcelEscapes, encodeText } from '../xml/escape';
import type { Box } from './ranges';

const isEmpty = (v: CellInput | undefined): boolean => v === undefined || v === null || v === '';

/** The values of a block, row by row from its top left cell. */
export type CellGrid = readonly (readonly CellInput[])[];

/**
 * Her cells in a block, as they stood before the clear that kept them (keptCells.ts), by row × 16384 + column − 1:
 * written as they were, in place of the values carried for them.
 */
export type KeptXml = ReadonlyMap<number, string>;

export class CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The cells written (the bounds the sheet's dimension grows over), or null when every cell is empty. */
  readonly written: Box | null;
  private readonly letters: string[];
  /** Per column: the style index of its cells. */
  private readonly styles: number[];
  /** Per column: whether its empty cells are written (as styled empty cells, as cellXml and restyle do). */
  private readonly keepEmpty: boolean[];
  /**
   * Every row as long as the widest, without holes. Only such a block is kept (SheetDoc.addBlock): writing
   * cell by cell, a missing entry writes nothing, not even a styled empty cell, which a column cannot say.
   */
  readonly regular: boolean;

  constructor(
    top: number,
    left: number,
    private readonly values: CellGrid,
    columnStyle: (c: number) => number,
    private readonly toFile: FileFormula,
    private readonly prefix: string,
    private readonly kept: KeptXml = new Map(),
  ) {
    let width = 0;
    for (const row of values) width = Math.max(width, row.length);
    // includes, not some or every alone: they skip the holes of a sparse array.
    const holes = (xs: readonly unknown[]) => xs.includes(undefined);
    this.regular = !holes(values) && values.every((row) => row.length === width && !holes(row));
    this.top = top;
    this.left = left;
    this.bottom = top + values.length - 1;
    this.right = left + width - 1;
    this.letters = Array.from({ length: width }, (_, j) => columnLetter(left + j));
    this.styles = this.letters.map((_, j) => columnStyle(left + j));
    this.keepEmpty = this.styles.map((s) => s > 0);
    this.inline = this.styles.map(() => {
      let last: string | null = null;
      let made = '';
      return (text: string): string => {
        if (text !== last) [last, made] = [text, inlineText(text)];
        return made;
      };
    });
    this.written = this.bounds();
  }

  /** The cells that hold something: a value, or an empty cell of a styled column (counted loops: every cell). */
  private bounds(): Box | null {
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < this.values.length; i++) {
      const row = this.values[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        if (isEmpty(row[j]) && !this.keepEmpty[j]) continue;
        top = Math.min(top, this.top + i);
        bottom = this.top + i;
        left = Math.min(left, this.left + j);
        right = Math.max(right, this.left + j);
      }
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  /**
   * Gives columns left…right of every row of the block the style `derive` makes of the one they have, and
   * says which cells that made (empty cells written as styled ones: their bounds, or null). Refused (null,
   * nothing changed) when a column's cells do not all have the same style: an empty cell that is not
   * written takes its column's style from <cols> (`columnStyle`), which may since differ.
   */
  restyleColumns(
    left: number,
    right: number,
    derive: (base: number) => number,
    columnStyle: (c: number) => number,
  ): { made: Box | null } | null {
    const derived: number[] = [];
    for (let c = left; c <= right; c++) {
      const j = c - this.left;
      // Her kept cells keep their own look: the columns are restyled cell by cell around them.
      for (let r = this.top; r <= this.bottom && this.kept.size > 0; r++)
        if (this.kept.has(r * 16384 + c - 1)) return null;
      const s = derive(this.styles[j] ?? 0);
      derived.push(s);
      if (!this.keepEmpty[j] && columnStyle(c) !== this.styles[j]) return null;
      // Cell by cell, a styled empty cell given style 0 stays as a bare <c/> (which overrides its column's
      // style); a block writes no empty cell without a style.
      if (this.keepEmpty[j] && s === 0) return null;
    }
    let made = null as Box | null;
    for (let c = left; c <= right; c++) {
      const j = c - this.left;
      const s = derived[c - left] ?? 0;
      this.styles[j] = s;
      if (this.keepEmpty[j] || s === 0) continue;
      this.keepEmpty[j] = true;
      // Every cell of the column is written now: its rows, from the top (as restyling cell by cell makes them).
      if (this.values.some((row) => isEmpty(row[j])))
        made = { top: this.top, bottom: this.bottom, left: made?.left ?? c, right: c };
    }
    return { made };
  }

  /**
   * Each column's inline string content, remembered for the row below: most of a generated table's text
   * repeats down its column (Alvor, Kode, the measure of four years' rows), and escaping it again was a
   * measured part of the write.
   */
  private readonly inline: readonly ((text: string) => string)[];

  /** Per column: its style attribute (styleAttr) and the style it was made of. */
  private readonly attrs: string[] = [];
  private readonly attrStyles: number[] = [];

  /**
   * Per column, the XML of its text, number and link cells around the row number and the value, made with its style
   * attribute: `<c r="L` before the row, `" s="5" t="inlineStr">`, `" s="5"><v>` or `" s="5" t="str"><f>` after it.
   * Avstemming's 66 000 cells each joined from seven pieces (their address one of them) were most of what writing it
   * allocated (measured on check --write of 1 000 measures, docs/performance.md «Less made per cell and per item»);
   * from these, four. cellText writes the same: the other cells (empty cells, booleans, a number it writes as an
   * error, a formula without a text result) are made by it.
   */
  private readonly opens: string[] = [];
  private readonly textTails: string[] = [];
  private readonly numberTails: string[] = [];
  private readonly formulaTails: string[] = [];

  /** The XML of cell (r, left + j) with the sheet's prefix, or '' when it is not written; `row` is String(r). */
  private cell(r: number, j: number, row = String(r)): string {
    // Most blocks keep nothing of hers: no lookup per cell for them (Avstemming's 66 000 cells).
    const own = this.kept.size === 0 ? undefined : this.kept.get(r * 16384 + this.left + j - 1);
    if (own !== undefined) return own;
    const v = this.values[r - this.top]?.[j] ?? null;
    if (isEmpty(v) && !this.keepEmpty[j]) return '';
    // The column's style attribute, made again only when its style changed (restyleColumns): every cell's.
    if (this.attrStyles[j] !== this.styles[j]) {
      const attr = styleAttr(this.styles[j] ?? 0);
      this.attrStyles[j] = this.styles[j] ?? 0;
      this.attrs[j] = attr;
      this.opens[j] = '<c r="' + (this.letters[j] ?? '');
      this.textTails[j] = '"' + attr + ' t="inlineStr">';
      this.numberTails[j] = '"' + attr + '><v>';
      this.formulaTails[j] = '"' + attr + ' t="str"><f>';
    }
    if (this.prefix === '' && typeof v === 'string' && v !== '')
      return (this.opens[j] ?? '') + row + (this.textTails[j] ?? '') + (this.inline[j]?.(v) ?? '') + '</c>';
    if (this.prefix === '' && typeof v === 'number' && Number.isFinite(v)) {
      const n = numberText(v);
      return (this.opens[j] ?? '') + row + (this.numberTails[j] ?? '') + n + '</v></c>';
    }
    // A formula with a text result: Avstemming's two links on every row.
    if (this.prefix === '' && v !== null && typeof v === 'object' && typeof v.value === 'string') {
      const formula = encodeText(this.toFile(v.formula));
      const value = encodeText(encodeExcelEscapes(v.value));
      return (this.opens[j] ?? '') + row + (this.formulaTails[j] ?? '') + formula + '</f><v>' + value + '</v></c>';
    }
    const xml = cellText(`${this.letters[j]}${r}`, this.attrs[j] ?? '', v, this.toFile, this.inline[j]);
    return this.prefix === '' ? xml : prefixed(xml, this.prefix);
  }

  /** Each written cell of row `r`: its column and XML, in column order. */
  cells(r: number): [number, string][] {
    return this.letters.flatMap((_, j): [number, string][] => {
      const xml = this.cell(r, j);
      return xml === '' ? [] : [[this.left + j, xml]];
    });
  }

  /** Row `r` as XML, or '' when none of its cells is written (concatenated: see cellText). */
  rowXml(r: number): string {
    let cells = '';
    const row = String(r);
    for (let j = 0; j < this.letters.length; j++) cells += this.cell(r, j, row);
    return cells === '' ? '' : `<${this.prefix}row r="${r}">` + cells + `</${this.prefix}row>`;
  }
}
