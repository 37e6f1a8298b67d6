/**
 * Where a legacy measures table's rows end (SPEC §11): at the next table's header or its title, or at an empty row
 * the table does not continue after (an empty row between two sections, or before the last measures, does not end
 * it). Which row is a header is header.ts's to say: it is passed in (isHeaderRow), as header.ts calls this.
 */
import type { CellValue } from '../model/snapshot';
import { gridText, isEmptyRow, type Grid } from './grid';
import { isCapitalised } from './cells';
import { loneText, TITLE_REACH } from './title';
import type { LegacyKey } from './columns';

/** A column of a header as this file needs it: where it stands and what it holds (LegacyColumn). */
type KeyedColumn = { readonly col: number; readonly key: LegacyKey | null };

/** Whether a row is a header row (header.ts isHeaderRow). */
type IsHeaderRow = (grid: Grid, row: number) => boolean;

/** A measure row: a number in the Prioritet column and text in the Tiltak column. */
export function isMeasureRow(grid: Grid, row: number, columns: readonly KeyedColumn[]): boolean {
  const priority = columns.find((c) => c.key === 'priority');
  const measure = columns.find((c) => c.key === 'measure');
  if (!priority || !measure) return false;
  const p = gridText(grid.raw(row, priority.col));
  return /^\d+\.?$/.test(p) && gridText(grid.filled(row, measure.col)) !== '';
}

/**
 * Whether the rows after an empty row still belong to the table (an empty row between two sections, or
 * before the last measures): they start with a measure row, or with a section row in capitals followed
 * by one (with notes typed beside the heading, when the row holds texts only). A title ("6.2
 * Utviklingstiltak investering"), a note or nothing ends the table.
 */
function continuesTable(
  grid: Grid,
  row: number,
  columns: readonly KeyedColumn[],
  left: number,
  right: number,
): boolean {
  if (isMeasureRow(grid, row, columns)) return true;
  const filled: CellValue[] = [];
  for (let c = left; c <= right; c++) if (gridText(grid.raw(row, c)) !== '') filled.push(grid.raw(row, c));
  const [first] = filled;
  const texts = filled.every((v) => typeof v === 'string');
  return texts && isCapitalised(gridText(first ?? null)) && isMeasureRow(grid, row + 1, columns);
}

/**
 * A table's title ("Tabell 6.2 Utviklingstiltak investering (mill kr)"): one text alone on its row, with only
 * empty rows between it and a header row below. It belongs to the table under it, never to the one above,
 * even when no empty row separates it from that table's last row. A text starting in lower case is no title:
 * it is the last measure's text wrapped onto the next row ("årsverk innen 2015.", wrapped.ts).
 */
function isTitleAbove(grid: Grid, row: number, isHeaderRow: IsHeaderRow): boolean {
  const lone = loneText(grid, row);
  if (lone === null || /^\p{Ll}/u.test(lone.text)) return false;
  for (let r = row + 1; r <= Math.min(grid.bottom, row + TITLE_REACH); r++) {
    if (isHeaderRow(grid, r)) return true;
    if (!isEmptyRow(grid, r, grid.left, grid.right)) return false;
  }
  return false;
}

/**
 * The last data row of a table whose first is `firstDataRow`: the rows run until the next table's header or title,
 * or an empty row the table does not continue after (continuesTable); `firstDataRow - 1` when it has none.
 */
export function findLastDataRow(
  grid: Grid,
  firstDataRow: number,
  { columns, left, right }: { readonly columns: readonly KeyedColumn[]; readonly left: number; readonly right: number },
  isHeaderRow: IsHeaderRow,
): number {
  let last = firstDataRow - 1;
  for (;;) {
    let next = last + 1;
    while (next <= grid.bottom && isEmptyRow(grid, next, left, right)) next++;
    if (next > grid.bottom || isHeaderRow(grid, next) || isTitleAbove(grid, next, isHeaderRow)) break;
    if (next > last + 1 && !continuesTable(grid, next, columns, left, right)) break;
    last = next;
  }
  return last;
}
