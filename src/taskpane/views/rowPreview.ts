/**
 * The form's verdict on a measure row, from the checker itself (SPEC §8: one truth): the workbook as it would be
 * after the write is checked, and the form shows what that check says of the row, warnings included, and what the
 * write newly causes on other rows (a priority her row now shares is filed on the row that comes later).
 */
import {
  applyEdits,
  checkSnapshot,
  type Edit,
  type Finding,
  type Measure,
  type TableLayout,
  type WorkbookSnapshot,
} from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { Lang } from '../../domain';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { AMOUNT_RULES } from './awaitedAmounts';

/** What the live check says of the row: its problems, and the form's fields they are about. */
export interface RowPreview {
  readonly problems: readonly Finding[];
  /** Form keys ("measure", "year:0" …) a problem names by its cell: a field error there is the same problem. */
  readonly fields: ReadonlySet<string>;
}

const keyOf = (f: Finding) => `${f.code}\u0000${f.sheet}\u0000${f.cell}\u0000${f.measureId ?? ''}`;
const rowOf = (cell: string) => /\d+$/.exec(cell)?.[0];
const columnOf = (cell: string) => /^[A-Z]+/.exec(cell)?.[0];

/** The form key of the column a finding's cell stands in, on the measure's table; none off it. */
function fieldOf(f: Finding, layout: TableLayout | null, years: readonly number[]): string | undefined {
  const column = columnOf(f.cell);
  if (!layout || f.sheet !== layout.sheet || !column) return undefined;
  const key = Object.entries(layout.columns).find(([, c]) => c === column)?.[0];
  if (key) return key;
  const year = Object.entries(layout.yearColumns).find(([, c]) => c === column)?.[0];
  return year === undefined ? undefined : `year:${years.indexOf(Number(year))}`;
}

/**
 * The findings of the measure `id` on the workbook as it would be after `edits` (of the one on `at`'s row when
 * given: an ID two measures share would bring in the other's), errors and warnings, and those the edits newly cause
 * on other rows — a finding not among `before`, the pane's last check of `snapshot`. `awaiting`: an amount of the
 * row is refused as typed (awaitedAmounts.ts), so the row's rules that weigh its amounts are left out until it is not.
 */
export function previewRow(
  snapshot: WorkbookSnapshot,
  edits: readonly Edit[],
  id: string,
  at: Measure | undefined,
  before: readonly Finding[],
  awaiting = false,
): RowPreview {
  const after = applyEdits(snapshot, edits);
  // Reconciliation adds items, never findings: the live check leaves it out (a third of its time at 5 000).
  const opts = { file: '', defaultStartYear: defaultStartYear(), render: () => '', reconcile: false };
  const { findings, plan } = checkSnapshot(after, opts);
  const known = new Set(before.map(keyOf));
  const own = (f: Finding) => f.measureId === id && (!at || (f.sheet === at.sheet && rowOf(f.cell) === String(at.row)));
  const waits = (f: Finding) => awaiting && own(f) && AMOUNT_RULES.has(f.code);
  const problems = findings.filter((f) => f.severity !== 'info' && (own(f) || !known.has(keyOf(f))) && !waits(f));
  // The row as written: the picked one, or the new one (its ID is the next free, so one row holds it).
  const m = at ?? [...plan.operating, ...plan.investment].find((x) => x.id === id);
  const layout = m ? plan.layouts[m.table] : null;
  const fields = new Set<string>();
  for (const f of problems) {
    const key = m && own(f) && rowOf(f.cell) === String(m.row) ? fieldOf(f, layout, plan.years) : undefined;
    if (key) fields.add(key);
  }
  return { problems, fields };
}

/** The head of the form's problem list: its errors, its warnings, or both. */
export function rowProblemsText(lang: Lang, errors: number, warnings: number): string {
  if (warnings === 0) return tp(lang, 'rowProblems', { count: errors });
  if (errors === 0) return tp(lang, 'rowWarnings', { count: warnings });
  return tp(lang, 'rowProblemsWarnings', { errors, warnings });
}
