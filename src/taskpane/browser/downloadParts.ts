/**
 * What the browser pane's «Last ned arbeidsbok» writes into the workbook: Sammendrag and Avstemming planned from
 * the check, and the words for formulas in her own Avstemming columns carried as values. Loaded when she first
 * downloads (FileBar.tsx imports it on demand): the planners are not needed to show a plan, and keeping them out of
 * the pane's entry keeps it under its size budget (docs/performance.md).
 */
import {
  planReconciliation,
  planSummary,
  reconciliationFormulaValues,
  type CheckResult,
  type Lang,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../domain';
import { reconciliationSheetText, summaryText } from '../../i18n/sheets';
import { userFormulasText } from '../../i18n/userFormulas';

export interface DownloadParts {
  readonly parts: readonly WritePlan[];
  /** Said after the download when her Avstemming columns held formulas (written as the values they showed). */
  readonly formulas: string | null;
}

export function downloadParts(result: CheckResult, snapshot: WorkbookSnapshot, lang: Lang): DownloadParts {
  const unit = result.plan.settings.unit;
  const summary = planSummary(result.plan, result.report.totals, snapshot, summaryText(lang));
  const texts = reconciliationSheetText(lang, unit);
  const reconciliation = planReconciliation(
    result.report.reconciliation,
    result.plan,
    snapshot,
    texts,
    result.report.yearsHeld ?? [],
  );
  // Formulas in a column she added to tblAvstemming go in as the values they showed: said, as check --write does.
  const formulas = reconciliation.ok ? userFormulasText(reconciliationFormulaValues(snapshot), lang) : null;
  return { parts: [summary, reconciliation], formulas };
}
