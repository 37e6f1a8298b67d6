/**
 * Classification of one reconciliation comparison (SPEC §10), and of a key's series of per-year
 * comparisons, where a difference that the period sum absorbs is `timing` rather than `mismatch`.
 */
import { kr, ZERO } from '../model/money';
import { Item, type CellSource, type ItemKey } from './item';
import type { Kr } from '../model/money';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationClass } from '../model/reconciliationCodes';
import type { MissingLine } from '../model/reconciliationDetails';

/** How a comparison is judged beyond plain equality. */
export interface ClassifyContext {
  /** `frame-total` against a Ramme line: the measures must not exceed the line, so below it is a match. */
  readonly ceiling?: boolean;
  /** The key's period sums agree (within tolerance): a differing year is only a shift in time. */
  readonly periodAgrees?: boolean;
}

/** The classes in the order an officer should look at them (worst first): reports and the pane use it. */
export const CLASS_ORDER: readonly ReconciliationClass[] = [
  'mismatch',
  'unit-suspect',
  'sign',
  'timing',
  'not-costed',
  'rounding',
  'match',
];

/** Whether a and b (both non-zero, same sign) differ by a factor of 1000 within 0.1 %. */
export function isFactor1000(a: number, b: number): boolean {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return false;
  const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
  return Math.abs(ratio - 1000) <= 1000 * 0.001;
}

/**
 * The class of one comparison, Δ = measures − economy plan. Order matters: equality, tolerance, a shift the
 * period absorbs (timing), then the specific explanations of a real difference (sign, unit) before mismatch.
 */
export function classify(
  measures: number,
  economyPlan: number,
  tolerance: number,
  ctx: ClassifyContext = NO_CONTEXT,
): ReconciliationClass {
  return classifyIn(measures, economyPlan, tolerance, ctx.ceiling === true, ctx.periodAgrees === true);
}

const NO_CONTEXT: ClassifyContext = {};

/** classify with its context as flags: the series loops call it once per key and year, without objects. */
function classifyIn(
  measures: number,
  economyPlan: number,
  tolerance: number,
  ceiling: boolean,
  periodAgrees: boolean,
): ReconciliationClass {
  const delta = measures - economyPlan;
  if (delta === 0) return 'match';
  // A Ramme line 1 000 times the measures is a unit slip, not room to spare (docs/spec.md §10).
  if (ceiling && measures <= economyPlan) return isFactor1000(measures, economyPlan) ? 'unit-suspect' : 'match';
  if (Math.abs(delta) <= tolerance) return 'rounding';
  // Every differing year of a key whose period sums agree is timing (SPEC §10), even one that flips sign or
  // differs 1 000 times: the period absorbs it, so the fix is to move money between years, not to negate or
  // rescale this year (which would break the period). Never timing against a ceiling.
  if (periodAgrees && !ceiling) return 'timing';
  // Over a ceiling the measures exceed the frame whatever the signs: new money over a cut (a negative Ramme line,
  // an innsparingskrav) is an overrun to explain, not a saving typed with the wrong sign (SPEC §10).
  if (ceiling) return isFactor1000(measures, economyPlan) ? 'unit-suspect' : 'mismatch';
  if (measures !== 0 && economyPlan !== 0 && Math.sign(measures) !== Math.sign(economyPlan)) return 'sign';
  if (isFactor1000(measures, economyPlan)) return 'unit-suspect';
  return 'mismatch';
}

/**
 * The class of economy plan lines that match nothing: `mismatch`, whatever their amounts, as a measure without a
 * line is (SPEC §10: the code makes both errors or warnings of their own). Δ = 0 − the line says no agreement: a
 * line of zeros (a measure ended, its line kept), one within the tolerance, or +500 and −500 thousand that cancel
 * agrees with no measure all the same. `match` and `rounding` are the classes of infos: a warning of either would
 * be counted a warning and filed among the matches (the reports' «i samsvar», the pane's closed groups).
 */
export const UNMATCHED_CLASS: ReconciliationClass = 'mismatch';

/**
 * What an unmatched item tells of its line's years besides their sum, in one plan's check and in the
 * consolidation alike: that every year it has an amount for is 0 (`allZero`; `amountYears` those years when some
 * year is empty on it, SPEC §7: not given, so not 0), or the years that cancel (`lineYears`). `yearSums` per plan
 * year, null for a year empty on every line (sumLineYears).
 */
export function unmatchedYears(
  years: readonly number[],
  yearSums: readonly (number | null)[],
): Pick<ReconciliationItem, 'lineYears' | 'allZero' | 'amountYears'> {
  if (yearSums.every((y) => (y ?? 0) === 0)) {
    if (yearSums.every((y) => y !== null)) return { allZero: true };
    return { allZero: true, amountYears: years.filter((_, i) => yearSums[i] !== null) };
  }
  const lineYears = cancellingYears(years, yearSums);
  return lineYears ? { lineYears } : {};
}

/**
 * The nonzero years of an unmatched line (or lines) whose amounts cancel over the period, else undefined: an
 * item that shows 0 for them must say which years hold money (`lineYears`).
 */
function cancellingYears(
  years: readonly number[],
  yearSums: readonly (number | null)[],
): { readonly year: number; readonly amount: Kr }[] | undefined {
  if (yearSums.reduce<number>((a, b) => a + (b ?? 0), 0) !== 0) return undefined;
  return years.flatMap((year, i) => {
    const amount = yearSums[i] ?? 0;
    return amount === 0 ? [] : [{ year, amount: kr(amount) }];
  });
}

/** A compared item as the comparers describe it, before class, severity and Δ are derived. */
export type Comparison = Omit<ReconciliationItem, 'class' | 'severity' | 'difference'>;

/**
 * The item of a measure without an economy plan line, told what that line must hold. Rare (one per such
 * measure), so the extra field is added here rather than widening every item.
 */
export function withMissingLine(item: ReconciliationItem, missingLine: MissingLine): ReconciliationItem {
  return Object.assign(item, { missingLine });
}

/** Names every economy plan cell a measure's item adds up, when it has several lines (rare: added only then). */
export function withLineCells(item: ReconciliationItem | undefined, cells: readonly string[]): void {
  if (item !== undefined && cells.length > 1) Object.assign(item, { lineCells: cells });
}

/**
 * Marks an item as built from rows whose sums do not hold (SPEC §4: they count, and the explanation says
 * so), by their measure IDs. Rare, so the field is added here rather than widening every item.
 */
export function withRowErrors(item: ReconciliationItem | undefined, ids: readonly string[]): void {
  if (item !== undefined && ids.length > 0) Object.assign(item, { rowErrors: ids });
}

/** Builds the item of a comparison with a given class (its cells as given, made now). */
export function toItem(c: Comparison, cls: ReconciliationClass): ReconciliationItem {
  return new Item(c, c.year, c.measures, c.economyPlan, cls, c.cells);
}

/**
 * One key's comparison per plan year, as arrays (no object per year): the cells are the year's cells
 * (yearKey) of the measure and of the economy plan line that the items name, where there is one.
 */
export interface YearSeries extends ItemKey {
  readonly years: readonly number[];
  /** Amounts per plan year; an empty cell (null) counts as 0, and a difference against it says it is empty. */
  readonly measures: readonly (Kr | null)[];
  readonly economyPlan: readonly (Kr | null)[];
  /**
   * The rows the items name, shared by them: an object that lives on anyway where there is one (a measure's
   * matched line), since every item keeps it to the end of the check (measured: docs/performance.md).
   */
  readonly cells: CellSource;
  /**
   * The plan years not compared, when there are any: the economy plan has no amount for them on any line
   * (emptyEconomyYears, model/yearTables.ts). No item is made for them, and the period sums leave them out.
   */
  readonly waiting?: readonly number[];
}

/**
 * Classifies the per-year comparisons of one key together, appending one item per year to `into`: when the
 * period sums agree, every year that differs beyond tolerance is timing — except against a ceiling (a Ramme
 * line), where a year over the line is a mismatch whatever the period sums say. The years `waiting` are neither
 * compared nor in the period sums: a shift into a year the economy plan has no figures for yet is no difference.
 */
export function classifyYears(s: YearSeries, tolerance: number, ceiling: boolean, into: ReconciliationItem[]): void {
  const waiting = s.waiting !== undefined && s.waiting.length > 0 ? s.waiting : undefined;
  let measures = 0;
  let economyPlan = 0;
  for (let i = 0; i < s.years.length; i++) {
    if (waiting !== undefined && waiting.includes(s.years[i] ?? 0)) continue;
    measures += s.measures[i] ?? 0;
    economyPlan += s.economyPlan[i] ?? 0;
  }
  // Never timing against a ceiling (SPEC §10): each year's frame binds on its own, year 1 as the adopted budget.
  const periodAgrees = !ceiling && Math.abs(measures - economyPlan) <= tolerance;
  for (let i = 0; i < s.years.length; i++) {
    if (waiting !== undefined && waiting.includes(s.years[i] ?? 0)) continue;
    const m = s.measures[i] ?? ZERO;
    const e = s.economyPlan[i] ?? ZERO;
    const cls = classifyIn(m, e, tolerance, ceiling, periodAgrees);
    const item = new Item(s, s.years[i], m, e, cls, s.cells);
    // An empty cell compared as 0 is said as empty (rare: the field added only then).
    if (s.economyPlan[i] === null && cls !== 'match' && cls !== 'rounding')
      Object.assign(item, { economyPlanEmpty: true });
    into.push(item);
  }
}
