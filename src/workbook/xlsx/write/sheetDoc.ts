/**
 * A worksheet part opened for patching: its rows stay as the bytes they were until a cell of theirs
 * changes, and everything outside <sheetData> is kept as a "skeleton" (the part with an empty
 * <sheetData/>) that the other edits (views, columns, validation, table parts) rewrite element by element.
 */
import { columnLetter } from '../../../domain';
import { findSheetData } from '../xml/sheetData';
import { CellBlock, type CellGrid, type KeptXml } from './cellBlock';
import type { FileFormula } from './cellXml';
import { columnStyles, type ColumnStyle } from './columns';
import { grownDimension, numbered } from './dimension';
import type { Box } from './ranges';
import { openRow, scanRows, type Slot } from './sheetRows';
import { utf8Pieces } from './utf8';
import { cellStyleOf, isPlainRow, joinRow, newRow, type unhide, withCellStyle, type Row } from './rowXml';

export class SheetDoc {
  /** The part with <sheetData/> emptied; edited in place by the element edits. */
  skeleton: string;
  readonly prefix: string;
  private slots: Slot[];
  private readonly byRow = new Map<number, Slot>();
  /** Blocks of cells written where there were no rows, not yet made into rows (cellBlock.ts). */
  private blocks: CellBlock[] = [];
  /** Rows without an "r": every row gets its number written in before the first change. */
  private implicitRows: boolean;
  private touchedBounds: { -readonly [K in keyof Box]: number } | null = null;
  /**
   * Every cell written or cleared, as row × 16384 + column − 1 (the calculation chain forgets them), when
   * `trackTouched` (the workbook has a calculation chain: most written by the product do not).
   */
  readonly touched = new Set<number>();
  trackTouched = false;
  /** A sheet the product made in this session, or cleared boxes: cells it writes there are its own. */
  created = false;
  readonly cleared: Box[] = [];
  /** Cells changed since the part was last written. */
  private changed = false;
  private savedSkeleton: string;
  private colStylesOf: string | null = null;
  private colStyles: readonly ColumnStyle[] = [];

  constructor(xml: string) {
    const span = findSheetData(xml);
    if (!span) throw new Error('a worksheet without <sheetData>');
    this.prefix = span.prefix;
    this.skeleton = `${xml.slice(0, span.start)}<${span.prefix}sheetData/>${xml.slice(span.end)}`;
    this.savedSkeleton = this.skeleton;
    const { slots, implicit } = scanRows(xml, span);
    this.slots = slots;
    for (const slot of slots) this.byRow.set(slot.r, slot);
    this.implicitRows = implicit;
  }

  /**
   * The part's XML in pieces, in order: the skeleton around <sheetData>, and each row, made as they are asked
   * for (a block's rows are made here: cellBlock.ts), so that each can be encoded and dropped before the next.
   */
  private *pieces(): Generator<string> {
    const skeleton = grownDimension(this.skeleton, this.touchedBounds);
    const span = findSheetData(skeleton);
    if (!span) throw new Error('skeleton without <sheetData>');
    const p = this.prefix;
    yield skeleton.slice(0, span.start);
    if (this.slots.length === 0 && this.blocks.length === 0) yield `<${p}sheetData/>`;
    else {
      yield `<${p}sheetData>`;
      const blocks = [...this.blocks].sort((a, b) => a.top - b.top);
      let next = 0;
      for (const slot of [...this.slots, { r: Infinity, raw: '', row: null }]) {
        for (let block = blocks[next]; block && block.top < slot.r; block = blocks[++next])
          for (let r = block.top; r <= block.bottom; r++) yield block.rowXml(r);
        yield slot.raw ?? (slot.row ? joinRow(slot.row, p) : '');
      }
      yield `</${p}sheetData>`;
    }
    yield skeleton.slice(span.end);
  }

  /** The part's XML (rows joined once: a string grown row by row costs more than the rows themselves). */
  toXml(): string {
    return [...this.pieces()].join('');
  }

  /** The part's bytes: toXml() encoded, each piece as it is made (utf8.ts). */
  toBytes(): Uint8Array {
    return utf8Pieces(this.pieces());
  }

  /** Whether the part must be written again. */
  get dirty(): boolean {
    return this.changed || this.skeleton !== this.savedSkeleton;
  }

  /** The part was written: later changes start from here. */
  saved(): void {
    this.changed = false;
    this.savedSkeleton = this.skeleton;
    this.touched.clear();
  }

  /** Row numbers that hold a row element, in order. */
  rowNumbers(): number[] {
    for (const block of [...this.blocks]) this.materialize(block);
    return this.slots.map((s) => s.r);
  }

  /** The row's cells, split (to read them: the row keeps its bytes, sheetRows.ts); undefined when there is no row r. */
  rowCells(r: number): ReadonlyMap<number, string> | undefined {
    const slot = this.slotAt(r);
    return slot ? openRow(slot, this.prefix).cells : undefined;
  }

  /** The XML of a cell, or undefined. */
  cell(r: number, c: number): string | undefined {
    return this.rowCells(r)?.get(c);
  }

  /** Each row's number and XML, in order; a row as stored is read so, not split (no cells made for a search). */
  rowTexts = (): [number, string][] =>
    this.slots.map((s) => [s.r, s.raw ?? (s.row ? joinRow(s.row, this.prefix) : '')]);

  /** The style a column gives its empty cells, read from <cols> once per version of the skeleton. */
  columnStyle(c: number): number {
    if (this.colStylesOf !== this.skeleton) {
      this.colStylesOf = this.skeleton;
      this.colStyles = columnStyles(this.skeleton);
    }
    return this.colStyles.find((s) => c >= s.min && c <= s.max)?.style ?? 0;
  }

  /** The style index a cell has, or would get when written: its own, else its row's, else its column's. */
  styleAt(r: number, c: number): number {
    const slot = this.slotAt(r);
    const row = slot ? openRow(slot, this.prefix) : null;
    const own = row?.cells.get(c);
    if (own !== undefined) return cellStyleOf(own);
    return row?.style ?? this.columnStyle(c);
  }

  /** Writes (xml) or removes (null) one cell. */
  putCell(r: number, c: number, xml: string | null): void {
    if (xml === null && this.cell(r, c) === undefined) return;
    const row = this.writableRow(r, xml !== null);
    if (!row) return;
    if (xml === null) row.cells.delete(c);
    else row.cells.set(c, xml);
    this.note(r, c);
  }

  /** Gives a cell style index `s` (an empty styled cell when there is none); its value stays. */
  restyle(r: number, c: number, s: number): void {
    const own = this.cell(r, c);
    const xml = own === undefined ? `<${this.prefix}c r="${columnLetter(c)}${r}" s="${s}"/>` : withCellStyle(own, s);
    if ((own === undefined && s === 0) || xml === own) return;
    this.writableRow(r, true)?.cells.set(c, xml);
    this.changed = true;
    if (own === undefined) this.grow({ top: r, left: c, bottom: r, right: c });
  }

  /**
   * Keeps `values` written from (top, left) as a block (cellBlock.ts) when every cell of it is one the product
   * generates anew and the sheet has no row there yet (`kept`: her cells in it, as they stood); false otherwise.
   */
  addBlock(top: number, left: number, values: CellGrid, toFile: FileFormula, kept?: KeptXml): boolean {
    const block = new CellBlock(top, left, values, (c) => this.columnStyle(c), toFile, this.prefix, kept);
    const generated =
      this.created ||
      this.cleared.some((b) => b.top <= top && b.bottom >= block.bottom && b.left <= left && b.right >= block.right);
    if (!generated || !block.regular || block.right < left) return false;
    if (this.blocks.some((b) => b.top <= block.bottom && b.bottom >= top)) return false;
    if (this.slots.some((s) => s.r >= top && s.r <= block.bottom)) return false;
    this.numberRows();
    this.blocks.push(block);
    this.changed = true;
    if (block.written) this.grow(block.written);
    const w = block.written;
    if (this.trackTouched && w)
      for (let r = w.top; r <= w.bottom; r++) for (const [c] of block.cells(r)) this.touched.add(r * 16384 + c - 1);
    return true;
  }

  /** restyleColumns on the block whose rows are exactly b's and whose columns hold b's; false when none can. */
  restyleBlock(b: Box, derive: (base: number) => number): boolean {
    const block = this.blocks.find(
      (k) => k.top === b.top && k.bottom === b.bottom && k.left <= b.left && k.right >= b.right,
    );
    const done = block?.restyleColumns(b.left, b.right, derive, (c) => this.columnStyle(c));
    if (!done) return false;
    this.changed = true;
    if (done.made) this.grow(done.made);
    return true;
  }

  /** Whether (r, c) is on a sheet or in a box the product generates anew (made or cleared in this session). */
  isGenerated(r: number, c: number): boolean {
    return this.created || this.cleared.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  }

  /** A row edit of rowXml.ts (`unhide`, `unstyle`: over content the product replaces) on rows top…bottom; any done. */
  editRows(top: number, bottom: number, edit: typeof unhide): boolean {
    this.numberRows();
    let any = false;
    for (const s of this.slots)
      if (s.r >= top && s.r <= bottom && edit(s, (x) => openRow(x, this.prefix, true))) any = true;
    if (any) this.changed = true;
    return any;
  }

  /** Removes every cell inside `b` (all cells when b is null); rows left empty go too. */
  clear(b: Box | null): void {
    this.cleared.push(b ?? { top: 1, left: 1, bottom: 1048576, right: 16384 });
    for (const block of [...this.blocks])
      if (!b || (block.top <= b.bottom && block.bottom >= b.top)) this.materialize(block);
    this.numberRows();
    const dropped = new Set<Slot>();
    for (const slot of this.slots) {
      if (b && (slot.r < b.top || slot.r > b.bottom)) continue;
      const gone = [...openRow(slot, this.prefix).cells.keys()].filter((c) => !b || (c >= b.left && c <= b.right));
      const row = openRow(slot, this.prefix, gone.length > 0);
      for (const c of gone) {
        row.cells.delete(c);
        this.note(slot.r, c);
      }
      // A row left empty goes when the box spans the sheet, or when it says nothing (no height, style or
      // outline of the user's): the rows cleared can then be written again as a block (cellBlock.ts).
      const wide = !b || (b.left <= 1 && b.right >= 16384);
      if (row.cells.size === 0 && row.extra === '' && (wide || isPlainRow(row.open))) dropped.add(slot);
    }
    if (dropped.size === 0) return;
    this.slots = this.slots.filter((s) => !dropped.has(s));
    for (const slot of dropped) this.byRow.delete(slot.r);
  }

  private note(r: number, c: number): void {
    this.changed = true;
    if (this.trackTouched) this.touched.add(r * 16384 + c - 1);
    this.grow({ top: r, left: c, bottom: r, right: c });
  }

  /** The bounds of the cells written grown over `b`. */
  private grow(b: Box): void {
    const t = this.touchedBounds;
    if (!t) this.touchedBounds = { ...b };
    else {
      if (b.top < t.top) t.top = b.top;
      if (b.bottom > t.bottom) t.bottom = b.bottom;
      if (b.left < t.left) t.left = b.left;
      if (b.right > t.right) t.right = b.right;
    }
  }

  /** The slot of row r, once a block holding r is made into rows. */
  private slotAt(r: number): Slot | undefined {
    const block = this.blocks.find((b) => r >= b.top && r <= b.bottom);
    if (block) this.materialize(block);
    return this.byRow.get(r);
  }

  /** Makes a block into ordinary rows (there are none in its rows: addBlock). */
  private materialize(block: CellBlock): void {
    this.blocks = this.blocks.filter((b) => b !== block);
    const made: Slot[] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const cells = block.cells(r);
      if (cells.length === 0) continue;
      const row = newRow(r, this.prefix);
      for (const [c, xml] of cells) row.cells.set(c, xml);
      made.push({ r, raw: null, row });
    }
    let i = this.slots.length;
    while (i > 0 && (this.slots[i - 1]?.r ?? 0) > block.top) i--;
    this.slots.splice(i, 0, ...made);
    for (const slot of made) this.byRow.set(slot.r, slot);
  }

  /** Writes every row's number in, if any lacks it (before rows are added among them). */
  private numberRows(): void {
    if (!this.implicitRows) return;
    for (const s of this.slots) s.raw = s.raw && numbered(s.raw, s.r);
    this.implicitRows = false;
  }

  /** The row to change; created when `create` and missing. Writes every row's number in first, if any lacks it. */
  private writableRow(r: number, create: boolean): Row | null {
    this.numberRows();
    let slot = this.slotAt(r);
    if (!slot) {
      if (!create) return null;
      slot = { r, raw: null, row: newRow(r, this.prefix) };
      let i = this.slots.length;
      while (i > 0 && (this.slots[i - 1]?.r ?? 0) > r) i--;
      this.slots.splice(i, 0, slot);
      this.byRow.set(r, slot);
    }
    return openRow(slot, this.prefix, true);
  }
}
