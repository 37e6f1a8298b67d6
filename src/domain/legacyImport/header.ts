/**
 * Finds legacy measures tables anywhere in a sheet by header search (SPEC §2, §11): a header row with
 * a priority and a measure column, optionally followed by a second header row under merged group
 * cells ("Kostnad – Mill kr." over Samlet kostnad and the year columns). Where its data rows end: tableEnd.ts.
 */
import { toA1 } from '../model/a1';
import { gridText, isEmptyRow, type Grid } from './grid';
import { headerYear, matchLegacyHeader, NUMBER, type LegacyKey } from './columns';
import { settleNumbers, type Heading } from './numberColumns';
import { titleOf, type TableTitle } from './title';
import { findLastDataRow, isMeasureRow } from './tableEnd';

export interface LegacyColumn {
  readonly col: number;
  /** The column's own header text (the lower header row when there are two). */
  readonly text: string;
  /** The group header above it ("" when none). */
  readonly group: string;
  /** The mapped key, `year:<yyyy>` for a year column, or null for an unknown column. */
  readonly key: LegacyKey | null;
  /** A1 address of the cell holding `text`. */
  readonly cell: string;
  /** A number heading ("Nr.", "Tiltak nr") that `key` was settled from by where it stands (numberColumns.ts). */
  readonly numbered?: true;
}

export interface LegacyTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headerRows: 1 | 2;
  /** An empty row typed between the two header rows (the second one read after it), logged; absent: none. */
  readonly headerGap?: number;
  readonly columns: readonly LegacyColumn[];
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly left: number;
  readonly right: number;
  /**
   * The columns whose cells on its measure rows are the table's, headed or not: from the sheet's edge, or where
   * a table beside it starts, to the next table or the sheet's edge (leftover.ts keeps those outside its headings).
   */
  readonly reach: { readonly left: number; readonly right: number };
  /** The title above the header ("Tabell 6.1 … (mill kr)"), its cell and notes, or null (units.ts reads a unit in it). */
  readonly title: TableTitle | null;
}

/** The headings of a row's own cells as their texts map, number headings ("Nr.") not yet settled. */
function rawHeadings(grid: Grid, row: number): Heading[] {
  const heads: Heading[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const text = gridText(grid.raw(row, c));
    if (text === '') continue;
    heads.push({ col: c, key: headerYear(text) !== null ? 'year' : matchLegacyHeader(text) });
  }
  return heads;
}

/** The headings of a row's own cells, number headings settled ("Nr." before Tiltak is the priority). */
function rowHeadings(grid: Grid, row: number): Heading[] {
  return settleNumbers(rawHeadings(grid, row));
}

function keysInRow(grid: Grid, row: number): Set<LegacyKey> {
  return new Set(rowHeadings(grid, row).flatMap((h) => (h.key ? [h.key] : [])));
}

/** A header row holds both a priority and a measure heading. */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const keys = keysInRow(grid, row);
  return keys.has('priority') && keys.has('measure');
}

/**
 * The second header row: no priority number, it names a known column or a year, and some of its cells
 * stand under a group (a cell merged across, or an empty top cell). A section row right under a one-row
 * header ("TILTAK FOR BARN", "ANSVAR OG ORGANISERING") starts with a header word too, but stands under
 * the header's own Prioritet or Tiltak cell (or number heading): no second header row has a cell there, so
 * such a row is no header even with a note typed beside it under no heading.
 */
function isSubHeaderRow(grid: Grid, row: number, above = row - 1): boolean {
  if (row > grid.bottom || isHeaderRow(grid, row)) return false;
  const own = new Set(
    rawHeadings(grid, above)
      .filter((h) => h.key === 'priority' || h.key === 'measure' || h.key === NUMBER)
      .map((h) => h.col),
  );
  let underGroup = false;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'number' && headerYear(String(v)) === null) return false;
    if (gridText(v) === '') continue;
    if (own.has(c)) return false;
    const group = grid.mergeAt(above, c);
    if (gridText(grid.raw(above, c)) === '' || (group !== null && group.right > group.left)) underGroup = true;
  }
  return underGroup && keysInRow(grid, row).size > 0;
}

/** Without merge information, a group cell reaches right over empty top cells whose lower cells are filled. */
function inferredGroup(grid: Grid, row: number, sub: number, col: number): string {
  for (let p = col - 1; p >= grid.left; p--) {
    const top = gridText(grid.raw(row, p));
    const bottom = gridText(grid.raw(sub, p));
    if (bottom === '') return '';
    if (top !== '') return grid.mergeAt(row, p) ? '' : top;
  }
  return '';
}

/** A column of the header at `row`, with its second header row `sub` (null: a one-row header). */
function readColumn(grid: Grid, row: number, sub: number | null, col: number): LegacyColumn | null {
  const two = sub !== null;
  const top = gridText(grid.filled(row, col));
  const bottom = two ? gridText(grid.filled(sub, col)) : '';
  const merge = grid.mergeAt(row, col);
  const vertical = merge !== null && merge.bottom > row;
  let text = top;
  let group = '';
  let cell = merge ? toA1(merge.top, merge.left) : toA1(row, col);
  if (two && bottom !== '' && !vertical) {
    text = bottom;
    group = top !== '' ? top : grid.mergeAt(row, col) ? '' : inferredGroup(grid, row, sub, col);
    const under = grid.mergeAt(sub, col);
    cell = under ? toA1(under.top, under.left) : toA1(sub, col);
  }
  if (text === '') return null;
  const year = headerYear(text);
  const key =
    year !== null
      ? `year:${year}`
      : (matchLegacyHeader(text) ?? (group ? matchLegacyHeader(`${group} ${text}`) : null));
  return { col, text, group, key, cell };
}

/** Columns of a header row that one table spans. */
interface Span {
  readonly left: number;
  readonly right: number;
}

/**
 * The Prioritet and Tiltak headings of a header row, for splitting it into tables: a number heading ("Nr.",
 * "Tiltak nr") whose next such heading is a Tiltak counts as a Prioritet, as it is one in a table without
 * Prioritet. The row is not settled as a whole here: a Prioritet of the table beside it would make that
 * "Nr." a Ref. and leave its table without a priority, so nothing would split (tableAt settles each table).
 */
function spanHeadings(grid: Grid, row: number): { readonly col: number; readonly key: LegacyKey }[] {
  const heads = rawHeadings(grid, row).filter((h) => h.key === 'priority' || h.key === 'measure' || h.key === NUMBER);
  return heads.flatMap(({ col, key }, i) => {
    if (key !== NUMBER) return key ? [{ col, key }] : [];
    return heads[i + 1]?.key === 'measure' ? [{ col, key: 'priority' }] : [];
  });
}

/**
 * The tables a header row heads, left to right: a second Prioritet heading (or number heading before a Tiltak)
 * after a table already has a Prioritet and a Tiltak starts the next table (6.1 and 6.2 typed side by side on
 * one sheet), so that no row's amounts mix two tables; a second Tiltak right before it ("Tiltak | Prioritet"
 * order) goes with it. A repeated heading with no Tiltak after it ("Prioritet 2026") splits nothing. Only a
 * cell's own text counts: a heading merged across columns is one heading.
 */
function headerSpans(grid: Grid, row: number): Span[] {
  const heads = spanHeadings(grid, row);
  const spans: Span[] = [];
  let left = grid.left;
  let seen = new Set<LegacyKey>();
  let repeatedMeasure: number | null = null;
  for (const { col, key } of heads) {
    const full = seen.has('priority') && seen.has('measure');
    if (full && key === 'measure') repeatedMeasure ??= col;
    const at = repeatedMeasure ?? col;
    if (full && key === 'priority' && heads.some((h) => h.key === 'measure' && h.col >= at && h.col !== col)) {
      spans.push({ left, right: at - 1 });
      left = at;
      seen = new Set(repeatedMeasure !== null ? ['measure'] : []);
      repeatedMeasure = null;
    }
    seen.add(key);
  }
  spans.push({ left, right: grid.right });
  return spans;
}

/** The header's columns within `span`, its second header row `sub` (null: none), number headings settled. */
function readColumns(grid: Grid, row: number, sub: number | null, span: Span): LegacyColumn[] {
  const read: LegacyColumn[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const column = readColumn(grid, row, sub, c);
    if (column) read.push(column);
  }
  return settleNumbers(read);
}

/**
 * The second header row: the row under the header, or the row after one empty row under it (a blank line typed
 * between the two header rows) when a measure row follows it, read under the headings it completes; else none.
 */
function subHeader(grid: Grid, row: number, span: Span): number | null {
  if (isSubHeaderRow(grid, row + 1)) return row + 1;
  const sub = row + 2;
  if (!isEmptyRow(grid, row + 1, span.left, span.right) || !isSubHeaderRow(grid, sub, row)) return null;
  return isMeasureRow(grid, sub + 1, readColumns(grid, row, sub, span)) ? sub : null;
}

function tableAt(grid: Grid, row: number, floor: number, span: Span): LegacyTable {
  const sub = subHeader(grid, row, span);
  const two = sub !== null;
  const columns = readColumns(grid, row, sub, span);
  const left = columns[0]?.col ?? grid.left;
  const right = columns[columns.length - 1]?.col ?? grid.left;
  const firstDataRow = (sub ?? row) + 1;
  const last = findLastDataRow(grid, firstDataRow, { columns, left, right }, isHeaderRow);
  return {
    sheet: grid.sheet,
    headerRow: row,
    headerRows: two ? 2 : 1,
    ...(sub !== null && sub > row + 1 ? { headerGap: row + 1 } : {}),
    columns,
    firstDataRow,
    lastDataRow: last,
    left,
    right,
    reach: { left: span.left, right: span.right },
    title: titleOf(grid, row, floor, span),
  };
}

/** Every legacy measures table of a sheet, top to bottom. */
export function findLegacyTables(grid: Grid): LegacyTable[] {
  const tables: LegacyTable[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (!isHeaderRow(grid, r)) continue;
    const floor = (tables[tables.length - 1]?.lastDataRow ?? grid.top - 1) + 1;
    let last = r;
    for (const span of headerSpans(grid, r)) {
      const table = tableAt(grid, r, floor, span);
      tables.push(table);
      last = Math.max(last, table.lastDataRow);
    }
    r = last;
  }
  return tables;
}
