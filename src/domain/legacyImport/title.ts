/**
 * The title above a legacy table ("Tabell 6.1 Utviklingstiltak drift (mill kr)", SPEC §11, import decisions: "A
 * unit in the title above the table"): the nearest filled row above the header, at most two empty rows away. Its
 * one text, or its first when every cell of the row is a text: a note typed beside the title ("Vedtatt 14.09.16")
 * does not hide it (units.ts reads a unit in it), and the note is logged.
 */
import { toA1 } from '../model/a1';
import { gridText, isEmptyRow, type Grid } from './grid';

/** A table's title, its cell, and the notes typed beside it on its row. */
export interface TableTitle {
  readonly text: string;
  readonly cell: string;
  readonly notes: readonly { readonly cell: string; readonly typed: string }[];
}

/** How far above a header row its title may stand: the title row, then up to two empty rows. */
export const TITLE_REACH = 3;

/** The one text of a row (across the whole sheet) and its cell, or null when the row holds none or more. */
export function loneText(grid: Grid, row: number): { readonly text: string; readonly cell: string } | null {
  let found: { text: string; cell: string } | null = null;
  for (let c = grid.left; c <= grid.right; c++) {
    const v = grid.raw(row, c);
    if (gridText(v) === '') continue;
    if (found !== null || typeof v !== 'string') return null;
    found = { text: v.trim(), cell: toA1(row, c) };
  }
  return found;
}

/**
 * A row as a title: its one text in the table's columns, or its first text when every filled cell there is a text
 * and the first does not start in lower case (the rest are notes beside the title); null when a cell holds a number.
 */
function titleRow(grid: Grid, row: number, span: Span): TableTitle | null {
  const texts: { text: string; cell: string }[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const v = grid.raw(row, c);
    if (gridText(v) === '') continue;
    if (typeof v !== 'string') return null;
    texts.push({ text: v.trim(), cell: toA1(row, c) });
  }
  const [first, ...rest] = texts;
  if (!first || (rest.length > 0 && /^\p{Ll}/u.test(first.text))) return null;
  return { text: first.text, cell: first.cell, notes: rest.map((n) => ({ cell: n.cell, typed: n.text })) };
}

/** The columns a table reaches (a table beside it has its own title). */
interface Span {
  readonly left: number;
  readonly right: number;
}

/**
 * The title of the table whose header is `row`: the nearest row above it, below `floor`, filled in the columns the
 * table reaches (`span`: "Tabell 6.1 …" over the drift table, "Tabell 6.2 …" over the table beside it), if it is one.
 */
export function titleOf(grid: Grid, row: number, floor: number, span: Span): TableTitle | null {
  for (let r = row - 1; r >= Math.max(floor, grid.top, row - TITLE_REACH); r--) {
    if (!isEmptyRow(grid, r, span.left, span.right)) return titleRow(grid, r, span);
  }
  return null;
}
