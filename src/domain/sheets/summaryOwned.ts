/**
 * Which cells of Sammendrag are the product's (SPEC §11): the block it wrote last time, recorded in the workbook
 * name omrSammendrag. A sheet written before that name existed (or whose name was deleted in Name Manager) is read
 * by the product's block layout instead (review r22): from A1, the product's title, then blocks of rows that each
 * start in column A, one empty row between two, the last one its checks (title, header and two rows). The head
 * (title, then a label and its value a row) is two columns wide; every other block as wide as its header row (the
 * first after its title that runs past column A), filled without a gap from column A; a title stands alone (or with
 * its caption in B). A note the user typed beside a block, its head's values or a title, in the empty row before a
 * block's title, or under the checks is hers: kept, or named when the new block would cover it (review r25).
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

/** The head's columns: a label and its value (the title and the note on top stand in column A alone). */
const HEAD_COLUMNS = 2;

/** The titles a block of Sammendrag starts with, in bokmål and in `text`'s language. */
function blockTitles(text: SummaryText): Set<string> {
  const titles = (t: SummaryText) => [
    t.operatingTitle,
    t.newMoneyTitle,
    t.frameTitle,
    t.areaTitle,
    t.responsibleTitle,
    t.investmentTitle,
    t.statusTitle,
    t.notCostedTitle,
    t.checksTitle,
  ];
  return new Set([...titles(SUMMARY_TEXT_NB), ...titles(text)]);
}

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
 * The product's blocks by its layout (see top): each its title row (column A, and B when that holds the caption the
 * product writes there), then a rectangle over its other rows, from column A to its width (the head's two columns,
 * another block's header row); they end with the checks block, or, in a sheet without one, at
 * two empty rows running. A row filled just above a block's title stands where the product left a row empty: hers.
 */
function laidOutBlocks(sheet: SheetSnapshot, text: SummaryText): Bounds[] {
  const titles = blockTitles(text);
  const isTitle = (row: number) => titles.has(cellText(cellAt(sheet, row, 1)).trim());
  const checksTitles = [SUMMARY_TEXT_NB.checksTitle, text.checksTitle];
  const captions = [SUMMARY_TEXT_NB.valuesNote, text.valuesNote];
  const blocks: Bounds[] = [];
  let row = 1;
  for (;;) {
    const top = row;
    const ends: number[] = [];
    const checks = checksTitles.includes(cellText(cellAt(sheet, top, 1)).trim());
    const last = checks ? top + CHECK_ROWS_AFTER_TITLE : Infinity;
    for (let end = runEnd(sheet, row); end > 0 && row <= last; end = runEnd(sheet, ++row)) {
      if (row > top && (isTitle(row) || isTitle(row + 1))) break;
      ends.push(end);
    }
    if (ends.length === 0) return blocks;
    const bottom = top + ends.length - 1;
    const header = ends.slice(1).find((end) => end > 1);
    const right = top === 1 ? Math.min(HEAD_COLUMNS, Math.max(...ends)) : (header ?? Math.max(...ends));
    // The title stands alone in column A, or with its caption beside it («Verdier fra siste kontroll, …»).
    const caption = captions.includes(cellText(cellAt(sheet, top, 2)).trim());
    blocks.push({ top, left: 1, bottom: top, right: Math.min(right, caption ? 2 : 1) });
    if (bottom > top) blocks.push({ top: top + 1, left: 1, bottom, right });
    if (checks) return blocks;
    // The next block: at a title met right under this one, or after the row left empty (or typed in) between.
    row = isTitle(bottom + 1) ? bottom + 1 : bottom + 2;
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
  return laidOutBlocks(sheet, text);
}
