/**
 * Her notes on Sammendrag when it is written anew (SPEC §11, review r25): the product clears one rectangle, the one
 * it wrote last time grown over the new block, so that the new block is written whole, as the product's; a cell in
 * it that is hers (outside every block the product owns: summaryOwned.ts) stays where she typed it, carried into the
 * new block as it stands, with her look, merge and drop-down on it (review r29), unless the new Sammendrag needs that
 * very cell: then the run is refused, naming it (a range she merged over it by the range).
 */
import { parseA1, parseRange, toA1, toRange } from '../model/a1';
import type { CellInput } from '../model/edits';
import { isUncalculated, plainValue, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';
import { SHEETS } from '../model/schema';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, originOf, type Bounds, type Origin } from '../read/sheetCells';
import type { DraftRow } from './summarySheet';
import type { OwnedSummary } from './summaryOwned';
import { notesBesideMovedRows } from './summaryOldHead';
import type { SummaryText } from '../model/sheetText';
import { isOccupied, userCellsIn } from './userCells';

/** A cell of hers the product writes around: where, and what she has there (a formula with its result). */
export interface KeptCell {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
}

/** How Sammendrag is written over what is there. */
export interface SummaryClear {
  /** The rectangle emptied before the new block is written; null when nothing there is the product's. */
  readonly box: Bounds | null;
  /** Her cells in `box` that stay, written again as they are: every one outside the product's cells, empty or not. */
  readonly kept: readonly KeptCell[];
  /** Her cells the new block needs (or a range she merged where it writes): nothing is written then. */
  readonly blocked: readonly UserCell[];
}

/** The rectangle over `a` and `b`. */
const joined = (a: Bounds, b: Bounds): Bounds => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/**
 * What of Sammendrag's sheet is cleared, kept and in the way when `rows` (from A1) are written there, `owned` being
 * what the product wrote last time. A cell the new block needs is one its draft has (a label, a value, an empty
 * cell of a row it writes). Every other cell of hers in the box stays as it is, an empty one too: her look on it and
 * her drop-down stay (review r29). A range she merged is in the way only where the new block writes a cell of it (or
 * it reaches into the product's old block): named as the merged range, with the first cell of it written; else it is
 * kept with her cells. On an older Sammendrag (no Plannavn row), her note beside a row that moves down is in the way
 * too (summaryOldHead.ts).
 */
export function summaryClear(
  wb: WorkbookSnapshot,
  rows: readonly DraftRow[],
  owned: OwnedSummary,
  text: SummaryText,
): SummaryClear {
  const block = { top: 1, left: 1, bottom: Math.max(1, rows.length), right: Math.max(1, ...rows.map((r) => r.length)) };
  const sheet = findSheet(wb, SHEETS.summary);
  if (!sheet || !owned.extent) return { box: null, kept: [], blocked: userCellsIn(wb, SHEETS.summary, block, []) };
  const box = joined(owned.extent, block);
  const needed = (row: number, col: number): boolean => rows[row - 1]?.[col - 1] != null;
  const isOwned = (row: number, col: number): boolean => owned.blocks.some((b) => inside(b, row, col));
  const blocked: UserCell[] = [];
  const merges = (sheet.merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
  for (const m of merges) {
    if (m.bottom < box.top || m.top > box.bottom || m.right < box.left || m.left > box.right) continue;
    if (owned.blocks.some((b) => within(b, m))) continue;
    const writes = firstCell(m, (r, c) => needed(r, c) || isOwned(r, c));
    if (writes === null) continue;
    const range = toRange(m.top, m.left, m.bottom, m.right);
    blocked.push({ sheet: sheet.sheet, cell: range, merged: { range, writes } });
  }
  const kept: KeptCell[] = [];
  for (const cell of userCellsIn(wb, SHEETS.summary, box, owned.blocks)) {
    const at = parseA1(cell.cell);
    // A cell in a merge is named by its range above, if at all.
    if (!at || !isOccupied(sheet, at.row, at.col) || merges.some((m) => inside(m, at.row, at.col))) continue;
    if (needed(at.row, at.col)) blocked.push(cell);
  }
  blocked.push(...notesBesideMovedRows(sheet, owned, text, needed));
  if (blocked.length > 0) return { box, kept: [], blocked };
  // The sheet's origin parsed once for the box's some two thousand cells, not up to four times a cell (measured: most
  // of summaryClear's time in a write's profile, docs/performance.md).
  const o = originOf(sheet);
  for (let row = box.top; row <= box.bottom; row++)
    for (let col = box.left; col <= box.right; col++)
      if (!isOwned(row, col) && !needed(row, col)) kept.push({ row, col, input: keptInput(sheet, row, col, o) });
  return { box, kept, blocked };
}

/** What a cell of hers holds, as it is (a formula with its result); null when empty. `o`: the sheet's origin. */
function keptInput(sheet: SheetSnapshot, row: number, col: number, o: Origin): CellInput {
  if (!isOccupied(sheet, row, col, o)) return null;
  const value = cellAt(sheet, row, col, o);
  const formula = formulaAt(sheet, row, col, o) ?? '';
  const result = isUncalculated(value) ? undefined : plainValue(value);
  return formula === ''
    ? plainValue(value)
    : { formula, ...(result === undefined || result === null ? {} : { value: result }) };
}

const inside = (b: Bounds, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

const within = (outer: Bounds, b: Bounds): boolean =>
  b.top >= outer.top && b.bottom <= outer.bottom && b.left >= outer.left && b.right <= outer.right;

/** The first cell of `b` (row by row) for which `test` holds, as A1; null when none. */
function firstCell(b: Bounds, test: (row: number, col: number) => boolean): string | null {
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (test(r, c)) return toA1(r, c);
  return null;
}

/** The A1 addresses of `kept`. */
export const keptRefs = (kept: readonly KeptCell[]): string[] => kept.map((k) => toA1(k.row, k.col));
