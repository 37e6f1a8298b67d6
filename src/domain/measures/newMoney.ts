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

/**
 * Splits the exact shares n_i / d (d > 0) into integers that add up to round(Σ n_i / d), rounded half away
 * from zero: every share is first truncated toward zero; the units still missing go one each to the shares
 * with the largest remainder in the needed direction, ties to the earlier index. Exact at any size (BigInt),
 * and sign-symmetric: negating every numerator negates the result.
 */
export function apportion(numerators: readonly bigint[], denominator: bigint): bigint[] {
  if (denominator <= 0n) throw new Error('apportion(): the denominator must be positive');
  const d = denominator;
  let sum = 0n;
  for (const n of numerators) sum += n;
  const whole = sum / d;
  const total = whole + (2n * abs(sum - whole * d) >= d ? signOf(sum) : 0n);
  const parts = numerators.map((n) => n / d);
  let missing = total;
  for (const p of parts) missing -= p;
  const direction = signOf(missing);
  // |missing| ≤ the number of shares (each remainder is below one unit), so each share gets at most one.
  const given = new Set<number>();
  for (; missing !== 0n; missing -= direction) {
    let best = -1;
    let bestRemainder = 0n;
    numerators.forEach((n, i) => {
      const remainder = direction * (n - (parts[i] ?? 0n) * d);
      if (!given.has(i) && (best < 0 || remainder > bestRemainder)) {
        best = i;
        bestRemainder = remainder;
      }
    });
    if (best < 0) break;
    given.add(best);
    parts[best] = (parts[best] ?? 0n) + direction;
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
  if (!weights.every(Number.isSafeInteger)) throw new Error('splitLargestRemainder(): weights must be integers');
  const whole = BigInt(roundHalfAwayFromZero(total)) * (sum < 0 ? -1n : 1n);
  const parts = apportion(
    weights.map((w) => whole * BigInt(w)),
    BigInt(Math.abs(sum)),
  );
  return parts.map((p) => Number(p) || 0);
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

/** New money per year of a measure, or null when it gets none (no Nye midler, or no financing base). */
function computeNewMoney(m: OperatingMeasure, unit: Unit): Kr[] | null {
  const newMoney = m.finNew ?? 0;
  if (newMoney === 0) return null;
  const base = financingBase(m);
  if (base === 0) return null;
  const step = newMoneyStep(unit);
  const sign = base < 0 ? -1 : 1;
  const count = m.years.length;
  // Year y's share in steps is N_y / D, N_y = cost(y) × Nye midler (signed so that D is positive).
  const d = Math.abs(base) * step;
  const out = new Array<Kr>(count);
  let whole = Number.isSafeInteger(d);
  for (let i = 0; i < count; i++) {
    const n = sign * (m.years[i] ?? 0) * newMoney;
    // Beyond what a cell may hold: every part counts as 0 (never an overflow).
    if (Math.abs(n) > MAX_KR * Math.abs(base)) return out.fill(kr(0));
    // The common case needs no apportioning: every share a whole number of steps (a measure financed wholly
    // by new money, typed in whole units). Not a second rounding rule: with no remainders apportion gives the
    // same quotients. Measured: it keeps BigInt off the hot path of ordinary plans (docs/performance.md).
    if (whole && Number.isSafeInteger(n) && n % d === 0) out[i] = kr((n / d) * step);
    else whole = false;
  }
  if (whole) return out;
  const numerators = m.years.map((y) => BigInt(sign) * BigInt(y ?? 0) * BigInt(newMoney));
  const parts = apportion(numerators, BigInt(Math.abs(base)) * BigInt(step));
  return parts.map((p) => kr(Number(p) * step));
}
