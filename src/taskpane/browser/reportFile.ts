/**
 * The check report as a download, built by the shared report module (src/report): the HTML page is exactly
 * what `tiltaksplan check --format html` writes, the JSON exactly what `--format json` prints. The module is
 * loaded on first use, so the main bundle does not carry a report most sessions never download.
 */
import type { CheckResult, Lang } from '../../domain';
import { download } from './files';
import type { ReportFormat } from './reportFormats';

export type { ReportFormat };

const report = () => import(/* webpackChunkName: "report" */ './reportFormats');

/** `plan.xlsx` → `plan-rapport.html`: the report sits beside the workbook it describes. */
export function reportFileName(workbook: string, format: ReportFormat): string {
  const base = workbook.replace(/\.xlsx$/i, '') || 'tiltaksplan';
  return `${base}-rapport.${format}`;
}

/** Offers the report of `result` as a file, in the pane's language. */
export async function downloadReport(
  result: CheckResult,
  lang: Lang,
  workbook: string,
  format: ReportFormat,
): Promise<void> {
  const { renderReport } = await report();
  const type = format === 'html' ? 'text/html;charset=utf-8' : 'application/json';
  download(renderReport(result, lang, format), reportFileName(workbook, format), type);
}
