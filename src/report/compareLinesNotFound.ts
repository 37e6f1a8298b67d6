/**
 * The warning that the economy plan lines were not compared (docs/spec.md §14): the economy plan table, or a compared
 * column of it, found in one version and not in the other (compare/notFound.ts). The measures and the totals are
 * compared; the report (text, HTML) and the pane's Endringer say why no line is listed.
 */
import type { ChangeSet, Lang } from '../domain';
import { reportText } from '../i18n/compareReport';

/** One sentence per finding that kept the lines from being compared; none when they were compared. */
export function linesNotFoundTexts(lang: Lang, diff: ChangeSet): string[] {
  return (diff.economyPlanNotFound ?? []).map(({ version, finding: f }) => {
    const what =
      f.code === 'column-missing'
        ? reportText('linesColumnMissing', lang, { column: String(f.params.column), cell: `${f.sheet}!${f.cell}` })
        : reportText('linesTableMissing', lang);
    const key = version === 'old' ? 'linesNotFoundOld' : 'linesNotFoundNew';
    return reportText(key, lang, { file: diff[version].label, what });
  });
}

/** The summary line's key: one that counts no economy plan lines when they were not compared (review r45). */
export const summaryKey = (diff: ChangeSet): 'summary' | 'summaryLinesNotCompared' =>
  (diff.economyPlanNotFound ?? []).length > 0 ? 'summaryLinesNotCompared' : 'summary';
