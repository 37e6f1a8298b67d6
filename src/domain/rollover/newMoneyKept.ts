/**
 * New money across a roll forward (SPEC §11): an operating measure whose financing base is Sum periode has its
 * financing scaled to the sum of the years that stay "so that its new money per year is unchanged". Nye midler
 * becomes the new money those years had (its per-year split then starts from the same total), the other columns
 * share the rest of the new base in proportion. Even so the largest remainder over fewer years can give a
 * thousand to another year than before (1000 kr: years 1/1/0/3, Endret drift 2, Nye midler 3 give new money
 * 1/0/0/2; after the roll 1/0/3 with Nye midler 2 give 1/0/1), and a measure whose base is Helårsvirkning
 * rounds over other years too: the roll names each kept year whose new money is not what it was (newMoneyShifts).
 */
import { kr, sumKr, type Kr, type Unit } from '../model/money';
import { sheetAddress } from '../read/rowCells';
import { financingBase, operatingFinancing } from '../measures/financing';
import { measureNewMoney, newMoneyStep, splitLargestRemainder } from '../measures/newMoney';
import { isCosted } from '../measures/costed';
import { OPERATING_FINANCING } from '../model/schema';
import { unknownLeft, type Typed } from './unknown';
import type { OperatingMeasure, Plan } from '../model/plan';

/** One kept year whose new money the roll changes: the year, and the new money before and after, in kroner. */
export interface NewMoneyChange {
  readonly year: number;
  readonly before: Kr;
  readonly after: Kr;
}

/** A measure whose new money per year is not what it was in every year that stays (SPEC §11). */
export interface NewMoneyShift {
  readonly id: string;
  readonly changes: readonly NewMoneyChange[];
}

/** `total` split over `weights` by largest remainder, in the unit's step when `total` is a multiple of it. */
function inSteps(total: number, weights: readonly number[], unit: Unit): Kr[] {
  const step = total % newMoneyStep(unit) === 0 ? newMoneyStep(unit) : 1;
  return splitLargestRemainder(total / step, weights).map((v) => kr(v * step));
}

/**
 * The financing with Nye midler = `kept` (the new money of the years that stay) and the other three columns
 * sharing `rest − kept` in their proportion; null when they cannot: no other column to take a rest that is not
 * 0, other columns that add up to 0, or a rest of the other sign than theirs (a column would change its sign).
 */
function keepingNewMoney(m: OperatingMeasure, rest: number, kept: Kr, unit: Unit): Kr[] | null {
  const others = OPERATING_FINANCING.filter((f) => f.key !== 'finNew');
  const weights: number[] = others.map((f) => m[f.key] ?? 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const left = rest - kept;
  if (sum === 0 && (left !== 0 || weights.some((w) => w !== 0))) return null;
  if (left !== 0 && Math.sign(left) !== Math.sign(sum)) return null;
  const shares = inSteps(left, weights, unit);
  return OPERATING_FINANCING.map((f) => (f.key === 'finNew' ? kept : (shares[others.indexOf(f)] ?? kr(0))));
}

/**
 * The financing of a measure whose base is its period sum (Helårsvirkning empty or 0, SPEC §4) once the first
 * year has left, adding up to the sum of the years that stay: Nye midler the new money those years had, the other
 * columns the rest in their proportion, in the unit's step (newMoneyStep) where the amounts allow it; when the
 * other columns cannot take the rest (keepingNewMoney), each of the four in proportion to what it was. Null
 * (kept as it is) when the base is Helårsvirkning, the first year cost nothing, a financing cell holds text, a
 * year that stays holds a "?" (its sum is not known), or the financing did not add up to the base before the
 * roll: a finding for the user to settle, not for the roll to guess at.
 */
export function rescaledFinancing(m: OperatingMeasure, plan: Plan, typed?: Typed): Kr[] | null {
  const unit = plan.settings.unit;
  const first = m.years[0] ?? 0;
  if ((m.fullYear ?? 0) !== 0 || first === 0) return null;
  if (OPERATING_FINANCING.some((f) => typed?.has(sheetAddress(m, f.key) ?? ''))) return null;
  if (unknownLeft(m, plan.years, typed)) return null;
  if (operatingFinancing(m) !== financingBase(m)) return null;
  const rest = sumKr(m.years.slice(1));
  const kept = sumKr(measureNewMoney(m, unit).slice(1));
  const weights = OPERATING_FINANCING.map((f) => m[f.key] ?? 0);
  return keepingNewMoney(m, rest, kept, unit) ?? inSteps(rest, weights, unit);
}

/** The measure as the roll writes it, in kroner: the years from the second on, its new last year, its financing. */
function rolledMeasure(m: OperatingMeasure, financing: readonly Kr[] | null): OperatingMeasure {
  const years = [...m.years.slice(1), m.kind === 'Varig' ? m.fullYear : null];
  if (financing === null) return { ...m, years };
  const f = (i: number): Kr => financing[i] ?? kr(0);
  return { ...m, years, finJoint: f(0), finReallocation: f(1), finOther: f(2), finNew: f(3) };
}

/**
 * The costed measures that stay whose new money in a year that stays is not what it was (SPEC §4's rounding over
 * the new years), each with those years and both amounts; `financing` is rescaledFinancing's answer per measure.
 * Only measures whose base is Helårsvirkning or whose financing the roll rescaled are compared; one with a "?" in a
 * year that stays is left out: its new money is not known before or after.
 */
export function newMoneyShifts(
  plan: Plan,
  staying: readonly OperatingMeasure[],
  financing: readonly (readonly Kr[] | null)[],
  typed?: Typed,
): NewMoneyShift[] {
  const unit = plan.settings.unit;
  const shifts: NewMoneyShift[] = [];
  staying.forEach((m, i) => {
    if (!isCosted(m) || unknownLeft(m, plan.years, typed)) return;
    // A base of Sum periode whose financing the roll kept (it did not add up, or a cell holds text): the change is
    // that financing's, which its own finding names, not the rounding's.
    if (financing[i] === null && (m.fullYear ?? 0) === 0) return;
    const before = measureNewMoney(m, unit).slice(1);
    const after = measureNewMoney(rolledMeasure(m, financing[i] ?? null), unit);
    const changes = before.flatMap((b, k) => {
      const a = after[k] ?? kr(0);
      return a === b ? [] : [{ year: plan.years[k + 1] ?? 0, before: b, after: a }];
    });
    if (changes.length > 0) shifts.push({ id: m.id, changes });
  });
  return shifts;
}
