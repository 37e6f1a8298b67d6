/**
 * The cells in the way of a write (SPEC §11): cells that hold something and that the product does not
 * own. Each planner that writes outside a measure row names the blocks it owns (its previous Sammendrag,
 * the old tblAvstemming, the table it grows) and asks for what else is occupied where it will write.
 * A range the user merged is in the way too, empty or not (review r22): a table may not overlap merged cells
 * (Excel removes such a table on opening) and values written under a merge are hidden; it is named by its
 * first cell inside the block, with its range (UserCell.merged), its text or none: not «has content» it may not have.
 */
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, isBlank, originOf, sheetBounds, type Bounds, type Origin } from '../read/sheetCells';
import { parseRange, toA1, toRange } from '../model/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';

/**
 * Whether a cell holds anything: a value that is not blank, or a formula (whatever its result). `o`: the sheet's
 * origin, when known (a caller asking cell by cell over a block parses it once: sheetCells.ts).
 */
export function isOccupied(sheet: SheetSnapshot, row: number, col: number, o: Origin = originOf(sheet)): boolean {
  return !isBlank(cellAt(sheet, row, col, o)) || (formulaAt(sheet, row, col, o) ?? '') !== '';
}

const inside = (b: Bounds, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

const within = (outer: Bounds, b: Bounds): boolean =>
  b.top >= outer.top && b.bottom <= outer.bottom && b.left >= outer.left && b.right <= outer.right;

/** A cell in the way, and the merged range it is the first cell inside the block of, if any. */
interface Found {
  readonly row: number;
  readonly col: number;
  readonly merge?: Bounds;
}

/** The first cell inside `block` of each merged range of `sheet` that meets it and lies whole in no `owned` block. */
function mergesIn(sheet: SheetSnapshot, block: Bounds, owned: readonly Bounds[]): Found[] {
  return (sheet.merges ?? []).flatMap((ref) => {
    const m = parseRange(ref);
    if (!m || m.bottom < block.top || m.top > block.bottom || m.right < block.left || m.left > block.right) return [];
    if (owned.some((b) => within(b, m))) return [];
    return [{ row: Math.max(m.top, block.top), col: Math.max(m.left, block.left), merge: m }];
  });
}

/** The cell as the user is told of it: a merge by its range and the first cell of it the product writes. */
function userCell(sheet: string, f: Found): UserCell {
  const cell = toA1(f.row, f.col);
  if (!f.merge) return { sheet, cell };
  const { top, left, bottom, right } = f.merge;
  return { sheet, cell, merged: { range: toRange(top, left, bottom, right), writes: cell } };
}

/**
 * The occupied cells of `block` on the sheet named `sheetName` that lie outside every `owned` block, and the merged
 * ranges there (mergesIn), row by row.
 */
export function userCellsIn(
  wb: WorkbookSnapshot,
  sheetName: string,
  block: Bounds,
  owned: readonly Bounds[] = [],
): UserCell[] {
  const sheet = findSheet(wb, sheetName);
  if (!sheet) return [];
  const held = sheetBounds(sheet);
  // Parsed once, not once per cell: Sammendrag's cleared box is some thousand cells a write (measured,
  // docs/performance.md).
  const o = originOf(sheet);
  const found: Found[] = [];
  // Only the part of the block the snapshot holds: everything beyond it is empty (but for a merge, listed apart).
  for (let r = Math.max(block.top, held.top); r <= Math.min(block.bottom, held.bottom); r++)
    for (let c = Math.max(block.left, held.left); c <= Math.min(block.right, held.right); c++)
      if (isOccupied(sheet, r, c, o) && !owned.some((b) => inside(b, r, c))) found.push({ row: r, col: c });
  // A merge is named as one, its text or none: the cell in the way is the merge's first cell in the block.
  const merged = mergesIn(sheet, block, owned);
  if (merged.length === 0) return found.map((f) => userCell(sheet.sheet, f));
  const cells = [...found.filter((f) => !merged.some((m) => m.merge && inside(m.merge, f.row, f.col))), ...merged].sort(
    (a, b) => a.row - b.row || a.col - b.col,
  );
  return cells.map((f) => userCell(sheet.sheet, f));
}
