/**
 * Tidligere bevilget grown by exactly the expenditure of the years that left the period (docs/spec.md §14): a
 * roll's booking, marked `carriedBefore`; any other change of it, or a change beside it, is a real change. The
 * adopted plan runs 2027–2030, the newer one 2028–2031; amounts in thousands.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import type { InvestmentMeasure, Plan } from '../../../src/domain/model/plan';
import type { Unit } from '../../../src/domain/model/money';
import { inv, makePlan } from '../../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const OLD_YEARS = [2027, 2028, 2029, 2030];
const NEW_YEARS = [2028, 2029, 2030, 2031];
const planOf = (m: InvestmentMeasure, years: readonly number[]): Plan => ({
  ...makePlan({ operating: [], investment: [m], settings: { startYear: years[0] } }),
  years,
});
const compare = (a: InvestmentMeasure, b: InvestmentMeasure): ChangeSet =>
  comparePlans(planOf(a, OLD_YEARS), planOf(b, NEW_YEARS), sides);
const marks = (diff: ChangeSet) => diff.measures.changed.map((c) => [c.id, c.carriedBefore === true]);

// Adopted: Kostnadsramme 10 000 = Tidligere bevilget 1 000 + 2027–2030 3 000/2 000/2 000/2 000.
const adopted = inv({ id: 'I-001', budget: 10000, before: 1000, years: [3000, 2000, 2000, 2000], loan: 10000 });
// Rolled: 2028–2031 2 000/2 000/2 000/0, Tidligere bevilget 1 000 + 3 000 (2027) = 4 000.
const rolled = { id: 'I-001', budget: 10000, years: [2000, 2000, 2000, 0], loan: 10000 };

describe('Tidligere bevilget after a roll', () => {
  it('grown by the 2027 expenditure (1 000 + 3 000 = 4 000) and nothing else: marked', () => {
    const diff = compare(adopted, inv({ ...rolled, before: 4000 }));
    // Beside it the 3 000 of 2027, the year that left, listed as the older version's only (the money booked);
    // 2031's 0 is no money in a year the adopted plan did not hold: not listed.
    expect(diff.measures.changed[0]?.changes).toEqual([
      { field: 'before', old: 1_000_000, new: 4_000_000 },
      { field: 'years', year: 2027, old: 3_000_000, new: null, onlyIn: 'old' },
    ]);
    expect(marks(diff)).toEqual([['I-001', true]]);
  });

  it('grown by 3 000 with 500 put in 2031, the year the roll added: a real change (500 listed as new only)', () => {
    const diff = compare(adopted, inv({ ...rolled, before: 4000, years: [2000, 2000, 2000, 500] }));
    expect(diff.measures.changed[0]?.changes).toEqual([
      { field: 'before', old: 1_000_000, new: 4_000_000 },
      { field: 'years', year: 2027, old: 3_000_000, new: null, onlyIn: 'old' },
      { field: 'years', year: 2031, old: null, new: 500_000, onlyIn: 'new' },
    ]);
    expect(marks(diff)).toEqual([['I-001', false]]);
  });

  it('grown by another amount (1 000 → 3 500, not + 3 000): a real change', () => {
    expect(marks(compare(adopted, inv({ ...rolled, before: 3500 })))).toEqual([['I-001', false]]);
  });

  it('grown by 3 000 with 2029 changed too: a real change', () => {
    // 2029 2 000 → 2 500 beside Tidligere bevilget 1 000 → 4 000.
    const diff = compare(adopted, inv({ ...rolled, before: 4000, years: [2000, 2500, 2000, 0] }));
    expect(marks(diff)).toEqual([['I-001', false]]);
  });

  it('in the same period there is no year that left: a grown Tidligere bevilget is a real change', () => {
    const diff = comparePlans(
      planOf(adopted, OLD_YEARS),
      planOf(inv({ ...rolled, before: 4000, years: [3000, 2000, 2000, 2000] }), OLD_YEARS),
      sides,
    );
    expect(marks(diff)).toEqual([['I-001', false]]);
  });
});

describe('Tidligere bevilget after a roll, the adopted plan in kr and the rolled one in 1000 kr', () => {
  // Adopted in kr: Tidligere bevilget 1 000 000, 2027–2030 3 000 400 / 2 000 000 / 2 000 000 / 1 999 600. Rolled
  // and typed in thousands: 2028–2031 2 000 / 2 000 / 2 000 / 0 (1 999 600 rounds to 2 000: no change), Tidligere
  // bevilget 1 000 000 + 3 000 400 = 4 000 400 kr, which 1000 kr holds rounded: 4 000. The same booking, rounded
  // as every amount between these units is compared (docs/spec.md §14), not a new grant of 3 000 000 kr.
  const inKr = inv({ id: 'I-001', budget: 10000, before: 1000, years: [3000.4, 2000, 2000, 1999.6], loan: 10000 });
  const inThousands = inv({ id: 'I-001', budget: 10000, before: 4000, years: [2000, 2000, 2000, 0], loan: 10000 });
  const withUnit = (m: InvestmentMeasure, years: readonly number[], unit: Unit): Plan => {
    const p = planOf(m, years);
    return { ...p, settings: { ...p.settings, unit } };
  };

  it("is marked as the roll's booking", () => {
    const diff = comparePlans(withUnit(inKr, OLD_YEARS, 'kr'), withUnit(inThousands, NEW_YEARS, '1000 kr'), sides);
    // 2027's 3 000 400 kr as typed in the kr version: a year the other holds no column for is not rounded.
    expect(diff.measures.changed[0]?.changes).toEqual([
      { field: 'before', old: 1_000_000, new: 4_000_000 },
      { field: 'years', year: 2027, old: 3_000_400, new: null, onlyIn: 'old' },
    ]);
    expect(marks(diff)).toEqual([['I-001', true]]);
  });

  it('one thousand more (4 001) is not the booking rounded: a real change', () => {
    const more = inv({ id: 'I-001', budget: 10000, before: 4001, years: [2000, 2000, 2000, 0], loan: 10000 });
    const diff = comparePlans(withUnit(inKr, OLD_YEARS, 'kr'), withUnit(more, NEW_YEARS, '1000 kr'), sides);
    expect(marks(diff)).toEqual([['I-001', false]]);
  });
});
