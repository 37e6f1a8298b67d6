/**
 * The plain-browser side of the Endringer view: read a second .xlsx file to compare with, and offer the
 * change report as a download. The xlsx adapter and the report module are loaded on first use.
 */
import type { ChangeSet, Lang, WorkbookSnapshot } from '../../domain';
import type { CompareFiles } from '../views/ChangesView';
import { download, openXlsx } from './files';

const report = () => import(/* webpackChunkName: "report" */ '../../report/compareReport');

/** `plan.xlsx` → `plan-endringer.html`: the report sits beside the workbook it describes. */
export function changesFileName(workbook: string): string {
  return `${workbook.replace(/\.xlsx$/i, '') || 'tiltaksplan'}-endringer.html`;
}

export const browserCompareFiles: CompareFiles = {
  async read(file: File): Promise<WorkbookSnapshot> {
    return (await openXlsx(await file.arrayBuffer())).read();
  },
  async downloadReport(diff: ChangeSet, lang: Lang, workbook: string): Promise<void> {
    const { renderCompare } = await report();
    download(renderCompare(diff, 'html', lang), changesFileName(workbook), 'text/html;charset=utf-8');
  },
};
