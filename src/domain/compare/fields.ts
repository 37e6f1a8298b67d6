/**
 * Field by field comparison of two rows of one table, driven by the schema: every column of the table is
 * compared, in column order, except the ID (what rows are matched by), calculated columns (they follow from
 * the years) and Kommentar (a free note, not part of the plan). Amounts go by calendar year, in kroner.
 */
import type { ChangeValue, FieldChange } from '../model/changeSet';
import type { Kr } from '../model/money';
import { YEARS, type ColumnSpec, type ColumnType } from '../model/schema';
import type { MeasureCommon } from '../model/plan';
import { keptPriority } from '../read/typedTexts';

const NOT_COMPARED_TYPES: ReadonlySet<ColumnType> = new Set(['id', 'formula']);
const NOT_COMPARED_KEYS: ReadonlySet<string> = new Set(['comment']);

/** A calendar year both versions hold, with its place in each version's years. */
export interface CommonYear {
  readonly year: number;
  readonly old: number;
  readonly new: number;
}

/** A measure or line as the comparison sees it: schema key → value, plus one amount per plan year. */
export type Row = Readonly<Record<string, unknown>> & { readonly years: readonly (Kr | null)[] };

/** The columns of a table that a comparison looks at, in column order (the years placeholder included). */
export function comparedColumns(columns: readonly ColumnSpec[]): ColumnSpec[] {
  return columns.filter((c) => !NOT_COMPARED_TYPES.has(c.type) && !NOT_COMPARED_KEYS.has(c.key));
}

/**
 * A value as read (a list is the row's own, shared, list: copied only into a change). A Prioritet typed as text
 * ("høy") is compared as typed, as a roll keeps it (keptPriority), not as the empty number it reads as.
 */
function valueOf(spec: ColumnSpec, row: Row): ChangeValue {
  const v =
    spec.key === 'priority'
      ? keptPriority(row as unknown as Pick<MeasureCommon, 'priority' | 'priorityText'>)
      : row[spec.key];
  if (typeof v === 'number' || typeof v === 'string' || Array.isArray(v)) return v as ChangeValue;
  return spec.type === 'amount' || spec.type === 'integer' ? null : '';
}

/** A list compared as a set: the order the areas were typed in is no change. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  // Nearly always the same list in the same order: sorted copies only when that fails.
  if (a.every((x, i) => x === b[i])) return true;
  const sorted = [...b].sort();
  return [...a].sort().every((x, i) => x === sorted[i]);
}

const copy = (v: ChangeValue): ChangeValue => (Array.isArray(v) ? [...(v as readonly string[])] : v);

/** Whether two values of a column mean the same: an empty amount is no money, like 0. */
function same(spec: ColumnSpec, a: ChangeValue, b: ChangeValue): boolean {
  if (spec.type === 'amount') return (a ?? 0) === (b ?? 0);
  if (Array.isArray(a) && Array.isArray(b)) return sameList(a, b);
  return a === b;
}

const NO_CHANGES: readonly FieldChange[] = Object.freeze([]);

/**
 * The changes from `before` to `after`, in column order; a year's amount once per common calendar year. Most
 * pairs have none: they share one empty list (a comparison of 10 000 measures made one per pair).
 */
export function fieldChanges(
  columns: readonly ColumnSpec[],
  before: Row,
  after: Row,
  years: readonly CommonYear[],
): readonly FieldChange[] {
  let changes: FieldChange[] | null = null;
  for (const spec of columns) {
    if (spec.key === YEARS.key) {
      for (const y of years) {
        const a = before.years[y.old] ?? null;
        const b = after.years[y.new] ?? null;
        if ((a ?? 0) !== (b ?? 0)) (changes ??= []).push({ field: YEARS.key, year: y.year, old: a, new: b });
      }
      continue;
    }
    const a = valueOf(spec, before);
    const b = valueOf(spec, after);
    if (!same(spec, a, b)) (changes ??= []).push({ field: spec.key, old: copy(a), new: copy(b) });
  }
  return changes ?? NO_CHANGES;
}

/** The amounts of a row by calendar year (the row's own plan years). */
export function yearRecord(row: Row, years: readonly number[]): Record<string, Kr | null> {
  const record: Record<string, Kr | null> = {};
  years.forEach((y, i) => (record[String(y)] = row.years[i] ?? null));
  return record;
}
