/**
 * New money per year (SPEC §4): the part of each year's cost that the economy plan must carry, rounded to the
 * smallest amount the Beløpsenhet shows and split with the largest-remainder method so the years add up to
 * the rounded total. `apportion` is the product's one largest-remainder implementation (the chart's bars use
 * it too, through splitLargestRemainder).
 */
import { kr, MAX_KR, roundHalfAwayFromZero } from '../model/money';
import { financingBase } from './financing';
import type { Kr, Unit } from '../model/money';
import type { OperatingMeasure, Plan } from '../model/plan';

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const signOf = (x: bigint): bigint => (x < 0n ? -1n : x > 0n ? 1n : 0n);

// The exact integer arithmetic of apportion. Measured (docs/performance.md): in BigInt throughout, it made some
// 8 MB of garbage per check of 20 000 measures. While a product (or the sum of the products' magnitudes) is a
// safe integer, doubles give the same numbers: % is exact, and so is dividing the exact multiple n − n % d.
// BigInt takes over beyond.

/** n / d truncated toward zero, n = w × f, exactly; throws when that leaves the safe integers. */
function quotient(w: number, f: number, d: number): number {
  const n = w * f;
  if (Number.isSafeInteger(n)) return (n - (n % d)) / d;
  const q = Number((BigInt(w) * BigInt(f)) / BigInt(d));
  if (!Number.isSafeInteger(q)) throw new Error('apportion(): a share beyond the safe integers');
  return q;
}

/** n − quotient × d, n = w × f, exactly: the sign of n, below d in size (a safe integer). */
function remainder(w: number, f: number, d: number): number {
  const n = w * f;
  return Number.isSafeInteger(n) ? n % d : Number((BigInt(w) * BigInt(f)) % BigInt(d));
}

/**
 * How many units `parts` lack to add up to round(Σ w_i × f / d), half away from zero, exactly: a small integer,
 * positive or negative (apportion: at most the shares that may still move that way).
 */
function missingUnits(weights: readonly (number | null)[], f: number, d: number, parts: readonly number[]): number {
  let sum = 0;
  let magnitude = 0;
  let rounded = 0;
  // Counted (per costed measure's year; docs/performance.md), as in apportion.
  for (let i = 0; i < weights.length; i++) {
    const n = (weights[i] ?? 0) * f;
    sum += n;
    magnitude += Math.abs(n);
    rounded += parts[i] ?? 0;
  }
  if (Number.isSafeInteger(magnitude)) {
    const rest = sum % d;
    return (sum - rest) / d + (2 * Math.abs(rest) >= d ? Math.sign(sum) : 0) - rounded;
  }
  const big = weights.reduce((acc: bigint, w) => acc + BigInt(w ?? 0) * BigInt(f), 0n);
  const bigD = BigInt(d);
  const whole = big / bigD;
  const total = whole + (2n * abs(big - whole * bigD) >= bigD ? signOf(big) : 0n);
  return Number(parts.reduce((acc: bigint, p) => acc - BigInt(p), total));
}

/** The step a share n / d takes beyond its truncation when rounded half away from zero: −1, 0 or 1. */
const halfAway = (rest: number, d: number): number => (2 * Math.abs(rest) >= d ? Math.sign(rest) : 0);

/**
 * Splits the exact shares n_i / d, n_i = weights_i × factor (safe integers, d > 0; a null weight, an empty
 * cell, counts as 0), into integers that add up to round(Σ n_i / d), rounded half away from zero (SPEC §4):
 * every share is first rounded half away from zero on its own; when those do not add up to the rounded total,
 * the units still missing go one each to the shares whose exact value lies furthest beyond their part in the
 * needed direction (the largest remainder). Equal remainders (ties go to the earlier year): the earlier share
 * ends up further from zero — a step away from zero goes to the earlier, a step toward zero to the later one.
 * For shares of one sign this is the classic split (truncate, then the largest remainders, ties to the earlier
 * index); with mixed signs no share is truncated toward zero against the total (⅔ and −⅔ are 1 and −1, not 0).
 * Every part is within one step of its share; exact at any size of the products (each share must stay a safe
 * integer), and sign-symmetric: negating the factor negates the result.
 */
export function apportion(weights: readonly (number | null)[], factor: number, d: number): number[] {
  if (!Number.isSafeInteger(d) || d <= 0) throw new Error('apportion(): the denominator must be a positive integer');
  if (!Number.isSafeInteger(factor) || !weights.every((w) => w === null || Number.isSafeInteger(w)))
    throw new Error('apportion(): the weights and the factor must be integers');
  const parts = new Array<number>(weights.length);
  // Counted here and below (per costed measure's year; docs/performance.md).
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    parts[i] = quotient(w, factor, d) + halfAway(remainder(w, factor, d), d);
  }
  let missing = missingUnits(weights, factor, d, parts);
  const direction = Math.sign(missing);
  // With e_i = share − part (|e_i| ≤ ½) and T the rounded total, missing = (T − Σ shares) + Σ e_i, |T − Σ| ≤ ½:
  // for missing > 0, missing ≤ ½ + ½ × #(e_i > 0), so at most the number of shares that lie beyond their part in
  // that direction (and likewise below 0). Each of them moves at most one step, staying within one of its share.
  const given = missing === 0 ? [] : new Array<boolean>(weights.length).fill(false);
  for (; missing !== 0; missing -= direction) {
    let best = -1;
    let bestBeyond = 0;
    let bestAway = false;
    for (let i = 0; i < weights.length; i++) {
      const rest = remainder(weights[i] ?? 0, factor, d);
      // (share − part) × d in the needed direction, exactly (|rest| < d).
      const beyond = direction * (rest - halfAway(rest, d) * d);
      if (given[i] || beyond <= 0 || beyond < bestBeyond) continue;
      // Ties: a step away from zero (share of the direction's sign) in index order, then toward zero in reverse.
      if (best < 0 || beyond > bestBeyond || !bestAway) {
        best = i;
        bestBeyond = beyond;
        bestAway = Math.sign(rest) === direction;
      }
    }
    if (best < 0) break;
    given[best] = true;
    parts[best] = (parts[best] ?? 0) + direction;
  }
  return parts;
}

/**
 * Splits `total` (rounded half away from zero) into integer parts proportional to the integer `weights` that
 * add up to it exactly (apportion: largest remainder, ties to the earlier index). Sign-symmetric in both the
 * total and the weights. When the weights add up to 0 there is no proportion to follow, and every part is 0.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  if (!weights.every((w) => w === null || Number.isSafeInteger(w)))
    throw new Error('splitLargestRemainder(): weights must be integers');
  const whole = roundHalfAwayFromZero(total) * (sum < 0 ? -1 : 1);
  return apportion(weights, whole, Math.abs(sum)).map((p) => p || 0);
}

/**
 * The rounding step of new money in kroner: the smallest amount the Beløpsenhet shows (SPEC §4) — 1 kr in
 * `kr`, 1 000 kr in `1000 kr` and in `mill kr` (0,001 mill: a mill kr plan is typed with decimals).
 */
export function newMoneyStep(unit: Unit): number {
  return unit === 'kr' ? 1 : 1000;
}

/** New money per year of every operating measure of a plan, by the measure's index in `plan.operating`. */
export type PlanNewMoney = readonly (readonly Kr[])[];

/**
 * New money per plan year of every operating measure of `plan` (SPEC §4), in table order: cost(y) × Nye
 * midler / base, rounded to the unit's step (newMoneyStep), half away from zero for the total and largest
 * remainder for the years, so that the years add up to the rounded total; empty cells count as 0. Measures
 * without new money (no Nye midler, or no financing base) share one list of zeros (read-only, as the whole
 * result is). A check computes it once and hands it to the totals and the reconcilers.
 */
export function planNewMoney(plan: Plan): PlanNewMoney {
  const unit = plan.settings.unit;
  const zeros: readonly Kr[] = plan.years.map(() => kr(0));
  return plan.operating.map((m) => computeNewMoney(m, unit) ?? zeros);
}

/** New money per year of one operating measure (SPEC §4), as planNewMoney gives it: zeros when it gets none. */
export function measureNewMoney(m: OperatingMeasure, unit: Unit): Kr[] {
  return computeNewMoney(m, unit) ?? m.years.map(() => kr(0));
}

/** New money per year of a measure, or null when it gets none (no Nye midler, or no financing base). */
function computeNewMoney(m: OperatingMeasure, unit: Unit): Kr[] | null {
  const newMoney = m.finNew ?? 0;
  if (newMoney === 0) return null;
  const base = financingBase(m);
  if (base === 0) return null;
  const step = newMoneyStep(unit);
  // Beyond what a cell may hold: every part counts as 0 (never an overflow).
  const limit = MAX_KR * Math.abs(base);
  // Counted (per costed measure; docs/performance.md).
  for (let i = 0; i < m.years.length; i++) {
    if (Math.abs((m.years[i] ?? 0) * newMoney) > limit) return m.years.map(() => kr(0));
  }
  // Year y's share in steps is N_y / D, N_y = cost(y) × Nye midler, signed so that D = |base| × step is positive.
  const parts = apportion(m.years, base < 0 ? -newMoney : newMoney, Math.abs(base) * step);
  for (let i = 0; i < parts.length; i++) parts[i] = kr((parts[i] ?? 0) * step);
  return parts as Kr[];
}
