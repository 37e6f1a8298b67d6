/**
 * Engangs or Varig (SPEC §4, §11): the Type a legacy operating row is given when none is typed in the old table,
 * decided from its amounts once amounts.ts has placed them, with Helårsvirkning set to 0 for a one-off.
 */
import { parseA1 } from '../model/a1';
import { classifyAmount } from './cells';
import { TOTAL } from './columns';
import type { LegacyRowContext } from './context';
import type { AmountCell } from './status';
import { toKr } from '../model/money';

/** What deciding the kind reads of a row whose amounts are placed, and writes back (amounts.ts Placing). */
export interface KindPlacing {
  readonly ctx: LegacyRowContext;
  readonly costed: boolean;
  readonly values: Record<string, string | number | null>;
  readonly years: readonly (number | null)[];
}

/** Whether `cell` is covered by a number merged down from a row above: the group's amount, counted there, not 0. */
function groupAmount(p: KindPlacing, cell: string): boolean {
  const at = parseA1(cell);
  const m = at ? p.ctx.grid.mergeAt(at.row, at.col) : null;
  return m !== null && at !== null && m.top < at.row && classifyAmount(p.ctx.grid.raw(m.top, m.left)).kind === 'number';
}

/**
 * The last year of the period a one-off's «Samlet kostnad» shows it ended in, or null: the total is the sum of the
 * period's years (what Samlet kostnad means for a one-off; for a lasting measure it is the full-year effect the last
 * year reaches) and the cost ends before the table's last year column in the period, every later year «----», 0 or
 * empty. A lasting measure would go on costing in those years, so that reading would contradict the row; a table
 * with no column after the cost's last year does not say it ended. Every year cell must be read (no text, status
 * or merged group amount), or the sum is unknown.
 */
function oneOffEnd(p: KindPlacing, cells: readonly AmountCell[], total: AmountCell): number | null {
  const fullYear = p.values.fullYear;
  if (total.key !== TOTAL || total.amount.kind !== 'number' || typeof fullYear !== 'number' || fullYear === 0)
    return null;
  let lastColumn = -Infinity;
  for (const c of cells.filter((x) => x.key.startsWith('year:'))) {
    const year = Number(c.key.slice(5));
    const { kind } = c.amount;
    if (kind !== 'number' && kind !== 'placeholder' && (kind !== 'empty' || groupAmount(p, c.cell))) return null;
    const value = p.years[p.ctx.years.indexOf(year)];
    if (kind === 'number' && c.amount.value !== 0 && (value === undefined || value === null)) return null;
    if (p.ctx.years.includes(year)) lastColumn = Math.max(lastColumn, year);
  }
  const costYears = p.ctx.years.filter((_, i) => (p.years[i] ?? 0) !== 0);
  const last = costYears[costYears.length - 1];
  if (last === undefined || last >= lastColumn) return null;
  const sum = p.years.reduce<number>((acc, y) => acc + toKr(y ?? 0, p.ctx.target), 0);
  return sum === toKr(fullYear, p.ctx.target) ? last : null;
}

/**
 * Operating kind: Engangs when the row is costed with years but its full-year effect is 0 or empty. A full-year
 * cell that could not be read (text, a formula without its result), or that a number merged down from a row above
 * covers (the group's, counted there), says nothing of the kind. An Engangs measure's Helårsvirkning is 0
 * (SPEC §4), so an empty one is written 0; the one-off note says so. A Samlet kostnad that is the period's sum of
 * a cost that ends before the last year is a one-off's total (oneOffEnd): Engangs, Helårsvirkning 0, logged with
 * the total. A Type typed in the table decides alone.
 */
export function decideCostKind(p: KindPlacing, cells: readonly AmountCell[], row: number, typed: string): void {
  // A Type typed in the old table is the user's and wins over what the importer would decide (rows.ts).
  if (p.ctx.kind !== 'operating' || typed !== '') return;
  const total = cells.find((c) => c.key === TOTAL || c.key === 'fullYear');
  const zero = p.values.fullYear === 0 || (total?.amount.kind === 'empty' && !groupAmount(p, total.cell));
  const oneOff = p.costed && total !== undefined && zero && p.years.some((y) => y !== null && y !== 0);
  const ended = p.costed && total !== undefined && !oneOff ? oneOffEnd(p, cells, total) : null;
  p.values.kind = oneOff || ended !== null ? 'Engangs' : 'Varig';
  if (ended !== null && total && typeof p.values.fullYear === 'number') {
    const params = { amount: p.values.fullYear, unit: p.ctx.target, year: ended };
    p.values.fullYear = 0;
    p.ctx.note(total.cell, { code: 'one-off-total', params });
  }
  if (!oneOff) return;
  p.values.fullYear ??= 0;
  p.ctx.note(total?.cell ?? `A${row}`, { code: 'one-off', params: {} });
}
