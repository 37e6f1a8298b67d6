/**
 * The check's issues as Kontroll and the text and HTML reports list them: amount-precision findings of one row
 * said once (groupedFindings.ts), at the place and cell of the first, naming the fields. The JSON keeps
 * Report.issues, one per cell (SPEC §12). A count shown beside such a list counts its lines (listedCounts), so that
 * «3 advarsler» above a list is three lines of it.
 */
import { countSeverities, type CheckResult, type Lang, type Report, type ReportIssue, type Unit } from '../domain';
import { groupedMessage, groupFindings } from './groupedFindings';

export interface ListedIssue extends ReportIssue {
  /** The cells a line of several findings stands for, in order (`cell` is the first); absent for a single one. */
  readonly cells?: readonly string[];
}

/** The issues of `result` as listed, in report order; each issue as it is where nothing groups. */
export function listedIssues(result: Pick<CheckResult, 'findings' | 'report'>, lang: Lang): ListedIssue[] {
  return listedOf(result.findings, result.report.issues, result.report.plan.unit, lang);
}

/**
 * `issues` (the findings rendered, one to one, in `unit`) as listed: a row's amount-precision findings one line, at
 * the first one's place and cell, naming the fields and keeping every cell. Also the economy plan workbook's own
 * findings in the consolidated report.
 */
export function listedOf<I extends ReportIssue>(
  findings: readonly CheckResult['findings'][number][],
  issues: readonly I[],
  unit: Unit,
  lang: Lang,
): (I & Pick<ListedIssue, 'cells'>)[] {
  // The issues are the findings rendered, one to one (check.ts); a list made otherwise is listed as it is.
  if (findings.length !== issues.length) return [...issues];
  return groupFindings(findings, unit).map((indexes) => {
    const first = issues[indexes[0] ?? 0] as I;
    if (indexes.length === 1) return first;
    const message = groupedMessage(
      indexes.map((i) => findings[i] as CheckResult['findings'][number]),
      lang,
      unit,
    );
    return { ...first, message: message ?? first.message, cells: indexes.map((i) => issues[i]?.cell ?? '') };
  });
}

/** Errors, warnings and infos of the sheets' findings as listed (listedIssues): a line of several counts once. */
export function listedCounts(result: Pick<CheckResult, 'findings' | 'report'>, lang: Lang): Report['summary'] {
  return countSeverities(listedIssues(result, lang));
}
