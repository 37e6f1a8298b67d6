/**
 * The view a user gave a sheet of hers: a column she sized (Format › Column Width, a dragged border) and panes she
 * froze or split. The product sets a width and freezes the header row on the sheets and tables it makes; on a sheet
 * that already holds her view, those edits would undo it, so a write into her workbook (a repair, a roll into the
 * file she rolls) leaves them out. What the snapshot knows of her view is what the adapter could read
 * (SheetSnapshot.pane, sizedColumns): a source that cannot say keeps the product's edits.
 */
import { columnNumber } from '../model/a1';
import type { Edit } from '../model/edits';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';

/** Widths the product gives: sheet (lower case) → column number → widths (repair/productWidths.ts). */
type Widths = ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<number>>>;

/**
 * Whether `e` sets the width of a column the user sized on her sheet in `wb`. A width is hers only when it is not
 * one the product gives that column (`product`): a sheet the product made, saved by Excel, has its own widths on
 * every column of its tables, and those must give way when the table is made anew at other columns.
 */
export function sizedByHer(e: Edit, wb: WorkbookSnapshot, product?: Widths): boolean {
  if (e.kind !== 'setColumnWidth') return false;
  const col = columnNumber(e.column);
  const theirs = product?.get(e.sheet.toLowerCase())?.get(col);
  return (findSheet(wb, e.sheet)?.sizedColumns ?? []).some(
    (s) => col >= s.min && col <= s.max && !(s.width !== undefined && theirs?.has(s.width) === true),
  );
}

/** Whether `e` freezes rows of a sheet in `wb` the user divided into panes herself (frozen, or split). */
export function frozenByHer(e: Edit, wb: WorkbookSnapshot): boolean {
  return e.kind === 'freezeRows' && findSheet(wb, e.sheet)?.pane !== undefined;
}

/**
 * `edits` without those that would undo her view of a sheet in `wb` (a width she gave, panes she made); `product`:
 * the widths the product gives, which are not hers.
 */
export function keepingHerView(edits: readonly Edit[], wb: WorkbookSnapshot, product?: Widths): Edit[] {
  return edits.filter((e) => !sizedByHer(e, wb, product) && !frozenByHer(e, wb));
}
