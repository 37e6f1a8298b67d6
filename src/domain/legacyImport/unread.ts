/**
 * What looks like measures but is not read gets a line in the log (SPEC §11: a log of every decision, nothing
 * lost without one). A header with a Tiltak heading and amount headings but no Prioritet or number heading
 * heads no table (header.ts), and a table ends at an empty row unless a measure row with a priority follows:
 * the header row, and each row after a table's end with a Tiltak text (or a priority) and an amount, are named,
 * for the user to add the priority (or the text) and import again. Rows of a plan text under the table (a title, a note, a table of the
 * handlingsplan with its costs in words) have no number in an amount column and get no line.
 */
import { toA1 } from '../model/a1';
import { classifyAmount, priorityNumber } from './cells';
import { AMOUNT_KEYS, COST_YEAR, headerYear, isCostHeading, matchLegacyHeader } from './columns';
import type { Note } from './decisions';
import { gridText, isEmptyRow, type Grid } from './grid';
import { isHeaderRow, type LegacyTable } from './header';

/** Whether a heading names an amount: a year, Samlet kostnad, a financing column, År. */
const isAmountHeading = (key: string | null): boolean =>
  key !== null && (AMOUNT_KEYS.has(key) || key === COST_YEAR || key.startsWith('year:'));

/** Whether a number stands in one of `cols` on the rows under `row`, down to the first empty row. */
function numberBelow(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (let r = row + 1; r <= grid.bottom && !isEmptyRow(grid, r, grid.left, grid.right); r++)
    if (cols.some((c) => classifyAmount(grid.raw(r, c)).kind === 'number')) return true;
  return false;
}

/**
 * The Tiltak heading's cell of a row that heads a measures table but for its priority, else null. A bare «Kostnad»
 * heading counts only with a number under it: a handlingsplan table whose «Kostnad» is in words («Fra 0,5 mill i
 * 2011») heads no measures of the plan.
 */
function unreadHeader(grid: Grid, row: number): { readonly col: number; readonly text: string } | null {
  if (isHeaderRow(grid, row)) return null;
  let measure: { col: number; text: string } | null = null;
  let amounts = false;
  const costs: number[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const text = gridText(grid.raw(row, c));
    if (text === '') continue;
    const year = headerYear(text);
    const key = year !== null ? `year:${year}` : matchLegacyHeader(text);
    if (key === 'measure') measure ??= { col: c, text };
    else if (isCostHeading(text)) costs.push(c);
    else if (isAmountHeading(key)) amounts = true;
  }
  return amounts || (costs.length > 0 && numberBelow(grid, row, costs)) ? measure : null;
}

/**
 * A row after a table's end with a number in one of the table's amount columns and a Tiltak text, or else a
 * priority number (a measure whose text is missing): what it holds, or null.
 */
function looksLikeMeasure(grid: Grid, table: LegacyTable, row: number): UnreadRow | null {
  const measure = table.columns.find((c) => c.key === 'measure');
  const priority = table.columns.find((c) => c.key === 'priority');
  const text = measure ? gridText(grid.raw(row, measure.col)) : '';
  const number = priority ? priorityNumber(grid.raw(row, priority.col)) : null;
  if (!measure || (text === '' && number === null)) return null;
  const amount = table.columns.some(
    (c) => isAmountHeading(c.key) && classifyAmount(grid.raw(row, c.col)).kind === 'number',
  );
  if (!amount) return null;
  if (text === '') return { col: priority?.col ?? measure.col, priority: number ?? 0 };
  return number === null ? { col: measure.col, text } : { col: measure.col, text, ranked: number };
}

/**
 * A measure-like row not read: its Tiltak text (with its priority, `ranked`, when it has one too), or its priority
 * when it has no text, and the cell to name.
 */
type UnreadRow = { readonly col: number } & (
  { readonly text: string; readonly ranked?: number } | { readonly priority: number }
);

/** Logs, for one sheet, the headers of tables not read and the measure-like rows after each table read. */
export function noteUnread(grid: Grid, tables: readonly LegacyTable[], note: Note): void {
  const inTable = (row: number): boolean => tables.some((t) => row >= t.headerRow && row <= t.lastDataRow);
  const headers: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const header = inTable(r) ? null : unreadHeader(grid, r);
    if (!header) continue;
    headers.push(r);
    note(grid.sheet, toA1(r, header.col), { code: 'unread-header', params: { row: r, column: header.text } });
  }
  for (const table of tables) {
    const starts = [...headers, ...tables.map((t) => t.headerRow)].filter((r) => r > table.lastDataRow);
    const end = Math.min(grid.bottom, ...starts.map((r) => r - 1));
    const measure = table.columns.find((c) => c.key === 'measure');
    for (let r = table.lastDataRow + 1; r <= end && measure; r++) {
      const found = looksLikeMeasure(grid, table, r);
      const last = table.lastDataRow;
      if (found && 'text' in found && found.ranked !== undefined)
        note(grid.sheet, toA1(r, found.col), {
          code: 'unread-row-ranked',
          params: { row: r, text: found.text, priority: found.ranked, last },
        });
      else if (found && 'text' in found)
        note(grid.sheet, toA1(r, found.col), { code: 'unread-row', params: { row: r, text: found.text, last } });
      else if (found)
        note(grid.sheet, toA1(r, found.col), {
          code: 'unread-row-priority',
          params: { row: r, priority: found.priority, last },
        });
    }
  }
}
