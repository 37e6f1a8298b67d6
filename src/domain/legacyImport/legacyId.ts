/**
 * The legacy ID cell of a measure row (SPEC §11, import decisions: "A legacy ID"): what the row's own cell holds,
 * and the ID merged down over it from a row above, which is that row's, not this one's (ids.ts settles both).
 */
import { toA1 } from '../model/a1';
import type { CellValue } from '../model/snapshot';
import type { LegacyRowContext } from './context';
import type { Bounds } from '../read/sheetCells';
import { loggedText } from './textValue';
import type { LegacyColumn } from './header';

/**
 * A row's legacy ID cell: `typed` its own value; `merged` when an ID merged down from a row above covers the
 * cell (`row` the merge's first row, whose ID it is).
 */
export interface LegacyId {
  readonly cell: string;
  readonly typed: string | number | null;
  readonly merged?: { readonly typed: string | number; readonly range: string; readonly row: number };
}

/** A cell's value as the log shows it: a number as a number, text trimmed (loggedText), null when empty. */
function typedValue(ctx: LegacyRowContext, value: CellValue): string | number | null {
  if (typeof value === 'number') return value;
  const text = loggedText(ctx, value);
  return text === '' ? null : text;
}

/**
 * A row's legacy ID cell. Unlike a text merged down (Ansvarlig, Tiltak), an ID merged down over several rows is
 * not each row's: an ID names one measure, and Excel keeps the merge's value in its first cell only. The rows
 * it covers have no ID of their own (they get new ones, ids.ts), and the merge is kept for the log. A merge written
 * on a row that is no measure (the section row over its group) is the ID of the first measure row it covers.
 */
export function legacyIdOf(
  ctx: LegacyRowContext,
  row: number,
  col: LegacyColumn,
  measureRows: readonly number[],
): LegacyId {
  const cell = toA1(row, col.col);
  const typed = typedValue(ctx, ctx.grid.raw(row, col.col));
  const m = typed === null ? ctx.grid.mergeAt(row, col.col) : null;
  const top = m && m.top < row ? typedValue(ctx, ctx.grid.raw(m.top, m.left)) : null;
  if (!m || top === null) return { cell, typed };
  const range = `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
  const first = firstMeasureRow(ctx, m, row, measureRows);
  if (first === row) {
    ctx.note(cell, { code: 'merged-cell', params: { value: String(top), range } });
    return { cell, typed: top };
  }
  return { cell, typed, merged: { typed: top, range, row: first } };
}

/**
 * The first measure row a merge down over `row` covers (`measureRows`: the table's measure rows read before `row`),
 * or `row` itself when none comes before it: a merge written on a section row for the group under it gives its ID
 * or priority to the group's first measure, not to the heading, which has none.
 */
export function firstMeasureRow(ctx: LegacyRowContext, m: Bounds, row: number, measureRows: readonly number[]): number {
  // A merge reaching down from the header is the header's: its first row stays the row named.
  if (m.top < ctx.table.firstDataRow) return m.top;
  return measureRows.find((r) => r >= m.top && r < row) ?? row;
}
