/**
 * The product's column widths on a rolled table whose columns' looks move (ColumnLook, columnMoves.ts). Where the
 * roll writes into her workbook, the product's width gives way to a column she sized (sheets/herView.ts), by letter
 * as the sheet stood. When the columns move, her width goes with its column (the file adapter moves the <col>): the
 * product's width on the column it now stands in would undo it, and a column of the product's that moves onto a
 * letter she had sized (for another column) takes the product's width again, not hers.
 */
import { columnNumber } from '../model/a1';
import type { ColumnLook, Edit } from '../model/edits';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';

/** The looks of one rolled table, on its sheet, and the width the product gives each of its columns (by letter). */
export interface LookBlock {
  readonly sheet: string;
  readonly looks: readonly ColumnLook[];
  readonly widths: ReadonlyMap<string, number>;
}

/**
 * What the looks of `block` change in the product's widths: the columns (letters) whose width goes with her look
 * (`keep`: the product's width there dropped), and the product's widths to set again after the looks moved (`set`).
 * Nothing when no column moves: her widths stay by letter, as the product's edits were planned.
 */
export function lookWidths(block: LookBlock, wb?: WorkbookSnapshot): { keep: Set<string>; set: Edit[] } {
  const keep = new Set<string>();
  const set: Edit[] = [];
  if (!wb || block.looks.every((l) => l.from === l.to)) return { keep, set };
  const spans = findSheet(wb, block.sheet)?.sizedColumns ?? [];
  const sized = (letter: string | null): boolean =>
    letter !== null && spans.some((s) => columnNumber(letter) >= s.min && columnNumber(letter) <= s.max);
  for (const { from, to } of block.looks) {
    const width = block.widths.get(to);
    if (sized(from)) keep.add(to);
    else if (sized(to) && width !== undefined)
      set.push({ kind: 'setColumnWidth', sheet: block.sheet, column: to, width });
  }
  return { keep, set };
}
