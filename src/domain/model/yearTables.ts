/**
 * The tables whose amounts per year the reconciliation items of each code compare (SPEC §8 year-columns, §10): when
 * one of them has year headers that are not the plan period, those items wait for the headers
 * (reconcile/unreadYears.ts leaves them out; sheets/reconciliationWaiting.ts tells a row kept for one that its item
 * only waits). A measure without any line compares no amounts per year: it is kept, stated by the years read.
 */
import { yearsRead, type Plan } from './plan';
import type { ReconciliationCode } from './reconciliation';

export type YearTable = keyof Plan['layouts'];

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
