/**
 * The cells in the way of a write (SPEC §11): cells that hold something and that the product does not
 * own. Each planner that writes outside a measure row names the blocks it owns (its previous Sammendrag,
 * the old tblAvstemming, the table it grows) and asks for what else is occupied where it will write.
 */
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, isBlank, sheetBounds, type Bounds } from '../read/sheetCells';
import { toA1 } from '../model/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';

/** Whether a cell holds anything: a value that is not blank, or a formula (whatever its result). */
export function isOccupied(sheet: SheetSnapshot, row: number, col: number): boolean {
  return !isBlank(cellAt(sheet, row, col)) || (formulaAt(sheet, row, col) ?? '') !== '';
}

const inside = (b: Bounds, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/** The occupied cells of `block` on the sheet named `sheetName` that lie outside every `owned` block, row by row. */
export function userCellsIn(
  wb: WorkbookSnapshot,
  sheetName: string,
  block: Bounds,
  owned: readonly Bounds[] = [],
): UserCell[] {
  const sheet = findSheet(wb, sheetName);
  if (!sheet) return [];
  const held = sheetBounds(sheet);
  const out: UserCell[] = [];
  // Only the part of the block the snapshot holds: everything beyond it is empty.
  for (let r = Math.max(block.top, held.top); r <= Math.min(block.bottom, held.bottom); r++)
    for (let c = Math.max(block.left, held.left); c <= Math.min(block.right, held.right); c++)
      if (isOccupied(sheet, r, c) && !owned.some((b) => inside(b, r, c)))
        out.push({ sheet: sheet.sheet, cell: toA1(r, c) });
  return out;
}
