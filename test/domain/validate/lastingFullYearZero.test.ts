/**
 * A Varig measure's Helårsvirkning typed 0 against one left empty (docs/spec.md §7, §8): typed 0 is a full-year effect
 * of 0, so every year costing more is `year-exceeds-full-year` (SPEC §8, |cost(y)| > |Helårsvirkning|); empty is not
 * given, and only `full-year-not-reached` tells it; an invalid cell is told by `amount-invalid`, not once per year.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { makeOperating, makePlan, th } from '../../helpers/plan';
import type { Kr } from '../../../src/domain/model/money';

// 150, 0, −50, 150 a year (Sum periode 250), financed by Endret drift on the period sum.
const lasting = (fullYear: Kr | null, invalid: string[] = []) =>
  makePlan({
    operating: [
      makeOperating({
        years: [th(150), th(0), th(-50), th(150)],
        periodSum: th(250),
        fullYear,
        finNew: null,
        finReallocation: th(250),
        invalid,
      }),
    ],
    investment: [],
  });
const found = (fullYear: Kr | null, invalid: string[] = []) =>
  validatePlan(lasting(fullYear, invalid)).map((f) => `${f.code} ${f.severity} ${f.cell}`);

describe('a Varig measure whose Helårsvirkning is 0', () => {
  it('typed 0: an error for each year that costs or saves anything (|150|, |−50| > 0), not for the year of 0', () => {
    // 2027 H2 150, 2028 I2 0 (not > 0), 2029 J2 −50, 2030 K2 150; the last year 150 ≠ 0 as well.
    expect(found(th(0))).toEqual([
      'year-exceeds-full-year error H2',
      'year-exceeds-full-year error J2',
      'year-exceeds-full-year error K2',
      'full-year-not-reached warning K2',
    ]);
    const params = validatePlan(lasting(th(0)))[0]?.params;
    expect(params).toEqual({ year: 2027, cost: 150_000, fullYear: 0 });
  });

  it('empty (not given): the full-year-not-reached warning only', () => {
    expect(found(null)).toEqual(['full-year-not-reached warning K2']);
  });

  it('invalid (counted as 0, amount-invalid says it): no error per year', () => {
    expect(found(th(0), ['fullYear'])).toEqual(['full-year-not-reached warning K2']);
  });
});
