/**
 * The tables whose amounts per year the reconciliation items of each code compare (SPEC §8 year-columns, §10): when
 * one of them has year headers that are not the plan period, those items wait for the headers
 * (reconcile/unreadYears.ts leaves them out; sheets/reconciliationWaiting.ts tells a row kept for one that its item
 * only waits). A measure without any line compares no amounts per year: it is kept, stated by the years read.
 *
 * A plan year the economy plan has no amount for on any line (TableLayout.yearsEmpty: not typed yet, SPEC §7) waits
 * the same way, for that year only: the items comparing it (yearWaits) are left out, and the classes of the other
 * years are judged without it (reconcile/classify.ts: never as 0).
 */
import { yearsRead, type Plan } from './plan';
import type { ReconciliationCode } from './reconciliationCodes';

export type YearTable = keyof Plan['layouts'];

/** The tables whose year columns the items of `code` compare: their unread years make those items wait. */
export function yearTablesOf(code: ReconciliationCode): readonly YearTable[] {
  switch (code) {
    case 'measure-new-money':
    case 'frame-total':
      return ['operating', 'economyPlan'];
    case 'project-expenditure':
      return ['investment', 'economyPlan'];
    case 'project-financing':
    case 'economy-plan-line-unmatched':
      return ['economyPlan'];
    case 'measure-not-in-economy-plan':
      return [];
  }
}

/**
 * The tables among `layouts` whose year headers are not the plan period: the items reading their amounts per year
 * wait. `layouts` as reconciled — in a consolidation the economy plan workbook's table, not the plan's own (SPEC §15).
 */
export function tablesHeld(layouts: Plan['layouts']): YearTable[] {
  return (Object.keys(layouts) as YearTable[]).filter((t) => layouts[t] !== null && !yearsRead(layouts[t]));
}

/** The plan years no economy plan line has an amount for (TableLayout.yearsEmpty): none in most plans. */
export const emptyEconomyYears = (plan: Pick<Plan, 'layouts'>): readonly number[] =>
  plan.layouts.economyPlan?.yearsEmpty ?? [];

/**
 * Whether an item of `code` (of `year`; undefined for an item over the period) compares an amount of an economy plan
 * year no line has an amount for (`empty`, emptyEconomyYears): a year's item of that year, and project-financing,
 * which adds up every plan year of its Finansiering lines. A line without measure (it quotes its amounts, as typed)
 * and a measure without line (it reads no line) compare nothing of the economy plan's years: they do not wait.
 */
export function yearWaits(code: ReconciliationCode, year: number | undefined, empty: readonly number[]): boolean {
  if (empty.length === 0) return false;
  if (code === 'project-financing') return true;
  if (code === 'economy-plan-line-unmatched' || code === 'measure-not-in-economy-plan') return false;
  return year !== undefined && empty.includes(year);
}
