/**
 * Reconciliation items that wait for a table's year headers (SPEC §8 year-columns, §10): when a table's year
 * columns are not the plan period, its amounts per year as read are not the sheet's (2027's column not read, 2031
 * read as empty), so every item that compares or quotes them would state figures the user cannot find. Those items
 * are left out; the year-columns finding says they are reconciled once the headers match. A measure without any
 * line is no comparison of amounts (whether a line exists reads no year): it is kept, stated by the years read.
 */
import { kr } from '../model/money';
import { yearsRead, yearsWithoutColumn, type Plan } from '../model/plan';
import type { ItemsByCode } from './itemsByCode';
import type { ReconciliationItem } from '../model/reconciliation';
import { emptyEconomyYears, tablesHeld, yearTablesOf, yearWaits } from '../model/yearTables';

/**
 * A measure without line whose own table's year headers are not the period: its amounts by the years read, the
 * others named as not read (its total of the sheet's would count an unread year as 0). Unchanged otherwise.
 */
function withYearsRead(plan: Plan, item: ReconciliationItem): ReconciliationItem {
  const missing = item.missingLine;
  const layout = plan.layouts[missing?.table ?? 'operating'];
  if (missing === undefined || layout === null || yearsRead(layout)) return item;
  const notRead = yearsWithoutColumn(layout, plan.years);
  if (notRead.length === 0) return item;
  const byYear = missing.byYear.filter((y) => !notRead.includes(y.year));
  const measures = kr(byYear.reduce((a, y) => a + y.amount, 0));
  const difference = kr(measures - item.economyPlan);
  return { ...item, measures, difference, missingLine: { ...missing, byYear }, yearsNotRead: notRead };
}

/**
 * Removes from `items` those that read the amounts per year of a table whose year headers are not the period, and
 * those that compare a year the economy plan has no amount for on any line (yearWaits: its figures are not typed yet).
 * Whether a project-financing comparison was among the latter (Report.financingWaits): the reports say so then only.
 */
export function dropUnreadYears(plan: Plan, items: ItemsByCode): boolean {
  const empty = emptyEconomyYears(plan);
  const financingWaits = empty.length > 0 && items.of('project-financing').length > 0;
  if (empty.length > 0) dropEmptyYears(items, empty);
  const off = tablesHeld(plan.layouts);
  if (off.length === 0) return financingWaits;
  const missing = items.of('measure-not-in-economy-plan');
  for (let i = 0; i < missing.length; i++) missing[i] = withYearsRead(plan, missing[i] as ReconciliationItem);
  for (const list of items.lists) {
    // Compacted in place (a spread of 40 000 items into splice would pass them all as arguments).
    let kept = 0;
    for (const item of list) if (!yearTablesOf(item.code).some((t) => off.includes(t))) list[kept++] = item;
    list.length = kept;
  }
  return financingWaits;
}

/**
 * Removes the items that compare an economy plan year no line has an amount for (yearWaits). The per-year items of
 * such a year are not made at all (classifyYears leaves the year out, so the other years' classes do not count it as
 * 0); what remains are the items over the period that add it up (project-financing).
 */
function dropEmptyYears(items: ItemsByCode, empty: readonly number[]): void {
  for (const list of items.lists) {
    let kept = 0;
    for (const item of list) if (!yearWaits(item.code, item.year, empty)) list[kept++] = item;
    list.length = kept;
  }
}
