/**
 * A worksheet part opened for patching: its rows stay as the bytes they were until a cell of theirs
 * changes, and everything outside <sheetData> is kept as a "skeleton" (the part with an empty
 * <sheetData/>) that the other edits (views, columns, validation, table parts) rewrite element by element.
 */
import { columnLetter, parseRange, toRange } from '../../../domain';
import { withAttributes } from '../xml/patch';
import { findSheetData, refRow, tagAttr, tagEnd } from '../xml/sheetData';
import { columnStyles, type ColumnStyle } from './columns';
import { cellStyleOf, joinRow, newRow, splitRow, withCellStyle, type Row } from './rowXml';

const encoder = new TextEncoder();

interface Slot {
  readonly r: number;
  /** The row's bytes while unchanged (also used when only its number had to be written in). */
  raw: string | null;
  row: Row | null;
}

export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export class SheetDoc {
  /** The part with <sheetData/> emptied; edited in place by the element edits. */
  skeleton: string;
  readonly prefix: string;
  private readonly slots: Slot[] = [];
  private readonly byRow = new Map<number, Slot>();
  /** Rows without an "r": every row gets its number written in before the first change. */
  private implicitRows: boolean;
  private touchedBounds: { top: number; left: number; bottom: number; right: number } | null = null;
  /**
   * Every cell written or cleared, as row × 16384 + column − 1 (the calculation chain forgets them), when
   * `trackTouched` (the workbook has a calculation chain: most written by the product do not).
   */
  readonly touched = new Set<number>();
  trackTouched = false;
  /** A sheet the product made in this session, or cleared boxes: cells it writes there are its own. */
  created = false;
  private readonly cleared: Bounds[] = [];
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
    const rowTag = `<${span.prefix}row`;
    const close = `</${span.prefix}row>`;
    let r = 0;
    let implicit = false;
    for (let at = xml.indexOf(rowTag, span.contentStart); at >= 0 && at < span.contentEnd;) {
      const openEnd = tagEnd(xml, at);
      const end = xml.charCodeAt(openEnd - 2) === 47 ? openEnd : xml.indexOf(close, openEnd) + close.length;
      const ref = tagAttr(xml.slice(at, openEnd), 'r');
      r = ref ? refRow(ref) || Number(ref) : r + 1;
      implicit ||= ref === undefined;
      const slot: Slot = { r, raw: xml.slice(at, end), row: null };
      this.slots.push(slot);
      this.byRow.set(r, slot);
      at = xml.indexOf(rowTag, end);
    }
    this.implicitRows = implicit;
  }

  /** The part's XML in pieces, in order: the skeleton around <sheetData>, and each row. */
  private pieces(): string[] {
    const skeleton = this.withDimension(this.skeleton);
    const span = findSheetData(skeleton);
    if (!span) throw new Error('skeleton without <sheetData>');
    const p = this.prefix;
    const parts: string[] = [skeleton.slice(0, span.start)];
    if (this.slots.length === 0) parts.push(`<${p}sheetData/>`);
    else {
      parts.push(`<${p}sheetData>`);
      for (const s of this.slots) parts.push(s.row ? joinRow(s.row, p) : (s.raw ?? ''));
      parts.push(`</${p}sheetData>`);
    }
    parts.push(skeleton.slice(span.end));
    return parts;
  }

  /** The part's XML (rows joined once: a string grown row by row costs more than the rows themselves). */
  toXml(): string {
    return this.pieces().join('');
  }

  /**
   * The part's bytes (UTF-8), the same as encoding toXml(), but encoded piece by piece into one buffer: no
   * string of the whole part is made. Measured on check --write of 10 000 measures, where Avstemming's part
   * is some 60 MB: the whole-part string (two bytes a character once an "ø" is in it) and its encoding were
   * the write's peak memory. The buffer is sized for the worst case (3 bytes per UTF-16 unit); the pages past
   * what is written are never touched, so they cost address space, not memory.
   */
  toBytes(): Uint8Array {
    const pieces = this.pieces();
    let bound = 0;
    for (const piece of pieces) bound += piece.length * 3;
    const out = new Uint8Array(bound);
    let at = 0;
    for (const piece of pieces) at += encoder.encodeInto(piece, out.subarray(at)).written;
    return out.subarray(0, at);
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
    return this.slots.map((s) => s.r);
  }

  /** The row's cells, split (for reading or changing them); undefined when the sheet has no such row. */
  rowCells(r: number): ReadonlyMap<number, string> | undefined {
    const slot = this.byRow.get(r);
    return slot ? this.split(slot).cells : undefined;
  }

  /** The XML of a cell, or undefined. */
  cell(r: number, c: number): string | undefined {
    return this.rowCells(r)?.get(c);
  }

  /** The style a column gives its empty cells, read from <cols> once per version of the skeleton. */
  columnStyle(c: number): number {
    if (this.colStylesOf !== this.skeleton) {
      this.colStylesOf = this.skeleton;
      this.colStyles = columnStyles(this.skeleton);
    }
    for (const s of this.colStyles) if (c >= s.min && c <= s.max) return s.style;
    return 0;
  }

  /** The style index a cell has, or would get when written: its own, else its row's, else its column's. */
  styleAt(r: number, c: number): number {
    const slot = this.byRow.get(r);
    const row = slot ? this.split(slot) : null;
    const own = row?.cells.get(c);
    if (own !== undefined) return cellStyleOf(own);
    return row?.style ?? this.columnStyle(c);
  }

  /** Writes (xml) or removes (null) one cell. */
  putCell(r: number, c: number, xml: string | null): void {
    const row = this.writableRow(r, xml !== null);
    if (!row) return;
    if (xml === null) row.cells.delete(c);
    else row.cells.set(c, xml);
    this.note(r, c);
  }

  /** Gives a cell style index `s` (an empty styled cell when there is none); its value stays. */
  restyle(r: number, c: number, s: number): void {
    const row = this.writableRow(r, s !== 0);
    const own = row?.cells.get(c);
    if (!row || (own === undefined && s === 0)) return;
    row.cells.set(
      c,
      own === undefined ? `<${this.prefix}c r="${columnLetter(c)}${r}" s="${s}"/>` : withCellStyle(own, s),
    );
    this.changed = true;
  }

  /** Whether (r, c) is on a sheet or in a box the product generates anew (made or cleared in this session). */
  isGenerated(r: number, c: number): boolean {
    return this.created || this.cleared.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  }

  /** Removes every cell inside `b` (all cells when b is null); rows left empty go too. */
  clear(b: Bounds | null): void {
    this.cleared.push(b ?? { top: 1, left: 1, bottom: 1048576, right: 16384 });
    for (const slot of [...this.slots]) {
      if (b && (slot.r < b.top || slot.r > b.bottom)) continue;
      const row = this.writableRow(slot.r, false);
      if (!row) continue;
      for (const c of [...row.cells.keys()]) {
        if (b && (c < b.left || c > b.right)) continue;
        row.cells.delete(c);
        this.note(slot.r, c);
      }
      if (row.cells.size === 0 && row.extra === '' && (!b || (b.left <= 1 && b.right >= 16384))) this.dropRow(slot);
    }
  }

  private note(r: number, c: number): void {
    this.changed = true;
    if (this.trackTouched) this.touched.add(r * 16384 + c - 1);
    const t = this.touchedBounds;
    if (!t) this.touchedBounds = { top: r, left: c, bottom: r, right: c };
    else {
      if (r < t.top) t.top = r;
      if (r > t.bottom) t.bottom = r;
      if (c < t.left) t.left = c;
      if (c > t.right) t.right = c;
    }
  }

  private split(slot: Slot): Row {
    slot.row ??= splitRow(slot.raw ?? '', slot.r, this.prefix);
    return slot.row;
  }

  /** The row to change; created when `create` and missing. Writes every row's number in first, if any lacks it. */
  private writableRow(r: number, create: boolean): Row | null {
    if (this.implicitRows) {
      for (const s of this.slots) if (!s.row) s.raw = s.raw && numbered(s.raw, s.r);
      this.implicitRows = false;
    }
    let slot = this.byRow.get(r);
    if (!slot) {
      if (!create) return null;
      slot = { r, raw: null, row: newRow(r, this.prefix) };
      let i = this.slots.length;
      while (i > 0 && (this.slots[i - 1]?.r ?? 0) > r) i--;
      this.slots.splice(i, 0, slot);
      this.byRow.set(r, slot);
    }
    return this.split(slot);
  }

  private dropRow(slot: Slot): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.byRow.delete(slot.r);
  }

  /** The skeleton's <dimension> grown over the cells written. */
  private withDimension(xml: string): string {
    const t = this.touchedBounds;
    const m = /<(?:[\w.-]+:)?dimension\s[^>]*>/.exec(xml);
    if (!t || !m) return xml;
    const old = parseRange(tagAttr(m[0], 'ref') ?? '');
    const b = old
      ? {
          top: Math.min(old.top, t.top),
          left: Math.min(old.left, t.left),
          bottom: Math.max(old.bottom, t.bottom),
          right: Math.max(old.right, t.right),
        }
      : t;
    const ref =
      b.top === b.bottom && b.left === b.right
        ? `${columnLetter(b.left)}${b.top}`
        : toRange(b.top, b.left, b.bottom, b.right);
    return xml.slice(0, m.index) + withAttributes(m[0], { ref }) + xml.slice(m.index + m[0].length);
  }
}

/** A row's XML with its number written into its open tag. */
function numbered(raw: string, r: number): string {
  const end = tagEnd(raw, 0);
  return withAttributes(raw.slice(0, end), { r: String(r) }) + raw.slice(end);
}
