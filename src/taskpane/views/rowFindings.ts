/**
 * The lines of the form's problem list. The check files a finding per cell; a row whose six amounts were all
 * typed in mill kr in a 1000 kr plan gets six amount-precision warnings that differ only in their column, which
 * bury the one other message she needs. Findings of one code and message on one row are said once, naming the
 * fields (i18n/groupedFindings.ts, as Kontroll and the reports list them); every other finding keeps its own line,
 * in the checker's order.
 */
import type { Finding, Lang, Severity, Unit } from '../../domain';
import { renderFinding } from '../../i18n';
import { groupedMessage, groupFindings } from '../../i18n/groupedFindings';

export interface RowLine {
  readonly severity: Severity;
  readonly text: string;
}

/** One line per finding, except a groupable one met on several fields of a row: one line naming them. */
export function rowLines(findings: readonly Finding[], lang: Lang, unit: Unit): RowLine[] {
  return groupFindings(findings, unit).map((indexes) => {
    const members = indexes.map((i) => findings[i] as Finding);
    const first = members[0] as Finding;
    return { severity: first.severity, text: groupedMessage(members, lang, unit) ?? renderFinding(first, lang, unit) };
  });
}
