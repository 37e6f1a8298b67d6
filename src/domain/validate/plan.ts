/**
 * The validator (SPEC §8): every rule about measure rows, statuses, operating and investment identities.
 * Structure and amount-cell findings come from the reader; this adds what only the whole plan can tell.
 * All findings are collected; nothing here throws on bad data.
 */
import { isCosted } from '../measures/costed';
import { validateInvestment } from './investment';
import { validateOperating } from './operating';
import { listKeys, planRefSet, validateRow, type ListKeys } from './rows';
import { looksLikeTotal, rowsAboveOf, validateStatus, type RowsAbove } from './status';
import { freeIds, type SuggestId } from './ids';
import { validateIds, validatePriorities } from './unique';
import { withUnitSupport } from './unitSupport';
import { validateLineFrames } from './lineFrames';
import type { Finding } from '../model/finding';
import { yearsRead, type Measure, type Plan } from '../model/plan';

/**
 * Appends the findings of one measure's own rules to `out` (one list for the whole plan, no copies per row):
 * its own fields, its status, then the identity rules when it is costed. `years`: whether its table's amounts per
 * year were read as the sheet means them (yearsRead); when not, the rules that quote them are left out.
 */
function validateMeasure(
  m: Measure,
  plan: Plan,
  lists: ListKeys,
  planRefs: ReadonlySet<string> | null,
  out: Finding[],
  suggestId: SuggestId,
  above: (m: Measure) => RowsAbove,
  years: boolean,
): void {
  // A total row typed in the table: asked of rows not costed only, the rows above only for a likely one.
  const totalRow = !isCosted(m) && looksLikeTotal(m, above, plan.years);
  validateRow(m, lists, planRefs, out, suggestId, totalRow);
  validateStatus(m, plan.years, out, totalRow, years);
  if (!isCosted(m)) return;
  if (m.table === 'operating') validateOperating(m, plan.years, out, years, plan.settings.unit);
  else validateInvestment(m, out, years);
}

/**
 * Validates a plan as read: one finding per broken rule, with sheet, A1 cell, measure ID and the params
 * its message needs. Order: row by row (operating, then investment), then the cross-row rules, then the frame
 * codes of the economy plan lines.
 */
export function validatePlan(plan: Plan): Finding[] {
  const measures: Measure[] = [...plan.operating, ...plan.investment];
  const planRefs = planRefSet(plan.planRefs);
  const lists = listKeys(plan.lists);
  // One list pushed to, not flatMap (many times slower than push in V8).
  const findings: Finding[] = [];
  const suggestId = freeIds(measures, plan.versionIds);
  const above = {
    operating: rowsAboveOf(plan.operating, plan.years),
    investment: rowsAboveOf(plan.investment, plan.years),
  };
  // A table whose year headers are not the period (year-columns): its rules on the amounts per year wait for them.
  const years = { operating: yearsRead(plan.layouts.operating), investment: yearsRead(plan.layouts.investment) };
  // Counted (per measure; docs/performance.md).
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (m !== undefined) validateMeasure(m, plan, lists, planRefs, findings, suggestId, above[m.table], years[m.table]);
  }
  return [
    ...withUnitSupport(plan, findings),
    ...validateIds(measures, suggestId),
    ...validatePriorities(plan.operating),
    ...validatePriorities(plan.investment),
    ...validateLineFrames(plan, lists),
  ];
}
