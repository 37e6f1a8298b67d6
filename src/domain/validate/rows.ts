/**
 * Checks of one measure row on its own (SPEC §8, "Every measure row"): required fields, list membership,
 * priority and status values, plan references. Cross-row checks live in unique.ts.
 */
import { COST_STATUSES, isKnownChoice, MEASURE_KINDS, PURPOSES } from '../model/choices';
import { columnSpec, OPERATING_COLUMNS } from '../model/schema';
import { groupKeys } from '../measures/grouping';
import { decimalPointWhole } from '../model/norwegianNumber';
import { findingAt } from './cells';
import type { SuggestId } from './ids';
import type { Finding } from '../model/finding';
import type { Lists, Measure } from '../model/plan';

/** Whether a priority is a whole number ≥ 1. */
export const isValidPriority = (p: number | null): p is number => p !== null && Number.isInteger(p) && p >= 1;

/** SPEC §4: Tiltak is «text ≤ 250» in both tables (the schema's maxLength, which the pane's form keeps to as well). */
const MEASURE_MAX = columnSpec(OPERATING_COLUMNS, 'measure').maxLength ?? 250;

/**
 * measure-too-long (docs/spec.md §8, as built): a Tiltak typed or pasted in the workbook past the form's limit,
 * counted in UTF-16 units as Excel's LEN and the form's maxLength count.
 */
function checkMeasureLength(m: Measure): Finding | null {
  const length = m.measure.length;
  return length > MEASURE_MAX ? findingAt(m, 'measure-too-long', 'measure', { length, max: MEASURE_MAX }) : null;
}

/**
 * `{ valueType }` when the cell of `key` holds a logical or an error value (TRUE, #N/A: MeasureCommon.valueTypes), so
 * that a message quoting it names it as her Excel shows it (SANN, #I/T); else nothing (text she typed, «TRUE» too).
 */
function typeOf(m: Measure, key: string): { valueType?: 'logical' | 'error' } {
  const valueType = m.valueTypes?.[key];
  return valueType === undefined ? {} : { valueType };
}

/** Appends a finding when there is one. */
function push(out: Finding[], f: Finding | null): void {
  if (f) out.push(f);
}

/**
 * The lists keyed as Sammendrag's SUMIFS, the totals and the reconciliation group a row's value (groupKey: case
 * and outer spaces ignored), made once per plan: «oppvekst» is in a list that holds «Oppvekst». An empty list
 * is null: it is reported once as list-empty, and judging every row against it would only repeat that.
 */
export interface ListKeys {
  readonly sections: ReadonlySet<string> | null;
  readonly areas: ReadonlySet<string> | null;
  readonly frames: ReadonlySet<string> | null;
  /** groupKey with a memory (groupKeys): a column's few texts repeat down the table. */
  readonly keyOf: (text: string) => string;
}

/** Builds the plan's ListKeys once, so each row's section, areas and frame are looked up rather than searched. */
export function listKeys(lists: Lists): ListKeys {
  const keyOf = groupKeys();
  const keys = (values: readonly string[]) => (values.length === 0 ? null : new Set(values.map(keyOf)));
  return {
    sections: keys(lists.sections),
    areas: keys(lists.areas),
    frames: keys(lists.frames.map((f) => f.code)),
    keyOf,
  };
}

// Each check returns its finding or null (areas: pushes one per unknown area): a row is checked by ten rules
// and nearly always passes them all, so no list per rule and row.

function checkSection(m: Measure, lists: ListKeys): Finding | null {
  if (m.section === '') return findingAt(m, 'section-invalid', 'section', { reason: 'missing', value: '' });
  if (lists.sections !== null && !lists.sections.has(lists.keyOf(m.section))) {
    return findingAt(m, 'section-invalid', 'section', { reason: 'unknown', value: m.section, ...typeOf(m, 'section') });
  }
  return null;
}

/**
 * The whole number a priority typed with a decimal point means ("2.0" → 2, "1.00" → 1), which SPEC §7 does not
 * read (a dot groups thousands); null when the text with a comma would be no valid priority either ("2.5").
 */
export function decimalPointPriority(text: string): number | null {
  const n = decimalPointWhole(text);
  return isValidPriority(n) ? n : null;
}

function checkPriority(m: Measure): Finding | null {
  if (m.priority === null) {
    // A cell with text in it is not missing: the finding quotes what it holds.
    const text = m.priorityText;
    if (text === undefined) return findingAt(m, 'priority-invalid', 'priority', { reason: 'missing', value: '' });
    const whole = decimalPointPriority(text);
    if (whole === null) {
      return findingAt(m, 'priority-invalid', 'priority', { reason: 'invalid', value: text, ...typeOf(m, 'priority') });
    }
    const suggestion = String(whole);
    return findingAt(m, 'priority-invalid', 'priority', { reason: 'decimal-point', value: text, suggestion });
  }
  if (!isValidPriority(m.priority)) {
    return findingAt(m, 'priority-invalid', 'priority', { reason: 'invalid', value: m.priority });
  }
  return null;
}

const ALLOWED_STATUSES = COST_STATUSES.join(', ');

function checkStatus(m: Measure, totalRow: boolean): Finding | null {
  const allowed = ALLOWED_STATUSES;
  if (m.costStatus === '')
    return findingAt(m, 'status-invalid', 'costStatus', {
      reason: totalRow ? 'total-row' : 'missing',
      value: '',
      allowed,
    });
  if (!isKnownChoice(m.costStatus, COST_STATUSES)) {
    const params = { reason: 'unknown' as const, value: m.costStatus, allowed, ...typeOf(m, 'costStatus') };
    return findingAt(m, 'status-invalid', 'costStatus', params);
  }
  return null;
}

const ALLOWED_KINDS = MEASURE_KINDS.join(', ');
const ALLOWED_PURPOSES = PURPOSES.join(', ');

/**
 * Type (operating) and Formål (investment) typed outside their choices: an unknown Type runs neither the
 * Varig nor the Engangs rules (and a roll forward gives its new last year 0), an unknown Formål never meets
 * vat-on-rental. Empty is no error: Type then means Varig (SPEC §4), and §5 sets no rule for an empty Formål.
 */
function checkKind(m: Measure): Finding | null {
  if (m.table !== 'operating' || m.kind === '' || isKnownChoice(m.kind, MEASURE_KINDS)) return null;
  return findingAt(m, 'type-invalid', 'kind', { value: m.kind, allowed: ALLOWED_KINDS, ...typeOf(m, 'kind') });
}

function checkPurpose(m: Measure): Finding | null {
  if (m.table !== 'investment' || m.purpose === '' || isKnownChoice(m.purpose, PURPOSES)) return null;
  const params = { value: m.purpose, allowed: ALLOWED_PURPOSES, ...typeOf(m, 'purpose') };
  return findingAt(m, 'purpose-invalid', 'purpose', params);
}

function checkAreas(m: Measure, lists: ListKeys, out: Finding[]): void {
  if (m.areas.length === 0) out.push(findingAt(m, 'area-missing', 'areas', {}));
  else if (lists.areas !== null) {
    for (const area of m.areas) {
      if (!lists.areas.has(lists.keyOf(area)))
        out.push(findingAt(m, 'area-invalid', 'areas', { area, ...typeOf(m, 'areas') }));
    }
  }
}

function checkFrame(m: Measure, lists: ListKeys): Finding | null {
  if (m.frame === '' || lists.frames === null || lists.frames.has(lists.keyOf(m.frame))) return null;
  return findingAt(m, 'frame-invalid', 'frame', { frame: m.frame, ...typeOf(m, 'frame') });
}

/** The refs of tblHandlingsplan as a set to look Ref. texts up in (made once per plan), or null without the table. */
export function planRefSet(planRefs: readonly string[] | null): ReadonlySet<string> | null {
  return planRefs && new Set(planRefs.map((r) => r.trim()));
}

/** Whether a Ref. like "7.1/15" names a plan item (`known`: planRefSet): the whole text or any '/'-separated part. */
export function isKnownRef(ref: string, known: ReadonlySet<string>): boolean {
  return known.has(ref.trim()) || ref.split('/').some((part) => known.has(part.trim()));
}

function checkRef(m: Measure, planRefs: ReadonlySet<string> | null): Finding | null {
  if (planRefs === null || m.ref.trim() === '' || isKnownRef(m.ref, planRefs)) return null;
  return findingAt(m, 'ref-unknown', 'ref', { ref: m.ref, ...typeOf(m, 'ref') });
}

/**
 * Every single-row check of one measure, in column order, appended to `out`. `totalRow`: the row reads as a total
 * row typed in the table (looksLikeTotal): its missing ID and status say so rather than ask for them. A missing ID names a free one
 * (`suggestId`, from the whole plan: unique.ts). `lists`: the plan's lists as keys (listKeys). `planRefs`: the
 * plan's refs (planRefSet), null when the workbook has no tblHandlingsplan.
 */
export function validateRow(
  m: Measure,
  lists: ListKeys,
  planRefs: ReadonlySet<string> | null,
  out: Finding[],
  suggestId: SuggestId,
  totalRow = false,
): void {
  if (m.id.trim() === '')
    out.push(
      findingAt(m, 'id-missing', 'id', {
        suggestion: suggestId(m),
        ...(totalRow ? { reason: 'total-row' as const } : {}),
      }),
    );
  push(out, checkSection(m, lists));
  push(out, checkPriority(m));
  push(out, checkRef(m, planRefs));
  if (m.measure.trim() === '') out.push(findingAt(m, 'measure-missing', 'measure', {}));
  push(out, checkMeasureLength(m));
  push(out, checkKind(m));
  push(out, checkStatus(m, totalRow));
  push(out, checkPurpose(m));
  if (m.responsible.trim() === '') out.push(findingAt(m, 'responsible-missing', 'responsible', {}));
  checkAreas(m, lists, out);
  push(out, checkFrame(m, lists));
}
