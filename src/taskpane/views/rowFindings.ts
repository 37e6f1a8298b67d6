/**
 * The lines of the form's problem list. The check files a finding per cell; a row whose six amounts were all
 * typed in mill kr in a 1000 kr plan gets six amount-precision warnings that differ only in their column, which
 * bury the one other message she needs. Findings of one code and message on one row are said once, naming the
 * fields; every other finding keeps its own line, in the checker's order.
 */
import type { Finding, Lang, Severity, Unit } from '../../domain';
import { findingKey, renderFinding } from '../../i18n';
import { listText } from '../../i18n/listText';
import { tp, type TaskpaneKey } from '../../i18n/taskpane';

export interface RowLine {
  readonly severity: Severity;
  readonly text: string;
}

/** The message of a code said for several fields at once, in the workbook's unit; none for the other codes. */
function groupedKey(code: Finding['code'], unit: Unit): TaskpaneKey | undefined {
  if (code !== 'amount-precision') return undefined;
  return unit === 'mill kr' ? 'rowAmountPrecisionMill' : unit === 'kr' ? 'rowAmountPrecisionKr' : 'rowAmountPrecision';
}

const rowOf = (cell: string) => /\d+$/.exec(cell)?.[0] ?? '';

/** Same code and message variant (findingKey) on the same row of one sheet: one line. Not by text: it names the cell. */
const groupOf = (f: Finding) => `${findingKey(f)}\u0000${f.sheet}\u0000${rowOf(f.cell)}\u0000${f.measureId ?? ''}`;

/** One line per finding, except a groupable one met on several fields of a row: one line naming them. */
export function rowLines(findings: readonly Finding[], lang: Lang, unit: Unit): RowLine[] {
  const groups = new Map<string, Finding[]>();
  for (const [n, f] of findings.entries()) {
    // A finding said on its own has a line of its own: its index is its group.
    const group = groupedKey(f.code, unit) === undefined ? String(n) : groupOf(f);
    const members = groups.get(group);
    if (members) members.push(f);
    else groups.set(group, [f]);
  }
  return [...groups.values()].map((members) => {
    const [first] = members as [Finding, ...Finding[]];
    const key = groupedKey(first.code, unit);
    if (members.length === 1 || key === undefined)
      return { severity: first.severity, text: renderFinding(first, lang, unit) };
    const columns = listText(
      members.map((f) => String(f.params.column)),
      lang,
    );
    return {
      severity: first.severity,
      text: tp(lang, key, { columns, unit, decimals: String(first.params.decimals) }),
    };
  });
}
