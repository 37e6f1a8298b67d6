/**
 * Finds legacy measures tables anywhere in a sheet by header search (SPEC §2, §11): a header row with
 * a priority and a measure column, optionally followed by a second header row under merged group
 * cells ("Kostnad – Mill kr." over Samlet kostnad and the year columns). The data rows run until the
 * first empty row or the next table's header.
 */
import { toA1 } from '../model/a1';
import { cellText, isEmptyRow, type Grid } from './grid';
import { headerYear, matchLegacyHeader, type LegacyKey } from './columns';

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
}

export interface LegacyTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headerRows: 1 | 2;
  readonly columns: readonly LegacyColumn[];
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly left: number;
  readonly right: number;
}

function keysInRow(grid: Grid, row: number): Set<LegacyKey> {
  const keys = new Set<LegacyKey>();
  for (let c = grid.left; c <= grid.right; c++) {
    const text = cellText(grid.raw(row, c));
    if (text === '') continue;
    const key = headerYear(text) !== null ? 'year' : matchLegacyHeader(text);
    if (key) keys.add(key);
  }
  return keys;
}

/** A header row holds both a priority and a measure heading. */
function isHeaderRow(grid: Grid, row: number): boolean {
  const keys = keysInRow(grid, row);
  return keys.has('priority') && keys.has('measure');
}

/** The second header row: no priority number, and it names a known column or a year. */
function isSubHeaderRow(grid: Grid, row: number): boolean {
  if (row > grid.bottom || isHeaderRow(grid, row)) return false;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (typeof v === 'number' && headerYear(String(v)) === null) return false;
  }
  return keysInRow(grid, row).size > 0;
}

/** Without merge information, a group cell reaches right over empty top cells whose lower cells are filled. */
function inferredGroup(grid: Grid, row: number, col: number): string {
  for (let p = col - 1; p >= grid.left; p--) {
    const top = cellText(grid.raw(row, p));
    const bottom = cellText(grid.raw(row + 1, p));
    if (bottom === '') return '';
    if (top !== '') return grid.mergeAt(row, p) ? '' : top;
  }
  return '';
}

function readColumn(grid: Grid, row: number, two: boolean, col: number): LegacyColumn | null {
  const top = cellText(grid.filled(row, col));
  const bottom = two ? cellText(grid.filled(row + 1, col)) : '';
  const merge = grid.mergeAt(row, col);
  const vertical = merge !== null && merge.bottom > row;
  let text = top;
  let group = '';
  let cell = merge ? toA1(merge.top, merge.left) : toA1(row, col);
  if (two && bottom !== '' && !vertical) {
    text = bottom;
    group = top !== '' ? top : grid.mergeAt(row, col) ? '' : inferredGroup(grid, row, col);
    const sub = grid.mergeAt(row + 1, col);
    cell = sub ? toA1(sub.top, sub.left) : toA1(row + 1, col);
  }
  if (text === '') return null;
  const year = headerYear(text);
  const key =
    year !== null
      ? `year:${year}`
      : (matchLegacyHeader(text) ?? (group ? matchLegacyHeader(`${group} ${text}`) : null));
  return { col, text, group, key, cell };
}

function tableAt(grid: Grid, row: number): LegacyTable {
  const two = isSubHeaderRow(grid, row + 1);
  const columns: LegacyColumn[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const column = readColumn(grid, row, two, c);
    if (column) columns.push(column);
  }
  const left = columns[0]?.col ?? grid.left;
  const right = columns[columns.length - 1]?.col ?? grid.left;
  const firstDataRow = row + (two ? 2 : 1);
  let last = firstDataRow - 1;
  while (last + 1 <= grid.bottom && !isEmptyRow(grid, last + 1, left, right) && !isHeaderRow(grid, last + 1)) last++;
  return {
    sheet: grid.sheet,
    headerRow: row,
    headerRows: two ? 2 : 1,
    columns,
    firstDataRow,
    lastDataRow: last,
    left,
    right,
  };
}

/** Every legacy measures table of a sheet, top to bottom. */
export function findLegacyTables(grid: Grid): LegacyTable[] {
  const tables: LegacyTable[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (!isHeaderRow(grid, r)) continue;
    const table = tableAt(grid, r);
    tables.push(table);
    r = Math.max(r, table.lastDataRow);
  }
  return tables;
}
