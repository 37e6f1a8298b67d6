/**
 * Classification of one reconciliation comparison (SPEC §10), and of a key's series of per-year
 * comparisons, where a difference that the period sum absorbs is `timing` rather than `mismatch`.
 */
import { kr } from './money';
import type { ReconciliationClass, ReconciliationCode, ReconciliationItem, Severity } from './types';

/** How a comparison is judged beyond plain equality. */
export interface ClassifyContext {
  /** `frame-total` against a Ramme line: the measures must not exceed the line, so below it is a match. */
  readonly ceiling?: boolean;
  /** The key's period sums agree (within tolerance): a differing year is only a shift in time. */
  readonly periodAgrees?: boolean;
}

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
  ctx: ClassifyContext = {},
): ReconciliationClass {
  const delta = measures - economyPlan;
  if (delta === 0 || (ctx.ceiling === true && measures <= economyPlan)) return 'match';
  if (Math.abs(delta) <= tolerance) return 'rounding';
  if (measures !== 0 && economyPlan !== 0 && Math.sign(measures) !== Math.sign(economyPlan)) return 'sign';
  if (isFactor1000(measures, economyPlan)) return 'unit-suspect';
  if (ctx.periodAgrees === true) return 'timing';
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

/** Builds the item of a comparison with a given class; optional fields stay absent rather than undefined. */
export function toItem(c: Comparison, cls: ReconciliationClass): ReconciliationItem {
  const cells: { measures?: string; economyPlan?: string } = {};
  if (c.cells.measures !== undefined) cells.measures = c.cells.measures;
  if (c.cells.economyPlan !== undefined) cells.economyPlan = c.cells.economyPlan;
  // Built field by field in report (JSON) order; a check makes one item per key and year, so no
  // throwaway objects for the optional fields.
  const item: Mutable<ReconciliationItem> = {
    code: c.code,
    class: cls,
    severity: severityFor(c.code, cls),
    ref: c.ref,
  };
  if (c.measureId !== undefined) item.measureId = c.measureId;
  if (c.source !== undefined) item.source = c.source;
  if (c.year !== undefined) item.year = c.year;
  item.measures = c.measures;
  item.economyPlan = c.economyPlan;
  item.difference = kr(c.measures - c.economyPlan);
  item.cells = cells;
  return item as ReconciliationItem;
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

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
  return series.map((c) => toItem(c, classify(c.measures, c.economyPlan, tolerance, { ceiling, periodAgrees })));
}
