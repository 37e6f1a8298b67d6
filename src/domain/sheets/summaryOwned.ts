/**
 * Which cells of Sammendrag are the product's (SPEC §11): the block it wrote last time, recorded in the workbook
 * name omrSammendrag. A sheet written before that name existed (or whose name was deleted in Name Manager) is read
 * by the product's block layout instead (review r22): from A1, the product's title, then blocks of rows that each
 * start in column A, one empty row between two, the last one its checks (title, header and two rows). Each block's
 * cells run from column A as far as a row of it is filled without a gap; a note the user typed beside a block (after
 * an empty column) or under the checks is hers: kept, or named when the new block would cover it.
 */
import { parseRange } from '../model/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';
import { cellAt, cellText, type Bounds } from '../read/sheetCells';
import { SHEETS } from '../model/schema';
import { SUMMARY_TEXT_NB, type SummaryText } from '../model/sheetText';
import { isOccupied } from './userCells';

/**
 * The workbook name that records the block of Sammendrag the product wrote, so that the next run clears
 * that block and nothing else: a note the user typed beside or below the totals stays.
 */
export const SUMMARY_AREA_NAME = 'omrSammendrag';

/** The rows of the checks block after its title (header, financing = base, financing = Kostnadsramme). */
const CHECK_ROWS_AFTER_TITLE = 3;

/** The last column of the cells filled without a gap from column A in `row` (0 when A1 is empty). */
function runEnd(sheet: SheetSnapshot, row: number): number {
  let col = 0;
  while (isOccupied(sheet, row, col + 1)) col++;
  return col;
}

/** The area omrSammendrag records on `sheet`, or null when the name is missing or names another sheet. */
function namedArea(wb: WorkbookSnapshot, sheet: SheetSnapshot): Bounds | null {
  const name = (wb.names ?? []).find((n) => n.name.toLowerCase() === SUMMARY_AREA_NAME.toLowerCase());
  if (!name) return null;
  const bang = name.ref.lastIndexOf('!');
  const onSheet = name.ref
    .slice(0, Math.max(0, bang))
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return onSheet.toLowerCase() === sheet.sheet.toLowerCase() ? parseRange(name.ref) : null;
}

/**
 * The product's blocks by its layout (see top): each a rectangle over its rows, from column A to the widest run of
 * filled cells among them; they end with the checks block, or, in a sheet without one, at two empty rows running.
 */
function laidOutBlocks(sheet: SheetSnapshot, checksTitles: readonly string[]): Bounds[] {
  const blocks: Bounds[] = [];
  let row = 1;
  for (;;) {
    const top = row;
    let right = 0;
    let bottom = top - 1;
    const checks = checksTitles.includes(cellText(cellAt(sheet, top, 1)).trim());
    const last = checks ? top + CHECK_ROWS_AFTER_TITLE : Infinity;
    for (let end = runEnd(sheet, row); end > 0 && row <= last; end = runEnd(sheet, ++row)) {
      right = Math.max(right, end);
      bottom = row;
    }
    if (bottom < top) return blocks;
    blocks.push({ top, left: 1, bottom, right });
    if (checks) return blocks;
    row = bottom + 2;
  }
}

/**
 * Where the product wrote Sammendrag last time, as the blocks it owns: the area omrSammendrag names, or, without
 * the name, the blocks of its layout when A1 holds its title (bokmål or `text`'s); none when nothing there is known
 * to be its own.
 */
export function ownedSummaryAreas(wb: WorkbookSnapshot, text: SummaryText = SUMMARY_TEXT_NB): Bounds[] {
  const sheet = findSheet(wb, SHEETS.summary);
  if (!sheet) return [];
  const named = namedArea(wb, sheet);
  if (named) return [named];
  const title = cellText(cellAt(sheet, 1, 1)).trim();
  if (title !== SUMMARY_TEXT_NB.title && title !== text.title) return [];
  return laidOutBlocks(sheet, [SUMMARY_TEXT_NB.checksTitle, text.checksTitle]);
}
