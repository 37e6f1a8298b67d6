/**
 * Which cells of Sammendrag are the product's (SPEC §11): the block it wrote last time, recorded in the workbook
 * name omrSammendrag. A sheet written before that name existed (or whose name was deleted in Name Manager) is read
 * by the product's block layout instead (review r22): from A1, the product's title, then blocks of rows that each
 * start in column A, one empty row between two, the last one its checks (title, header and two rows). The head
 * (title, then a label and its value a row) is two columns wide; every other block as wide as its header row (the
 * first after its title that runs past column A; its labels and years), filled without a gap from column A; a title stands alone (or with
 * its caption in B). A note the user typed beside a block, its head's values or a title, in the empty row before a
 * block's title, or under the checks is hers: kept, or named when the new block would cover it (review r25).
 */
import { parseRange } from '../model/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { findSheet } from '../read/locateTable';
import { boundsAround, cellAt, cellText, type Bounds } from '../read/sheetCells';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS, SHEETS } from '../model/schema';
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

/** The words the product writes in Sammendrag's header rows: its labels (bokmål and `text`'s) and table columns. */
function headerWords(text: SummaryText): Set<string> {
  const words = (t: SummaryText) => Object.values(t).filter((v): v is string => typeof v === 'string');
  const columns = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS].map((c) => c.header);
  return new Set([...words(SUMMARY_TEXT_NB), ...words(text), ...columns]);
}

/**
 * The last column of a header row's cells from column A that are the product's: its words or a year. A note she
 * typed right after the header is not one of them.
 */
function headerEnd(sheet: SheetSnapshot, row: number, words: ReadonlySet<string>): number {
  const end = runEnd(sheet, row);
  let col = 1;
  while (
    col < end &&
    (words.has(cellText(cellAt(sheet, row, col + 1)).trim()) ||
      /^\d{4}$/.test(cellText(cellAt(sheet, row, col + 1)).trim()))
  )
    col++;
  return col;
}

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

/** Whether every cell of `row` from column `from` to `to` holds something. */
function filledFrom(sheet: SheetSnapshot, row: number, from: number, to: number): boolean {
  for (let col = from; col <= to; col++) if (!isOccupied(sheet, row, col)) return false;
  return to >= from;
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
function laidOutBlocks(sheet: SheetSnapshot, text: SummaryText): { blocks: Bounds[]; checks: boolean } {
  const titles = blockTitles(text);
  const isTitle = (row: number) => titles.has(cellText(cellAt(sheet, row, 1)).trim());
  const checksTitles = [SUMMARY_TEXT_NB.checksTitle, text.checksTitle];
  const captions = [SUMMARY_TEXT_NB.valuesNote, text.valuesNote];
  const periodLabels = [SUMMARY_TEXT_NB.period, text.period];
  const words = headerWords(text);
  const blocks: Bounds[] = [];
  let row = 1;
  for (;;) {
    const top = row;
    const ends: number[] = [];
    const checks = checksTitles.includes(cellText(cellAt(sheet, top, 1)).trim());
    const last = checks ? top + CHECK_ROWS_AFTER_TITLE : Infinity;
    let header: number | undefined;
    for (; row <= last; row++) {
      if (row > top && (isTitle(row) || isTitle(row + 1))) break;
      // A row of the product's with column A empty (a frame without a code) runs from B to the header's width.
      const end = runEnd(sheet, row) || (header !== undefined && filledFrom(sheet, row, 2, header) ? header : 0);
      // An empty row 2 over «Periode»: the row she inserted above an older head (summaryOldHead.ts), still the head.
      if (end === 0 && !(top === 1 && row === 2 && periodLabels.includes(cellText(cellAt(sheet, 3, 1)).trim()))) break;
      if (header === undefined && row > top && end > 1) header = headerEnd(sheet, row, words);
      ends.push(end);
    }
    if (ends.length === 0) return { blocks, checks: false };
    const bottom = top + ends.length - 1;
    const right = top === 1 ? Math.min(HEAD_COLUMNS, Math.max(...ends)) : (header ?? Math.max(...ends));
    // The title stands alone in column A, or with its caption beside it («Verdier fra siste kontroll, …»).
    const caption = captions.includes(cellText(cellAt(sheet, top, 2)).trim());
    blocks.push({ top, left: 1, bottom: top, right: Math.min(right, caption ? 2 : 1) });
    if (bottom > top) blocks.push({ top: top + 1, left: 1, bottom, right });
    if (checks) return { blocks, checks: true };
    // The next block: at a title met right under this one, or after the row left empty (or typed in) between.
    row = isTitle(bottom + 1) ? bottom + 1 : bottom + 2;
  }
}

/** What of Sammendrag is the product's: the blocks it owns, and the rectangle they were written in (`extent`). */
export interface OwnedSummary {
  readonly blocks: readonly Bounds[];
  /**
   * The rectangle omrSammendrag records, or without the name the one over the blocks of the layout; null when
   * nothing is known to be the product's. A cell in it outside every block is hers (review r25).
   */
  readonly extent: Bounds | null;
}

/**
 * Where the product wrote Sammendrag last time, as the blocks it owns. With the name omrSammendrag, the blocks of its
 * layout when they run from A1 to the checks on the name's last row (review r25: an empty cell of the named rectangle
 * beside a row or title is not the product's, and a note she typed there is hers), else the whole rectangle the name
 * records. Without the name, the blocks of its layout when A1 holds its title (bokmål or `text`'s); none when nothing
 * there is known to be its own.
 */
export function ownedSummaryAreas(wb: WorkbookSnapshot, text: SummaryText = SUMMARY_TEXT_NB): OwnedSummary {
  const sheet = findSheet(wb, SHEETS.summary);
  if (!sheet) return { blocks: [], extent: null };
  const named = namedArea(wb, sheet);
  const title = cellText(cellAt(sheet, 1, 1)).trim();
  const titled = title === SUMMARY_TEXT_NB.title || title === text.title;
  if (named) {
    const laid = titled ? laidOutBlocks(sheet, text) : null;
    const last = laid?.blocks[laid.blocks.length - 1];
    const fits = laid !== null && laid.checks && last?.bottom === named.bottom && named.top === 1 && named.left === 1;
    const clipped = (b: Bounds): Bounds => ({ ...b, right: Math.min(b.right, named.right) });
    return { blocks: fits ? laid.blocks.map(clipped) : [named], extent: named };
  }
  const blocks = titled ? laidOutBlocks(sheet, text).blocks : [];
  return { blocks, extent: boundsAround(blocks) };
}
