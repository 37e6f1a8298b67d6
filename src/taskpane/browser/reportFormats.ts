/** The lazily loaded side of reportFile.ts: the shared report module, and nothing else. */
import type { CheckResult, Lang } from '../../domain';
import { htmlReport } from '../../report/htmlReport';
import { renderJson } from '../../report/json';

export type ReportFormat = 'html' | 'json';

/** The report text of one checked workbook. */
export function renderReport(result: CheckResult, lang: Lang, format: ReportFormat): string {
  return format === 'html' ? htmlReport([result], lang) : renderJson([result.report], false);
}
