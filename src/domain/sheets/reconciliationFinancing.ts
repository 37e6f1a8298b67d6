/**
 * The projects whose financing Avstemming does not compare (SPEC §10: money in Tidligere bevilget or Etter perioden),
 * said on the sheet as the report and the pane say it: their Finansiering lines are in no row, matched or unmatched,
 * so the Forklaring of each such project's first row (the item reconcile marks `financingNotCompared`) ends with the
 * report's sentence (financingNotComparedText), naming it. No row is added: SPEC §10's codes and classes are the items'.
 */
import type { CellInput } from '../model/edits';
import type { Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationSheetText } from '../model/sheetText';
import { isCosted } from '../measures/costed';
import { moneyOutsidePeriod } from '../measures/financing';

/**
 * `rows` (one per item of `items`, in their order) with the sentence after the Forklaring (column `at`) of each item
 * marked `financingNotCompared`. A plan none of whose costed investments has money outside the period has no such
 * item: its rows are returned as they are, no item looked at (Avstemming is written on every run).
 */
export function withFinancingNotCompared(
  rows: CellInput[][],
  items: readonly ReconciliationItem[],
  plan: Plan,
  texts: Pick<ReconciliationSheetText, 'financingNotCompared'>,
  at: number,
): CellInput[][] {
  const say = texts.financingNotCompared;
  if (say === undefined || !plan.investment.some((m) => isCosted(m) && moneyOutsidePeriod([m]))) return rows;
  items.forEach((item, i) => {
    const row = rows[i];
    if (item.financingNotCompared !== true || row === undefined) return;
    const own = row[at];
    const text = say([item.ref]);
    row[at] = typeof own === 'string' && own !== '' ? `${own} ${text}` : text;
  });
  return rows;
}
