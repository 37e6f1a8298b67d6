/**
 * Cells of the user's beside a measure table, in a roll into the source workbook (intoSource.ts): they stay in
 * their cells, but when a finished measure leaves the table the rows below it move up, so a note typed beside a
 * measure's row may now stand beside another measure. The roll names those cells instead of guessing where they
 * belong.
 */
import { toRange } from '../model/a1';
import type { MeasureCommon, Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { sameName } from '../model/names';
import { findSheet } from '../read/locateTable';
import { sheetBounds, type Bounds } from '../read/sheetCells';
import { isOccupied } from '../sheets/userCells';

/** Cells beside a table whose rows moved: the range that holds them, on one sheet. */
export interface MovedBeside {
  readonly sheet: string;
  readonly range: string;
}

/**
 * The user's cells left or right of `block` (a table as read) from the first row of a measure that left down to
 * the table's last row, outside the product's other blocks on its sheet, as one range; null when there is none.
 */
function besideRows(
  wb: WorkbookSnapshot,
  layout: TableLayout,
  block: Bounds,
  from: number,
  blocks: readonly { readonly sheet: string; readonly box: Bounds }[],
): MovedBeside | null {
  const sheet = findSheet(wb, layout.sheet);
  if (!sheet) return null;
  const owned = blocks.filter((b) => sameName(b.sheet, sheet.sheet)).map((b) => b.box);
  const held = sheetBounds(sheet);
  let box: Bounds | null = null;
  for (let r = Math.max(from, held.top); r <= Math.min(block.bottom, held.bottom); r++)
    for (let c = held.left; c <= held.right; c++) {
      if (c >= block.left && c <= block.right) continue;
      if (owned.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right)) continue;
      if (!isOccupied(sheet, r, c)) continue;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: r, right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
  return box ? { sheet: sheet.sheet, range: toRange(box.top, box.left, box.bottom, box.right) } : null;
}

/** The cells beside the measure tables that finished measures (`finished`: their IDs) left rows under. */
export function movedBeside(
  wb: WorkbookSnapshot,
  plan: Plan,
  finished: readonly string[],
  blockOf: (layout: TableLayout) => Bounds,
  /** The product's table blocks (a list table beside the settings is not the user's). */
  owned: readonly { readonly sheet: string; readonly box: Bounds }[],
): MovedBeside[] {
  const tables: [TableLayout | null, readonly MeasureCommon[]][] = [
    [plan.layouts.operating, plan.operating],
    [plan.layouts.investment, plan.investment],
  ];
  return tables.flatMap(([layout, measures]) => {
    const left = measures.filter((m) => finished.includes(m.id)).map((m) => m.row);
    if (!layout || left.length === 0) return [];
    const found = besideRows(wb, layout, blockOf(layout), Math.min(...left), owned);
    return found ? [found] : [];
  });
}
