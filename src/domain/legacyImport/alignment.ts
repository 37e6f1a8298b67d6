/**
 * A header that does not stand over its data. A Word table pasted into Excel can lose or gain an empty cell in
 * one header row, so a heading lands one or two columns beside the figures it names (seed 003's 6.1: «Øk. plan
 * Nye midler» two columns right of the 2,4 it heads, which then stands under «Oppfølgings- ansvarlig»). Read as
 * it stands, money would go to another year or column, or into a text. The evidence: an amount heading with no
 * number on any measure row, and a column that is no amount column holding a number on a measure row, one or two
 * columns away or at the other end of a run of amount columns. The importer then writes nothing and names both cells (the product's choice: SPEC §11
 * leaves the case open; realigning the headings would be a guess about someone's money).
 */
import { toA1 } from '../model/a1';
import type { CellValue } from '../model/snapshot';
import type { Grid } from './grid';
import { classifyAmount, priorityNumber } from './cells';
import type { LegacyColumn, LegacyTable } from './header';
import { isLegacyAmountColumn } from './otherRows';

/** An amount heading with no number under it and the number beside it that it may have meant. */
export interface MisalignedHeading {
  readonly sheet: string;
  /** The amount heading with no number on any measure row: its text and cell. */
  readonly heading: string;
  readonly headingCell: string;
  /** The first number beside it, in a column that is no amount column: its cell, value and that column's heading. */
  readonly cell: string;
  readonly value: number;
  /** The heading over that number ("" when its column has none). */
  readonly under: string;
}

/** Columns whose cells are numbers by nature: a number there says nothing about a shift. */
const NUMBER_KEYS: ReadonlySet<string> = new Set([
  'priority',
  'id',
  'ref',
  'number',
  'costYear',
  'project',
  'periodSum',
]);

/** A cell's number, typed or as number text ("2,4", "0,5 mill"), else null (dashes, "?", words). */
function numberIn(value: CellValue): number | null {
  const amount = classifyAmount(value);
  return amount.kind === 'number' ? amount.value : null;
}

/**
 * The rows that say where the data stands: those with a priority number or a filled Tiltak cell (a row shifted
 * whole has its priority under Tiltak, or its text under Prioritet and a number under Tiltak).
 */
function measureRows(grid: Grid, table: LegacyTable): number[] {
  const priority = table.columns.find((c) => c.key === 'priority');
  const measure = table.columns.find((c) => c.key === 'measure');
  const rows: number[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const ranked = priority !== undefined && priorityNumber(grid.raw(r, priority.col)) !== null;
    if (ranked || (measure !== undefined && classifyAmount(grid.raw(r, measure.col)).kind !== 'empty')) rows.push(r);
  }
  return rows;
}

/** Whether column `col` may hold a number a shifted heading meant: no amount, number or unknown heading over it. */
function mayHoldShifted(table: LegacyTable, col: number): LegacyColumn | 'none' | null {
  if (col < table.reach.left || col > table.reach.right) return null;
  const column = table.columns.find((c) => c.col === col);
  if (!column) return 'none';
  if (isLegacyAmountColumn(column) || column.key === null || NUMBER_KEYS.has(column.key)) return null;
  return column;
}

/** Whether any measure row holds words under `col` (not a number, a dash or a status such as «Må utredes»). */
function holdsWords(grid: Grid, rows: readonly number[], col: number): boolean {
  return rows.some((r) => classifyAmount(grid.filled(r, col)).kind === 'text');
}

/** Whether `a` and `b` are one or two columns apart, or every column between them is an amount column with a number. */
function joined(a: number, b: number, numbered: ReadonlySet<number>): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hi - lo <= 2) return true;
  for (let c = lo + 1; c < hi; c++) if (!numbered.has(c)) return false;
  return true;
}

/**
 * For each column that is no amount column and holds a number on a measure row, the amount heading with no number
 * under it that the number may belong to, when there is one: one or two columns away (seed 003's 6.1), or at the
 * far end of the run of amount columns beside the number (a row of year headings one column off: the run has a
 * number column too many at one end and a heading over no number at the other). The one with words under it first
 * (a shifted heading stands over the text its column meant), else, for a number under no heading, the nearest. In
 * column order of those numbers.
 */
export function findMisalignedHeadings(grid: Grid, table: LegacyTable): MisalignedHeading[] {
  const rows = measureRows(grid, table);
  if (rows.length === 0) return [];
  const amounts = table.columns.filter(isLegacyAmountColumn);
  const hasNumber = (col: number): boolean => rows.some((r) => numberIn(grid.filled(r, col)) !== null);
  const numbered = new Set(amounts.filter((a) => hasNumber(a.col)).map((a) => a.col));
  const empty = amounts.filter((a) => !numbered.has(a.col));
  const found: MisalignedHeading[] = [];
  for (let col = table.reach.left; col <= table.reach.right; col++) {
    const column = mayHoldShifted(table, col);
    const r = column === null ? undefined : rows.find((row) => numberIn(grid.raw(row, col)) !== null);
    if (r === undefined || column === null) continue;
    const near = empty
      .filter((a) => a.col !== col && joined(a.col, col, numbered))
      .sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col));
    // Under a heading of its own (Ansvar holding account numbers 2100, plan-area codes) a number is taken for a
    // shifted one only when the empty amount heading stands over words (a review found ordinary tables refused).
    const worded = near.find((a) => holdsWords(grid, rows, a.col));
    const amount = column === 'none' ? (worded ?? near[0]) : worded;
    if (!amount) continue;
    found.push({
      sheet: table.sheet,
      heading: amount.text,
      headingCell: amount.cell,
      cell: toA1(r, col),
      value: numberIn(grid.raw(r, col)) ?? 0,
      under: column === 'none' ? '' : column.text,
    });
  }
  return found;
}
