/**
 * An older Sammendrag, written before its head named the plan (review r27): no «Plannavn» row 2, so every row of the
 * product's from row 2 on stands one row higher than the new block writes it. Her note beside such a row would,
 * kept in its cell, stand beside another row after the run (review r29: «sjekk totalen» in L12 beside «Alle
 * seksjoner» ends beside «Organisasjon»): the run is refused, naming her cell and the cell beside the same row then.
 * Inserting an empty row 2 herself moves her notes with the rows, and the sheet is no longer of the older layout.
 */
import { toA1 } from '../model/a1';
import type { SheetSnapshot } from '../model/snapshot';
import type { UserCell } from '../model/writePlan';
import { SUMMARY_TEXT_NB, type SummaryText } from '../model/sheetText';
import { cellAt, cellText, sheetBounds, type Bounds } from '../read/sheetCells';
import type { OwnedSummary } from './summaryOwned';
import { isOccupied } from './userCells';

/** Whether `sheet` holds the older head: the product's title in A1, then «Periode» (not «Plannavn») in A2. */
function isOldHead(sheet: SheetSnapshot, text: SummaryText): boolean {
  const at = (row: number) => cellText(cellAt(sheet, row, 1)).trim();
  const [title, label] = [at(1), at(2)];
  const titled = title === SUMMARY_TEXT_NB.title || title === text.title;
  return titled && (label === SUMMARY_TEXT_NB.period || label === text.period);
}

const inside = (b: Bounds, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/**
 * Her cells (occupied, in no block of the product's) in a row of an older Sammendrag's blocks that moves
 * one down, anywhere along the row, each with the cell one row down (`rowMoves`); none when the sheet is not of the
 * older layout. `needed` tells a cell the new block writes, refused as such elsewhere (summaryNotes.ts).
 */
export function notesBesideMovedRows(
  sheet: SheetSnapshot,
  owned: OwnedSummary,
  text: SummaryText,
  needed: (row: number, col: number) => boolean,
): UserCell[] {
  if (owned.extent === null || !isOldHead(sheet, text)) return [];
  // Row 1, the title, stays; every row of a block below it moves.
  const rows = new Set(owned.blocks.flatMap((b) => range(Math.max(2, b.top), b.bottom)));
  const held = sheetBounds(sheet);
  const found: UserCell[] = [];
  for (const row of [...rows].sort((a, b) => a - b))
    for (let col = held.left; col <= held.right; col++) {
      if (!isOccupied(sheet, row, col) || needed(row, col)) continue;
      if (owned.blocks.some((b) => inside(b, row, col))) continue;
      found.push({ sheet: sheet.sheet, cell: toA1(row, col), rowMoves: { to: toA1(row + 1, col) } });
    }
  return found;
}

/** top … bottom (none when bottom < top). */
const range = (top: number, bottom: number): number[] =>
  Array.from({ length: Math.max(0, bottom - top + 1) }, (_, i) => top + i);
