/**
 * «Skriv avstemming» in the task pane, on the fake Excel: planned on the check and the 'structure' read, as the pane
 * plans it, then applied when nothing blocks it. For the tests that write Avstemming, change something, and write it
 * again.
 */
import { planReconciliation, type ReconciliationItem, type Unit, type WritePlan } from '../../src/domain';
import { explainReconciliation } from '../../src/i18n';
import { reconciliationSheetText } from '../../src/i18n/sheets';
import { checkModel, excelPort } from '../workbook/excel/exampleModel';
import type { FakeModel } from '../workbook/excel/fakeModel';

/** The sheet's texts in nb, explanations in `unit` (the example's is 1000 kr). */
function nbTexts(unit: Unit) {
  return {
    ...reconciliationSheetText('nb', unit),
    explain: (i: ReconciliationItem) => explainReconciliation(i, 'nb', unit),
  };
}

/** Writes Avstemming into `model` unless the plan is blocked; the plan either way. */
export async function writeAvstemming(model: FakeModel, unit: Unit = '1000 kr'): Promise<WritePlan> {
  const { result } = await checkModel(model);
  const snapshot = await excelPort(model).read('structure');
  const planned = planReconciliation(result.report.reconciliation, result.plan, snapshot, nbTexts(unit));
  if (planned.ok) await excelPort(model).apply(planned.edits);
  return planned;
}

/** Writes Avstemming into `model`; a blocked plan throws, naming the cells, for a test where a block is not the point. */
export async function writeAvstemmingUnblocked(model: FakeModel, unit: Unit = '1000 kr'): Promise<void> {
  const planned = await writeAvstemming(model, unit);
  if (!planned.ok) throw new Error(`blocked: ${planned.blocked.map((b) => b.cell).join(', ')}`);
}
