/**
 * Total rows of a legacy table (SPEC §11): a total row is never a measure. A row is one when its first text
 * is a total word ("Sum", "Sum drift", "Totalt", "I alt", "SUM INVESTERING" …) and it is no measure of its
 * own (judgeTotalRow), or when an amount cell sums rows above it (=SUM(C5:C12), =SUBTOTAL(9,C5:C12)); a
 * row's own Sum periode (=SUM(C13:F13)) does not count.
 */
import { parseRange } from '../model/a1';
import { gridText, type Grid } from './grid';
import type { LegacyTable } from './header';
import type { CellValue } from '../model/snapshot';
import { classifyAmount, priorityNumber } from './cells';
import { AMOUNT_KEYS } from './columns';
import type { ImportDecisionKind } from './decisions';
import { isTotalLabel } from '../measures/totalLabel';
import { ownText } from '../model/dashOnly';

/**
 * The ranges of a =SUM(...) formula, or of =SUBTOTAL(9 or 109, ...) (what Excel's AutoSum writes under a
 * filtered list: a sum too), or [] for any other formula.
 */
function sumRanges(formula: string): string[] {
  const m = /^=\s*(?:SUM\s*\(|SUBTOTAL\s*\(\s*(?:9|109)\s*[,;])(.*)\)\s*$/i.exec(formula.trim());
  if (!m) return [];
  return (m[1] ?? '').split(/[,;]/).map((r) => r.replace(/\$/g, '').trim());
}

/** Whether the formula sums cells that all lie above `row` (the measures above a total row). */
function sumsRowsAbove(formula: string, row: number): boolean {
  const ranges = sumRanges(formula).map((r) => parseRange(r.includes(':') ? r : `${r}:${r}`));
  return ranges.length > 0 && ranges.every((b) => b !== null && b.bottom < row);
}

/** The measure rows read so far above a row: of its section, and of the whole table. */
export interface RowsAbove {
  readonly section: readonly number[];
  readonly table: readonly number[];
}

/**
 * What the total-row test decided: `total` rows are skipped; a row with a total word that is kept as a
 * measure says so too (`total: false`), so the user can check it.
 */
export interface TotalRowVerdict {
  readonly total: boolean;
  readonly decision: ImportDecisionKind;
}

/** A cell's text, "" for a dash-only cell ("-", "----", "—"): a Word table's filler is no text (SPEC §7). */
const textOf = (value: CellValue): string => (typeof value === 'string' ? ownText(value) : gridText(value));

/**
 * The row's first text, the measure text taken from a merge over it (a Tiltak written once for a group); a
 * dash-only cell is skipped ("----" | "Sum" reads "Sum").
 */
function firstText(grid: Grid, table: LegacyTable, row: number): string {
  const measure = table.columns.find((c) => c.key === 'measure')?.col;
  for (let c = table.left; c <= table.right; c++) {
    const value = c === measure ? grid.filled(row, c) : grid.raw(row, c);
    if (typeof value === 'string' && ownText(value) !== '') return value.trim();
  }
  return '';
}

/** A priority number, or an ID or Ref. of its own (not a dash): what a measure has and a total row has not. */
function hasIdentity(grid: Grid, table: LegacyTable, row: number): boolean {
  return table.columns.some((c) =>
    c.key === 'priority'
      ? priorityNumber(grid.raw(row, c.col)) !== null
      : (c.key === 'id' || c.key === 'ref') && textOf(grid.raw(row, c.col)) !== '',
  );
}

/** A cell as a number to add up: "----" and empty are 0; text, a status or a formula without result is none. */
function addend(grid: Grid, row: number, col: number): number | null {
  const a = classifyAmount(grid.raw(row, col));
  if (a.kind === 'number') return a.value;
  return a.kind === 'empty' || a.kind === 'placeholder' ? 0 : null;
}

/**
 * Whether every amount of `row` is the sum of that column over `rows` (at least two of them, and some
 * amount not 0: one row, or nothing but zeros, proves nothing). Compared as typed, in the column's unit.
 */
function isSumOf(grid: Grid, table: LegacyTable, row: number, rows: readonly number[]): boolean {
  const cols = table.columns.filter(
    (c) => c.key !== null && (AMOUNT_KEYS.has(c.key) || c.key.startsWith('year:') || c.key === 'periodSum'),
  );
  if (rows.length < 2) return false;
  let some = false;
  for (const { col } of cols) {
    const own = addend(grid, row, col);
    if (own === null) return false;
    const sum = rows.reduce((s, r) => s + (addend(grid, r, col) ?? 0), 0);
    if (Math.abs(own - sum) > 1e-9 * Math.max(1, Math.abs(sum))) return false;
    some ||= own !== 0;
  }
  return some;
}

/** Whether every amount of the row is the sum of the measures above it, in its section or in the whole table. */
const sumsAbove = (grid: Grid, table: LegacyTable, row: number, above: RowsAbove): boolean =>
  isSumOf(grid, table, row, above.section) || isSumOf(grid, table, row, above.table);

/** The first =SUM over rows above found in the row's cells, or "". */
function sumFormula(grid: Grid, table: LegacyTable, row: number): string {
  for (let c = table.left; c <= table.right; c++) {
    const formula = grid.formula(row, c);
    if (formula !== '' && sumsRowsAbove(formula, row)) return formula.trim();
  }
  return '';
}

/**
 * Whether data row `row` of `table` is a total row (SPEC §11, docs/spec.md §11 for the decision): a total
 * word as its first text on a row without a priority, ID or Ref. of its own; or a total word on a row
 * whose amounts are the sum of the measures above it in its section or table; or an amount that is a
 * =SUM over rows above; or a row with no text, priority, ID or Ref. whose amounts are such sums (typed by
 * hand). A total word on a row with its own priority and amounts of its own ("Sum opp kartlegging",
 * priority 3) is a measure, logged. Null for any other row.
 */
export function judgeTotalRow(grid: Grid, table: LegacyTable, row: number, above: RowsAbove): TotalRowVerdict | null {
  const text = firstText(grid, table, row);
  const label = isTotalLabel(text);
  if (label && !hasIdentity(grid, table, row))
    return { total: true, decision: { code: 'total-row-label', params: { row, label: text } } };
  if (label && sumsAbove(grid, table, row, above))
    return { total: true, decision: { code: 'total-row-sum', params: { row, label: text } } };
  const formula = sumFormula(grid, table, row);
  if (formula !== '') return { total: true, decision: { code: 'total-row-formula', params: { row, formula } } };
  // A row of bare sums typed under the measures (no text, priority, ID or Ref.) is a total row too.
  if (text === '' && !hasIdentity(grid, table, row) && sumsAbove(grid, table, row, above))
    return { total: true, decision: { code: 'total-row-unlabelled', params: { row } } };
  return label ? { total: false, decision: { code: 'total-label-measure', params: { row, label: text } } } : null;
}
