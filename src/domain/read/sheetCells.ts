/**
 * Cell access on a sheet snapshot by absolute 1-based sheet coordinates. A snapshot covers a block that
 * starts at its `origin`; everything outside it (and any ragged row end) is an empty cell. A reader that
 * asks for thousands of cells of one sheet parses the origin once (originOf) and passes it in.
 */
import { parseA1 } from '../model/a1';
import { isUncalculated, type CellValue, type SheetSnapshot } from '../model/snapshot';

/** A block of a sheet in sheet coordinates, 1-based and inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The sheet row and column of a snapshot's first value. */
export interface Origin {
  readonly row: number;
  readonly col: number;
}

/** Where a snapshot starts (A1 when its origin is not a cell address). */
export function originOf(sheet: SheetSnapshot): Origin {
  return parseA1(sheet.origin) ?? { row: 1, col: 1 };
}

/** The smallest block over all of `blocks`; null when there are none. */
export function boundsAround(blocks: readonly Bounds[]): Bounds | null {
  if (blocks.length === 0) return null;
  return {
    top: Math.min(...blocks.map((b) => b.top)),
    left: Math.min(...blocks.map((b) => b.left)),
    bottom: Math.max(...blocks.map((b) => b.bottom)),
    right: Math.max(...blocks.map((b) => b.right)),
  };
}

/** The block a snapshot covers, in sheet coordinates (bottom < top when it holds no rows). */
export function sheetBounds(sheet: SheetSnapshot): Bounds {
  const o = originOf(sheet);
  const width = sheet.values.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  return { top: o.row, left: o.col, bottom: o.row + sheet.values.length - 1, right: o.col + width - 1 };
}

/** The last sheet column the snapshot holds in `row` (before `left` when the row is empty or outside it). */
export function rowEnd(sheet: SheetSnapshot, row: number, o: Origin = originOf(sheet)): number {
  const line = sheet.values[row - o.row];
  return o.col + (Array.isArray(line) ? line.length : 0) - 1;
}

/** The value at a sheet row and column; null outside the snapshot. `o`: the sheet's origin, when known. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number, o: Origin = originOf(sheet)): CellValue {
  const line = sheet.values[row - o.row];
  if (!Array.isArray(line)) return null;
  const v = line[col - o.col];
  return v === undefined ? null : v;
}

/**
 * The formula of a cell: its text, "" for a constant, or undefined when the source gave no formulas
 * for that row (then nothing can be said about it).
 */
export function formulaAt(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  o: Origin = originOf(sheet),
): string | undefined {
  if (!sheet.formulas) return undefined;
  const line = sheet.formulas[row - o.row];
  if (!Array.isArray(line)) return undefined;
  const f = line[col - o.col];
  return typeof f === 'string' ? f : '';
}

/** The number format of a cell, or null when the source gave none for it. */
export function numberFormatAt(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  o: Origin = originOf(sheet),
): string | null {
  return sheet.numberFormats?.[row - o.row]?.[col - o.col] ?? null;
}

/** Whether a value counts as an empty cell (null or blank text). */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The text of a text cell: trimmed strings, numbers as digits, booleans and errors as Excel shows them. A
 * formula without its stored result (UNCALCULATED) has no text to show: empty, as it read before the marker
 * existed, never the marker itself in a message, a comparison or a rolled workbook.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isUncalculated(value)) return '';
  return typeof value.error === 'string' ? value.error : '';
}

/**
 * What Excel calls the value of a cell whose cellText is no typed text: `logical` (TRUE, FALSE) or `error` (#REF!,
 * #VALUE! …); undefined for text, numbers and empty cells. The text is English in the file (and the JSON); a message
 * names it as her Excel shows it (SANN, #VERDI!: i18n/excelValues.ts).
 */
export function cellValueType(value: CellValue): 'logical' | 'error' | undefined {
  if (typeof value === 'boolean') return 'logical';
  if (value === null || typeof value !== 'object' || isUncalculated(value)) return undefined;
  return 'error';
}
