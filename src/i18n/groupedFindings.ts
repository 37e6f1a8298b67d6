/**
 * Findings as a person reads them in a list. The check files amount-precision per cell (SPEC §8), so a row typed in
 * mill kr in a 1000 kr plan gets a warning per amount that differs only in its column, and 40 such cells bury the
 * one other message she needs. Those of one row of one sheet are said once, naming the fields: «Beløpene i 2027,
 * 2028 og Nye midler har flere desimaler …». Every other finding keeps its own line, in the checker's order. The
 * form's problem list, Kontroll and the text and HTML reports list them so; the JSON keeps one issue per cell.
 */
import type { Finding, Lang, Unit } from '../domain';
import { findingKey, type FindingKey } from './findingKeys';
import { FINDING_CATALOG, roundsToZero } from './findings';
import { listText } from './listText';
import { makeTranslator } from './translate';

const translate = makeTranslator(FINDING_CATALOG);

/** The message of a code said for several fields of a row at once, in the workbook's unit; none for other codes. */
function groupedKey(code: Finding['code'], unit: Unit): FindingKey | undefined {
  if (code !== 'amount-precision') return undefined;
  return unit === 'mill kr'
    ? 'amount-precision.row.mill'
    : unit === 'kr'
      ? 'amount-precision.row.kr'
      : 'amount-precision.row';
}

const rowOf = (cell: string) => /\d+$/.exec(cell)?.[0] ?? '';

/** Same code and message variant (findingKey) on the same row of one sheet: one line. Not by text: it names the cell. */
const groupOf = (f: Finding) => `${findingKey(f)}\u0000${f.sheet}\u0000${rowOf(f.cell)}\u0000${f.measureId ?? ''}`;

/**
 * The findings' indexes in lines: one per finding, except a groupable one met on several fields of a row, whose
 * line (at the place of its first) holds them all. `unit`: the workbook's (which codes group does not depend on it).
 */
export function groupFindings(findings: readonly Finding[], unit: Unit): number[][] {
  const groups = new Map<string, number[]>();
  for (const [n, f] of findings.entries()) {
    // A finding said on its own has a line of its own: its index is its group.
    // An amount-precision whose rounding makes the amount 0 says so in its own message (findings.ts roundsToZero).
    const alone = groupedKey(f.code, unit) === undefined || roundsToZero(f);
    const group = alone ? String(n) : groupOf(f);
    const members = groups.get(group);
    if (members) members.push(n);
    else groups.set(group, [n]);
  }
  return [...groups.values()];
}

/**
 * The one message of a line of several findings (groupFindings), naming their fields as the language lists them;
 * null when the line is one finding, which keeps its own message.
 */
export function groupedMessage(members: readonly Finding[], lang: Lang, unit: Unit): string | null {
  const [first] = members;
  const key = first ? groupedKey(first.code, unit) : undefined;
  if (!first || members.length < 2 || key === undefined) return null;
  const columns = listText(
    members.map((f) => String(f.params.column)),
    lang,
  );
  return translate(key, lang, { columns, unit, decimals: String(first.params.decimals) });
}
