/**
 * New money per year (SPEC §4): the part of each year's cost that the economy plan must carry, in whole
 * units of Beløpsenhet, split with the largest-remainder method so the years add up to the rounded total.
 */
import { kr, MAX_KR, roundHalfAwayFromZero, UNIT_FACTOR } from '../model/money';
import { financingBase } from './financing';
import type { Kr, Unit } from '../model/money';
import type { OperatingMeasure, Plan } from '../model/plan';

/** Removes binary noise (0.1 × 3 = 0.30000000000000004) before a fraction decides a rounding. */
function normalise(x: number): number {
  // An integer below 10^15 has no noise to remove (and toPrecision is slow in the per-year loops).
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  const n = Number(x.toPrecision(15));
  return n === 0 ? 0 : n;
}

/**
 * Rounds each exact part to an integer so that the parts add up to `total` (an integer within ½ · n of
 * Σ exact). Every part is first truncated toward zero; the units still missing go one each to the parts
 * with the largest remainder in the needed direction, ties to the earlier index. Truncating toward zero
 * (not flooring) makes the method sign-symmetric: negating every part and the total negates the result.
 */
export function roundToTotal(exact: readonly number[], total: number): number[] {
  const parts = exact.map((e) => Math.trunc(normalise(e)));
  let missing = total - parts.reduce((a, b) => a + b, 0);
  // Nothing to distribute (the common case of whole parts): skip the remainders and their sort.
  if (missing === 0) return parts.map((p) => (p === 0 ? 0 : p));
  const remainders = exact.map((e, i) => normalise(normalise(e) - (parts[i] ?? 0)));
  const step = Math.sign(missing);
  const order = remainders
    .map((r, i) => ({ r: r * step, i }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.i);
  // The guard keeps the loop finite even for a total that is further from Σ exact than rounding allows.
  for (let k = 0; missing !== 0 && order.length > 0; k++) {
    const i = order[k % order.length] ?? 0;
    parts[i] = (parts[i] ?? 0) + step;
    missing -= step;
  }
  return parts.map((p) => (p === 0 ? 0 : p));
}

/**
 * Splits the integer `total` into integer parts proportional to `weights` that add up to `total` exactly
 * (largest remainder, ties to the earlier index). Sign-symmetric in both the total and the weights.
 * When the weights add up to 0 there is no proportion to follow, and every part is 0.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const whole = roundHalfAwayFromZero(total);
  return roundToTotal(
    weights.map((w) => (whole * w) / sum),
    whole,
  );
}

/**
 * The rounding step of new money in kroner: one whole unit of Beløpsenhet, as SPEC §4 says literally
 * (1 000 kr by default; note that this is a whole million in a `mill kr` workbook).
 */
export function newMoneyStep(unit: Unit): number {
  return UNIT_FACTOR[unit];
}

/** New money per year of every operating measure of a plan, by the measure's index in `plan.operating`. */
export type PlanNewMoney = readonly (readonly Kr[])[];

/**
 * New money per plan year of every operating measure of `plan` (SPEC §4), in table order: cost(y) × Nye
 * midler / base, rounded to whole units of Beløpsenhet, half away from zero for the total and largest
 * remainder for the years, so that the years add up to the rounded total; empty cells count as 0. Measures
 * without new money (no Nye midler, or no financing base) share one list of zeros (read-only, as the whole
 * result is). A check computes it once and hands it to the totals and the reconcilers.
 */
export function planNewMoney(plan: Plan): PlanNewMoney {
  const unit = plan.settings.unit;
  const zeros: readonly Kr[] = plan.years.map(() => kr(0));
  return plan.operating.map((m) => computeNewMoney(m, unit) ?? zeros);
}

/**
 * trunc(n / d) for safe integers, d > 0; exact, since n − q·d fits in a double. (The remainder is n − q·d:
 * no pair object per call, as this runs per measure and year.)
 */
function quotient(n: number, d: number): number {
  const q = Math.trunc(n / d);
  const r = n - q * d;
  // The float quotient can be one off next to an integer: put q back where truncation puts it.
  if (r >= d || (n < 0 && r > 0)) return q + 1;
  if (r <= -d || (n > 0 && r < 0)) return q - 1;
  return q;
}

/**
 * New money in whole units by exact integer arithmetic: year y's share is N_y / D with N_y = cost(y) ×
 * Nye midler and D = base × step, so truncation, remainders and their ties are exact, with no float noise
 * to normalise away. null when a product leaves the safe integers (then computeNewMoney's BigInt path runs).
 */
/** Year i's numerator N_i = cost(i) × Nye midler, signed so that the denominator is positive. */
const numerator = (years: readonly (Kr | null)[], i: number, sign: number, newMoney: number): number =>
  sign * (years[i] ?? 0) * newMoney;

function exactUnits(years: readonly (Kr | null)[], newMoney: number, base: number, step: number): number[] | null {
  const sign = base < 0 ? -1 : 1;
  const d = Math.abs(base) * step;
  if (!Number.isSafeInteger(d)) return null;
  // One array at its size, numerators recomputed instead of kept, a bit mask instead of a list of the years
  // given a unit: this runs for every costed measure.
  const count = years.length;
  // The mask below holds 30 years; a plan has at most 10 (other lengths take the float path).
  if (count > 30) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const n = numerator(years, i, sign, newMoney);
    if (!Number.isSafeInteger(n)) return null;
    // Beyond what a cell may hold (see computeNewMoney): every part counts as 0.
    if (Math.abs(n) > MAX_KR * Math.abs(base)) return new Array<number>(count).fill(0);
    sum += n;
  }
  if (!Number.isSafeInteger(sum)) return null;
  const whole = quotient(sum, d);
  // Half away from zero: |remainder| ≥ d/2 goes one unit further from zero.
  const total = whole + (2 * Math.abs(sum - whole * d) >= d ? Math.sign(sum) : 0);
  const parts = new Array<number>(count);
  let missing = total;
  for (let i = 0; i < count; i++) {
    parts[i] = quotient(numerator(years, i, sign, newMoney), d);
    missing -= parts[i] ?? 0;
  }
  // The units still missing go one each to the largest remainders in their direction, ties to the earlier
  // year: |missing| ≤ count, so each year gets at most one.
  let given = 0;
  for (const direction = Math.sign(missing); missing !== 0; missing -= direction) {
    let best = -1;
    let bestRemainder = 0;
    for (let i = 0; i < count; i++) {
      if ((given & (1 << i)) !== 0) continue;
      const remainder = direction * (numerator(years, i, sign, newMoney) - (parts[i] ?? 0) * d);
      if (best < 0 || remainder > bestRemainder) {
        best = i;
        bestRemainder = remainder;
      }
    }
    if (best < 0) break;
    given |= 1 << best;
    parts[best] = (parts[best] ?? 0) + direction;
  }
  return parts;
}

/** New money per year of a measure, or null when it gets none (no Nye midler, or no financing base). */
function computeNewMoney(m: OperatingMeasure, unit: Unit): Kr[] | null {
  const newMoney = m.finNew ?? 0;
  if (newMoney === 0) return null;
  const base = financingBase(m);
  if (base === 0) return null;
  const step = newMoneyStep(unit);
  const units = exactUnits(m.years, newMoney, base, step) ?? bigUnits(m.years, newMoney, base, step);
  // In place: kept per measure (made at its size by exactUnits or roundToTotal).
  for (let i = 0; i < units.length; i++) units[i] = kr((units[i] ?? 0) * step);
  return units as Kr[];
}

/**
 * exactUnits in BigInt, for amounts whose products leave the safe integers (a Nye midler of 50 million kr on a
 * base of 180 million kr already does): the same rule, exact at any size. The float arithmetic it replaces
 * ranked remainders that tie exactly (equal years) by their binary noise. Rare, so its allocations do not
 * matter; exactUnits stays the path of every ordinary measure.
 */
function bigUnits(years: readonly (Kr | null)[], newMoney: number, base: number, step: number): number[] {
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  const signOf = (x: bigint): bigint => (x < 0n ? -1n : x > 0n ? 1n : 0n);
  const sign = base < 0 ? -1n : 1n;
  const d = BigInt(Math.abs(base)) * BigInt(step);
  const n = years.map((y) => sign * BigInt(y ?? 0) * BigInt(newMoney));
  // Beyond what a cell may hold (see exactUnits): every part counts as 0.
  const limit = BigInt(MAX_KR) * BigInt(Math.abs(base));
  if (n.some((x) => abs(x) > limit)) return years.map(() => 0);
  const sum = n.reduce((a, b) => a + b, 0n);
  const whole = sum / d;
  const total = whole + (2n * abs(sum - whole * d) >= d ? signOf(sum) : 0n);
  const parts = n.map((x) => x / d);
  let missing = total - parts.reduce((a, b) => a + b, 0n);
  const direction = signOf(missing);
  const given = new Set<number>();
  for (; missing !== 0n; missing -= direction) {
    let best = -1;
    let bestRemainder = 0n;
    n.forEach((x, i) => {
      const remainder = direction * (x - (parts[i] ?? 0n) * d);
      if (!given.has(i) && (best < 0 || remainder > bestRemainder)) {
        best = i;
        bestRemainder = remainder;
      }
    });
    if (best < 0) break;
    given.add(best);
    parts[best] = (parts[best] ?? 0n) + direction;
  }
  return parts.map((p) => Number(p));
}
