/**
 * Her notes on Sammendrag when it is written anew (SPEC §11, review r25): the product clears one rectangle, the one
 * it wrote last time grown over the new block, so that the new block is written whole, as the product's; a cell in
 * it that is hers (outside every block the product owns: summaryOwned.ts) stays where she typed it, carried into the
 * new block as it stands, unless the new Sammendrag needs that very cell: then the run is refused, naming it.
 */
import { parseA1, toA1 } from '../model/a1';
import type { CellInput } from '../model/edits';
import { isUncalculated, plainValue, type WorkbookSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';
import { SHEETS } from '../model/schema';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, type Bounds } from '../read/sheetCells';
import { parseRange } from '../model/a1';
import type { DraftRow } from './summarySheet';
import type { OwnedSummary } from './summaryOwned';
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
  /** Her cells in `box` that stay, written again as they are. */
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
 * cell of a row it writes); a range she merged is always in the way (clearing would undo her merge).
 */
export function summaryClear(wb: WorkbookSnapshot, rows: readonly DraftRow[], owned: OwnedSummary): SummaryClear {
  const block = { top: 1, left: 1, bottom: Math.max(1, rows.length), right: Math.max(1, ...rows.map((r) => r.length)) };
  const sheet = findSheet(wb, SHEETS.summary);
  if (!sheet || !owned.extent) return { box: null, kept: [], blocked: userCellsIn(wb, SHEETS.summary, block, []) };
  const box = joined(owned.extent, block);
  const merges = (sheet.merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
  const kept: KeptCell[] = [];
  const blocked: UserCell[] = [];
  for (const cell of userCellsIn(wb, SHEETS.summary, box, owned.blocks)) {
    const at = parseA1(cell.cell);
    if (!at) continue;
    const { row, col } = at;
    const needed = rows[row - 1]?.[col - 1] != null;
    const merged = merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
    if (needed || merged || !isOccupied(sheet, row, col)) {
      blocked.push(cell);
      continue;
    }
    const value = cellAt(sheet, row, col);
    const formula = formulaAt(sheet, row, col) ?? '';
    const result = isUncalculated(value) ? undefined : plainValue(value);
    const input: CellInput =
      formula === ''
        ? plainValue(value)
        : { formula, ...(result === undefined || result === null ? {} : { value: result }) };
    kept.push({ row, col, input });
  }
  return { box, kept, blocked };
}

/** The A1 addresses of `kept`. */
export const keptRefs = (kept: readonly KeptCell[]): string[] => kept.map((k) => toA1(k.row, k.col));
