/**
 * Reconciliation items that wait for a table's year headers (SPEC §8 year-columns, §10): when a table's year
 * columns are not the plan period, its amounts per year as read are not the sheet's (2027's column not read, 2031
 * read as empty), so every item that compares or quotes them would state figures the user cannot find. Those items
 * are left out; the year-columns finding says they are reconciled once the headers match.
 */
import { yearsRead, type Plan } from '../model/plan';
import type { ItemsByCode } from './itemsByCode';
import type { ReconciliationCode, ReconciliationItem } from '../model/reconciliation';

/** The tables whose amounts per year an item of each code reads (a measure without a line: its own table's). */
function readsYearsOf(code: ReconciliationCode, item: ReconciliationItem): readonly TableOf[] {
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
      return [item.missingLine?.table ?? 'operating'];
  }
}

type TableOf = keyof Plan['layouts'];

/** Removes from `items` those that read the amounts per year of a table whose year headers are not the period. */
export function dropUnreadYears(plan: Plan, items: ItemsByCode): void {
  const off = (Object.keys(plan.layouts) as TableOf[]).filter((t) => !yearsRead(plan.layouts[t]));
  if (off.length === 0) return;
  for (const list of items.lists) {
    // Compacted in place (a spread of 40 000 items into splice would pass them all as arguments).
    let kept = 0;
    for (const item of list) if (!readsYearsOf(item.code, item).some((t) => off.includes(t))) list[kept++] = item;
    list.length = kept;
  }
}
