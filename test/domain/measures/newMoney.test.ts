import fc from 'fast-check';
import { MAX_KR } from '../../../src/domain/model/money';
import { newMoneyStep, planNewMoney, roundToTotal, splitLargestRemainder } from '../../../src/domain/measures/newMoney';
import type { Unit } from '../../../src/domain/model/money';
import { newMoneyOf, op, plan } from '../../helpers/plan';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('splitLargestRemainder', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [2, [1, 1, 1, 1], [1, 1, 0, 0]],
    [100, [1, 2, 3, 4], [10, 20, 30, 40]],
    [-10, [1, 1, 1], [-4, -3, -3]],
    [10, [-1, -1, -1], [4, 3, 3]],
    [7, [0, 0, 0], [0, 0, 0]],
    [7, [1, -1], [0, 0]],
    [0, [3, 5], [0, 0]],
    [5, [0, 1, 0], [0, 5, 0]],
    [1, [3, -1], [1, 0]],
  ])('split(%p, %j) = %j', (total, weights, expected) => {
    expect(splitLargestRemainder(total, weights)).toEqual(expected);
  });

  it('parts are integers that add up to the total whenever the weights do not cancel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(sum(weights) !== 0);
          const parts = splitLargestRemainder(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.every(Number.isInteger)).toBe(true);
          expect(sum(parts)).toBe(total);
        },
      ),
    );
  });

  it('is sign-symmetric in the total and in the weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.array(fc.integer({ min: 0, max: 1e4 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const a = splitLargestRemainder(total, weights);
          expect(splitLargestRemainder(-total, weights)).toEqual(a.map((x) => (x === 0 ? 0 : -x)));
          expect(
            splitLargestRemainder(
              total,
              weights.map((w) => -w),
            ),
          ).toEqual(a);
        },
      ),
    );
  });

  it('with same-sign weights every part is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.array(fc.integer({ min: 1, max: 1e4 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitLargestRemainder(total, weights);
          const w = sum(weights);
          parts.forEach((p, i) => expect(Math.abs(p - (total * (weights[i] ?? 0)) / w)).toBeLessThan(1));
        },
      ),
    );
  });
});

describe('roundToTotal', () => {
  it('reaches any total within rounding reach of the exact sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (exact) => {
          const total = Math.round(sum(exact)) + 0;
          expect(sum(roundToTotal(exact, total))).toBe(total);
        },
      ),
    );
  });
});

describe('newMoneyStep', () => {
  // SPEC §4 read literally: whole units of Beløpsenhet, so whole millions in a `mill kr` workbook.
  it.each<[Unit, number]>([
    ['kr', 1],
    ['1000 kr', 1000],
    ['mill kr', 1_000_000],
  ])('%p → %p kr', (unit, step) => expect(newMoneyStep(unit)).toBe(step));
});

describe('new money per year of a measure (planNewMoney)', () => {
  it('Verdal 6.1 miljøteam: 600/1 200/1 800/2 400, base 2 400, Nye midler 2 400 → the same years', () => {
    const m = op({ id: 'D-001', years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 2400 });
    expect(newMoneyOf(m, '1000 kr')).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
  });

  it.each<[string, Partial<Parameters<typeof op>[0]>, Unit, number[]]>([
    [
      'half financed',
      { years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 1200, reallocation: 1200 },
      '1000 kr',
      [300_000, 600_000, 900_000, 1_200_000],
    ],
    [
      'base is the period sum when Helårsvirkning is 0',
      { years: [100, 100, 100, 0], fullYear: 0, newMoney: 100, other: 200 },
      '1000 kr',
      [34_000, 33_000, 33_000, 0],
    ],
    [
      'halves go to the earlier year',
      { years: [1, 1, 1, 1], fullYear: 0, newMoney: 2, other: 2 },
      '1000 kr',
      [1000, 1000, 0, 0],
    ],
    [
      'savings are negative and symmetric',
      { years: [-1, -1, -1, -1], fullYear: 0, newMoney: -2, other: -2 },
      '1000 kr',
      [-1000, -1000, 0, 0],
    ],
    [
      'whole kroner in a kr workbook',
      { years: [0.001, 0.002, 0.002, 0], fullYear: 0, newMoney: 0.005 },
      'kr',
      [1, 2, 2, 0],
    ],
    ['no new money', { years: [600, 1200, 1800, 2400], fullYear: 2400, reallocation: 2400 }, '1000 kr', [0, 0, 0, 0]],
    ['no base', { years: [0, 0, 0, 0], fullYear: 0, newMoney: 100 }, '1000 kr', [0, 0, 0, 0]],
    [
      'empty year cells count as 0',
      { years: [null, 500, null, 500], fullYear: 1000, newMoney: 1000 },
      '1000 kr',
      [0, 500_000, 0, 500_000],
    ],
  ])('%s', (_label, input, unit, expected) => {
    expect(newMoneyOf(op({ id: 'D-001', ...input }), unit)).toEqual(expected);
  });

  it('new money beyond what a cell may hold (Nye midler far above a tiny base) counts as 0, never overflows', () => {
    // 999 999 999 thousand in 2027, Helårsvirkning 0,003 thousand, Nye midler 2 400 thousand: 8·10^17 kr.
    const m = op({ id: 'D-001', years: [999_999_999, 1200, 1800, 2400], fullYear: 0.003, newMoney: 2400 });
    expect(newMoneyOf(m, '1000 kr')).toEqual([0, 0, 0, 0]);
    expect(newMoneyOf(m, 'mill kr')).toEqual([0, 0, 0, 0]);
  });

  it('rounds to whole units of the plan’s unit: the same measure in a 1000 kr and a mill kr plan', () => {
    const m = op({ id: 'D-001', years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 1200, reallocation: 1200 });
    expect(newMoneyOf(m, '1000 kr')).toEqual([300_000, 600_000, 900_000, 1_200_000]);
    expect(newMoneyOf(m, 'mill kr')).toEqual([0, 1_000_000, 1_000_000, 1_000_000]);
  });

  it('answers every operating measure of a plan in table order, zeros for those without new money', () => {
    const withNew = op({ id: 'D-001', years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 2400 });
    const without = op({ id: 'D-002', years: [100, 100, 100, 100], fullYear: 100, reallocation: 100 });
    expect(planNewMoney(plan({ operating: [without, withNew] }))).toEqual([
      [0, 0, 0, 0],
      [600_000, 1_200_000, 1_800_000, 2_400_000],
    ]);
  });

  it('the years always add up to the rounded total, in whole units', () => {
    const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 4, maxLength: 4 }), amount, amount, (years, fullYear, newMoney) => {
        const m = op({
          id: 'D-001',
          years: years.map((y) => y / 1000),
          fullYear: fullYear / 1000,
          newMoney: newMoney / 1000,
        });
        const parts = newMoneyOf(m, '1000 kr');
        const base = fullYear !== 0 ? fullYear : sum(years);
        fc.pre(base !== 0);
        // Beyond MAX_KR a year's new money counts as 0 (the test above).
        fc.pre(years.every((y) => Math.abs((y * newMoney) / base) <= MAX_KR));
        const exact = (sum(years) * newMoney) / base / 1000;
        expect(parts.every((p) => p % 1000 === 0)).toBe(true);
        expect(Math.abs(sum(parts) / 1000 - exact)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });

  it('ties equal years exactly when the products leave the safe integers (found by the property below)', () => {
    // Σ cost × Nye midler = 180 144 030 × 49 999 990 > 2^53: the float path ranked year 4's remainder (⅔ in
    // binary noise) above year 3's equal one. Two units are missing; years 1 and 3 tie and come first.
    const ys = [-12_009_602, -72_057_612, -12_009_602, -84_067_214];
    const m = op({ id: 'D-001', years: ys.map((y) => y / 1000), fullYear: 0, newMoney: 49_999.99 });
    expect(newMoneyOf(m, 'kr')).toEqual([3_333_333, 19_999_996, 3_333_333, 23_333_328]);
    expect(newMoneyOf(m, 'kr')).toEqual(exactReference(ys, 49_999_990, sum(ys), 1));
  });

  it('equals exact rational arithmetic (BigInt): half away from zero for the total, largest remainder, ties to the earlier year', () => {
    const amount = fc.integer({ min: -50_000_000, max: 50_000_000 });
    // Equal and proportional years make remainders tie exactly, where float arithmetic used to mis-rank them.
    const years = fc.oneof(
      fc.array(amount, { minLength: 4, maxLength: 4 }),
      fc.tuple(amount, fc.integer({ min: 1, max: 7 })).map(([y, f]) => [y, y * f, y, y * (f + 1)]),
    );
    const units: Unit[] = ['kr', '1000 kr', 'mill kr'];
    fc.assert(
      fc.property(years, amount, amount, fc.constantFrom(...units), (ys, fullYear, newMoney, unit) => {
        const m = op({
          id: 'D-001',
          years: ys.map((y) => y / 1000),
          fullYear: fullYear / 1000,
          newMoney: newMoney / 1000,
        });
        const base = fullYear !== 0 ? fullYear : sum(ys);
        fc.pre(base !== 0 && ys.every((y) => Math.abs((y * newMoney) / base) <= MAX_KR));
        expect(newMoneyOf(m, unit)).toEqual(exactReference(ys, newMoney, base, newMoneyStep(unit)));
      }),
      { numRuns: 2000 },
    );
  });
});

/** SPEC §4 new money per year in kroner, computed in BigInt rationals: the reference for the property above. */
function exactReference(years: readonly number[], newMoney: number, base: number, step: number): number[] {
  const sign = base < 0 ? -1n : 1n;
  const d = BigInt(Math.abs(base)) * BigInt(step);
  const n = years.map((y) => sign * BigInt(y) * BigInt(newMoney));
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const signOf = (x: bigint) => (x < 0n ? -1n : x > 0n ? 1n : 0n);
  const total = n.reduce((a, b) => a + b, 0n);
  const rounded = total / d + (2n * abs(total % d) >= d ? signOf(total) : 0n);
  const parts = n.map((x) => x / d);
  let missing = rounded - parts.reduce((a, b) => a + b, 0n);
  const direction = signOf(missing);
  const order = n
    .map((x, i) => ({ r: (x % d) * direction, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; missing !== 0n; k++) {
    const i = order[k % order.length]?.i ?? 0;
    parts[i] = (parts[i] ?? 0n) + direction;
    missing -= direction;
  }
  return parts.map((p) => Number(p * BigInt(step)) || 0);
}
