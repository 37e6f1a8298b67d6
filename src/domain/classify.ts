/**
 * Classification of one reconciliation comparison (SPEC §10), and of a key's series of per-year
 * comparisons, where a difference that the period sum absorbs is `timing` rather than `mismatch`.
 */
import { kr, ZERO } from './money';
import { cellOf } from './reconcileCells';
import type {
  EconomyPlanLine,
  Kr,
  Measure,
  ReconciliationClass,
  ReconciliationCode,
  ReconciliationItem,
  Severity,
} from './types';

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
 * The class of one comparison, Δ = measures − economy plan. Order matters: equality, tolerance, then the
 * specific explanations (sign, unit) before the general ones (timing, mismatch).
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
  if (delta === 0 || (ceiling && measures <= economyPlan)) return 'match';
  if (Math.abs(delta) <= tolerance) return 'rounding';
  if (measures !== 0 && economyPlan !== 0 && Math.sign(measures) !== Math.sign(economyPlan)) return 'sign';
  if (isFactor1000(measures, economyPlan)) return 'unit-suspect';
  if (periodAgrees) return 'timing';
  return 'mismatch';
}

const CLASS_SEVERITY: Readonly<Record<ReconciliationClass, Severity>> = {
  mismatch: 'error',
  'unit-suspect': 'error',
  sign: 'error',
  timing: 'warning',
  'not-costed': 'warning',
  match: 'info',
  rounding: 'info',
};

/** Severity of an item: by code for the two codes that are findings in themselves, otherwise by class. */
export function severityFor(code: ReconciliationCode, cls: ReconciliationClass): Severity {
  if (code === 'measure-not-in-economy-plan') return 'error';
  if (code === 'economy-plan-line-unmatched') return 'warning';
  return CLASS_SEVERITY[cls];
}

/** A compared item as the comparers describe it, before class, severity and Δ are derived. */
export type Comparison = Omit<ReconciliationItem, 'class' | 'severity' | 'difference'>;

type Cells = ReconciliationItem['cells'];

/** The cells of an item: both keys always, an absent address undefined (one shape for every item). */
function cellsOf(measures: string | undefined, economyPlan: string | undefined): Cells {
  return { measures, economyPlan };
}

/** The fields that make an item's key; measureId, source and year are undefined when they do not apply. */
interface ItemKey {
  readonly code: ReconciliationCode;
  readonly ref: string;
  readonly measureId?: string | undefined;
  readonly source?: string | undefined;
}

/**
 * An item with every field in report (JSON) order, optional ones undefined rather than absent: every item
 * has the same fields in the same order, so V8 gives all 40 000 of a large check one hidden class, and the
 * report, the sort and the writers read them without megamorphic lookups. JSON.stringify drops undefined.
 */
function makeItem(
  k: ItemKey,
  year: number | undefined,
  measures: Kr,
  economyPlan: Kr,
  cls: ReconciliationClass,
  cells: Cells,
): ReconciliationItem {
  return {
    code: k.code,
    class: cls,
    severity: severityFor(k.code, cls),
    ref: k.ref,
    measureId: k.measureId,
    source: k.source,
    year,
    measures,
    economyPlan,
    difference: kr(measures - economyPlan),
    cells,
  };
}

/** Builds the item of a comparison with a given class; optional fields stay absent rather than undefined. */
export function toItem(c: Comparison, cls: ReconciliationClass): ReconciliationItem {
  return makeItem(c, c.year, c.measures, c.economyPlan, cls, cellsOf(c.cells.measures, c.cells.economyPlan));
}

/**
 * One key's comparison per plan year, as arrays (no object per year): the cells are the `cellKeys` (one per
 * year) of the measure and of the economy plan line that the items name, where there is one.
 */
export interface YearSeries extends ItemKey {
  readonly years: readonly number[];
  readonly measures: readonly Kr[];
  readonly economyPlan: readonly Kr[];
  readonly cellKeys: readonly string[];
  readonly measuresCells: Measure | EconomyPlanLine | undefined;
  readonly economyPlanCells: Measure | EconomyPlanLine | undefined;
}

/**
 * classifySeries for a series given as arrays: the same items, without a Comparison per year. Appends them to
 * `into` when given (the reconcilers collect thousands of series into one list) and returns that list.
 */
export function classifyYears(
  s: YearSeries,
  tolerance: number,
  ceiling = false,
  into: ReconciliationItem[] = [],
): ReconciliationItem[] {
  let measures = 0;
  let economyPlan = 0;
  for (let i = 0; i < s.years.length; i++) {
    measures += s.measures[i] ?? 0;
    economyPlan += s.economyPlan[i] ?? 0;
  }
  const periodAgrees = ceiling ? measures <= economyPlan + tolerance : Math.abs(measures - economyPlan) <= tolerance;
  for (let i = 0; i < s.years.length; i++) {
    const m = s.measures[i] ?? ZERO;
    const e = s.economyPlan[i] ?? ZERO;
    const key = s.cellKeys[i] ?? '';
    const cells = cellsOf(cellOf(s.measuresCells, key), cellOf(s.economyPlanCells, key));
    into.push(makeItem(s, s.years[i], m, e, classifyIn(m, e, tolerance, ceiling, periodAgrees), cells));
  }
  return into;
}

/**
 * Classifies the per-year comparisons of one key together: when the period sums agree (for a ceiling:
 * the measures' period sum stays within the line's), every year that differs beyond tolerance is timing.
 */
export function classifySeries(
  series: readonly Comparison[],
  tolerance: number,
  ceiling = false,
): ReconciliationItem[] {
  const measures = series.reduce((a, c) => a + c.measures, 0);
  const economyPlan = series.reduce((a, c) => a + c.economyPlan, 0);
  const periodAgrees = ceiling ? measures <= economyPlan + tolerance : Math.abs(measures - economyPlan) <= tolerance;
  return series.map((c) => toItem(c, classifyIn(c.measures, c.economyPlan, tolerance, ceiling, periodAgrees)));
}
