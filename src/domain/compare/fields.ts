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
import { groupKey } from '../measures/grouping';
import { yearKey, type SheetRowCells } from '../read/rowCells';
import { exactly, type SameAmount } from './amounts';
import { oneSidedChange, type OneSidedYear } from './oneSided';
import type { CellText, UnknownTexts } from './unknownAmounts';

const NOT_COMPARED_TYPES: ReadonlySet<ColumnType> = new Set(['id', 'formula']);
const NOT_COMPARED_KEYS: ReadonlySet<string> = new Set(['comment']);

/** A calendar year both versions hold, with its place in each version's years. */
export interface CommonYear {
  readonly year: number;
  readonly old: number;
  readonly new: number;
}

/** The years a row's amounts are compared in: both versions', and (for measures) those one version only holds. */
export type ComparedYear = CommonYear | OneSidedYear;

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

/** Whether two values of a column (not an amount: amountChange) mean the same. */
function same(a: ChangeValue, b: ChangeValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return sameList(a, b);
  return a === b;
}

/**
 * Two Rammeområde codes: the same frame when the totals and the reconciliation group them as one (groupKey, as
 * SUMIFS: case and outer spaces aside), so "R4" retyped "r4" is no change (docs/spec.md §14).
 */
const sameFrame = (a: ChangeValue, b: ChangeValue): boolean =>
  a === b || (typeof a === 'string' && typeof b === 'string' && groupKey(a) === groupKey(b));

/** How a comparison tells amounts apart beyond their kroner (amounts.ts, unknownAmounts.ts). */
export interface AmountRules {
  /** Whether two amounts are the same: exactly, without it. */
  readonly same?: SameAmount;
  /** The texts that are no amount ("?") in each version's cells. */
  readonly unknown?: { readonly old?: UnknownTexts; readonly new?: UnknownTexts };
}

/**
 * The change of one amount from `a` to `b`, or null: a text that is no amount (`ta`, `tb`: "?") gives no figure,
 * so it is empty here — the same as empty or another such text, a change against any number, 0 too.
 */
function amountChange(
  field: string,
  year: number | undefined,
  a: Kr | null,
  b: Kr | null,
  ta: string | undefined,
  tb: string | undefined,
  same: SameAmount,
): FieldChange | null {
  if (ta === undefined && tb === undefined)
    return same(a, b) ? null : { field, ...(year !== undefined ? { year } : {}), old: a, new: b };
  const [va, vb] = [ta === undefined ? a : null, tb === undefined ? b : null];
  if (va === vb) return null;
  const texts = { ...(ta !== undefined ? { oldText: ta } : {}), ...(tb !== undefined ? { newText: tb } : {}) };
  return { field, ...(year !== undefined ? { year } : {}), old: va, new: vb, ...texts };
}

/**
 * An amount the comparison counts as the same as its counterpart's though their kroner differ (amounts.ts: the
 * finer version's amount rounded to the coarser step): `field`, a year's by calendar `year`, and both amounts.
 * The totals tell that part of a difference apart as rounding (totals.ts).
 */
export interface RoundedAmount {
  readonly field: string;
  readonly year?: number;
  readonly old: Kr | null;
  readonly new: Kr | null;
}

/** `same` that also tells `rounded` of each pair it calls the same though the kroner differ. */
const telling =
  (same: SameAmount, field: string, year: number | undefined, rounded: (r: RoundedAmount) => void): SameAmount =>
  (a, b) => {
    if (!same(a, b)) return false;
    if (a !== b) rounded({ field, ...(year !== undefined ? { year } : {}), old: a, new: b });
    return true;
  };

/** An amount against a column that is not there: empty and 0 alike (no money either way). */
const noMoneyAlike: SameAmount = (a, b) => (a ?? 0) === (b ?? 0);

const NO_CHANGES: readonly FieldChange[] = Object.freeze([]);

/**
 * The changes from `before` to `after`, in column order; a year's amount once per calendar year of `years`, in its
 * order (a year one version only holds: oneSidedChange, never rounding); two
 * amounts differ when `sameAmount` says so (amounts.ts); `rounded`, when given, hears of each amount it calls the
 * same though the kroner differ (a text that is no amount aside). Most pairs have none: they share one empty list
 * (a comparison of 10 000 measures made one per pair).
 */
export function fieldChanges(
  columns: readonly ColumnSpec[],
  before: Row,
  after: Row,
  years: readonly ComparedYear[],
  rules: AmountRules = {},
  rounded?: (r: RoundedAmount) => void,
): readonly FieldChange[] {
  const sameAmount = rules.same ?? exactly;
  const sameIn = (field: string, year?: number): SameAmount =>
    rounded ? telling(sameAmount, field, year, rounded) : sameAmount;
  const textOld: CellText | undefined = rules.unknown?.old?.(before as unknown as SheetRowCells);
  const textNew: CellText | undefined = rules.unknown?.new?.(after as unknown as SheetRowCells);
  // Nearly every row has no such text: then no address is made and nothing looked up per amount.
  const textOf = (side: CellText | undefined, key: string, year?: number): string | undefined =>
    side === undefined ? undefined : side(year === undefined ? key : yearKey(year));
  let changes: FieldChange[] | null = null;
  for (const spec of columns) {
    if (spec.key === YEARS.key) {
      for (const y of years) {
        if ('onlyIn' in y) {
          const [row, side] = y.onlyIn === 'old' ? [before, textOld] : [after, textNew];
          const change = oneSidedChange(y, row, textOf(side, YEARS.key, y.year));
          if (change) (changes ??= []).push(change);
          continue;
        }
        const a = before.years[y.old] ?? null;
        const b = after.years[y.new] ?? null;
        const [ta, tb] = [textOf(textOld, YEARS.key, y.year), textOf(textNew, YEARS.key, y.year)];
        const change = amountChange(YEARS.key, y.year, a, b, ta, tb, sameIn(YEARS.key, y.year));
        if (change) (changes ??= []).push(change);
      }
      continue;
    }
    const a = valueOf(spec, before);
    const b = valueOf(spec, after);
    if (spec.type === 'amount') {
      // A column one side's table does not have (a measure moved between the tables) holds no money: a 0 there
      // going to no column is no change, as SPEC §14 compares a moved measure's columns from and to empty.
      const absent = before[spec.key] === undefined || after[spec.key] === undefined;
      const [ka, kb] = [a as Kr | null, b as Kr | null];
      const change = absent
        ? amountChange(spec.key, undefined, ka, kb, undefined, undefined, noMoneyAlike)
        : amountChange(
            spec.key,
            undefined,
            ka,
            kb,
            textOf(textOld, spec.key),
            textOf(textNew, spec.key),
            sameIn(spec.key),
          );
      if (change) (changes ??= []).push(change);
      continue;
    }
    if (!(spec.key === 'frame' ? sameFrame : same)(a, b))
      (changes ??= []).push({ field: spec.key, old: copy(a), new: copy(b) });
  }
  return changes ?? NO_CHANGES;
}

/** The amounts of a row by calendar year (the row's own plan years). */
export function yearRecord(row: Row, years: readonly number[]): Record<string, Kr | null> {
  const record: Record<string, Kr | null> = {};
  years.forEach((y, i) => (record[String(y)] = row.years[i] ?? null));
  return record;
}

/**
 * A row listed whole (added or removed): its amounts by calendar year, and the years whose cell holds a text that
 * is no amount ("?", `unknown`'s) as typed, their amount null — no figure, as a changed field gives none.
 */
export function yearEntry(
  row: Row,
  years: readonly number[],
  unknown: UnknownTexts | undefined,
): { years: Record<string, Kr | null>; texts?: Record<string, string> } {
  const record = yearRecord(row, years);
  const cellText = unknown?.(row as unknown as SheetRowCells);
  if (cellText === undefined) return { years: record };
  const texts: Record<string, string> = {};
  for (const y of years) {
    const text = cellText(yearKey(y));
    if (text === undefined) continue;
    texts[String(y)] = text;
    record[String(y)] = null;
  }
  return Object.keys(texts).length > 0 ? { years: record, texts } : { years: record };
}
