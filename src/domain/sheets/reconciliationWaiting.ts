/**
 * Whether a row the user left on Avstemming that no item of this run took may only wait for a table's year headers
 * (SPEC §8 year-columns, §10): when a table's year headers are not the plan period, the items that read its amounts
 * per year are left out of the run (reconcile/unreadYears.ts), so a row she accepted for one of them is not
 * compared — its item is not gone. Its Forklaring then names the headers, not «ingen post har lenger … slett raden».
 */
import { refKey } from '../measures/grouping';
import { yearsRead, type Plan } from '../model/plan';
import type { CellInput } from '../model/edits';

type TableOf = keyof Plan['layouts'];

/** The tables whose amounts per year the items of each code read (as reconcile/unreadYears.ts leaves them out). */
const READS: Readonly<Record<string, readonly TableOf[]>> = {
  'measure-new-money': ['operating', 'economyPlan'],
  'frame-total': ['operating', 'economyPlan'],
  'project-expenditure': ['investment', 'economyPlan'],
  'project-financing': ['economyPlan'],
  'economy-plan-line-unmatched': ['economyPlan'],
};

/** The measure tables a measure-not-in-economy-plan row reads: its measure's, or both when its Ref names none. */
function measureTables(plan: Plan, ref: string): readonly TableOf[] {
  const key = refKey(ref);
  if (plan.operating.some((m) => refKey(m.id) === key)) return ['operating'];
  if (plan.investment.some((m) => refKey(m.id) === key)) return ['investment'];
  return ['operating', 'investment'];
}

/**
 * A test for kept rows (Kode as read back, its key cells): true when its code's items read the amounts per year of
 * a table whose year headers are not the period. Undefined when every table's headers are the period (nothing waits).
 */
export function waitingForYears(
  plan: Plan,
): ((row: { readonly code: string; readonly cells: Partial<Record<'ref', CellInput>> }) => boolean) | undefined {
  const off = (Object.keys(plan.layouts) as TableOf[]).filter(
    (t) => plan.layouts[t] !== null && !yearsRead(plan.layouts[t]),
  );
  if (off.length === 0) return undefined;
  return (row) => {
    const tables =
      row.code === 'measure-not-in-economy-plan'
        ? measureTables(
            plan,
            typeof row.cells.ref === 'string' || typeof row.cells.ref === 'number' ? String(row.cells.ref) : '',
          )
        : (READS[row.code] ?? []);
    return tables.some((t) => off.includes(t));
  };
}
