/**
 * The HTML report of one or more checked workbooks, exactly as `tiltaksplan check --format html` writes it
 * and as the task pane downloads it: one entry point, so the two can never drift apart.
 */
import type { CheckResult, Lang } from '../domain';
import { cliText } from '../i18n/cli';
import { renderHtml } from './html';
import { reportDocument } from './reportDocument';

/** One self-contained, printable page holding the report of every result, in `lang`. */
export function htmlReport(results: readonly CheckResult[], lang: Lang): string {
  return renderHtml(
    results.map((r) => reportDocument(r, lang)),
    lang,
    cliText('reportTitle', lang),
  );
}
