/**
 * Property (SPEC §11): after a roll the new money of every year that stays is what it was — or, where the
 * largest remainder over the new years cannot give it (a counterexample: 1000 kr, years 1/1/0/3, Endret drift 2,
 * Nye midler 3, newMoneyKept.test.ts), the roll names the measure with exactly those years and both amounts.
 * The rolled figures are read back from the workbook the roll writes, and new money is computed as a check does.
 */
import fc from 'fast-check';
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { planNewMoney } from '../../../src/domain/measures/newMoney';
import { financingBase, operatingFinancing } from '../../../src/domain/measures/financing';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot } from '../../helpers/workbook';
import type { Unit } from '../../../src/domain/model/money';

const YEARS = ['2027', '2028', '2029', '2030'];

/** An amount in the workbook unit from a whole number of the unit's smallest typed step (mill kr: 0,001). */
const typed = (n: number, unit: Unit): number => (unit === 'mill kr' ? n / 1000 : n);

const measure = fc.record({
  unit: fc.constantFrom<Unit>('kr', '1000 kr', 'mill kr'),
  kind: fc.constantFrom('Engangs', 'Varig'),
  years: fc.tuple(fc.integer({ min: 1, max: 400 }), ...[0, 0, 0].map(() => fc.integer({ min: 0, max: 400 }))),
  sign: fc.constantFrom(1, -1),
  // Helårsvirkning empty (the base is Sum periode) most often; else a number, the base.
  fullYear: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null, freq: 3 }),
  // Nye midler's share of the base, and two cuts sharing the rest over the three other columns, in thousandths.
  share: fc.integer({ min: 0, max: 1000 }),
  cuts: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })),
});

describe('new money of the years that stay, over random measures in kr, 1000 kr and mill kr', () => {
  it('is unchanged, or the roll names the measure with the year and both amounts', () => {
    fc.assert(
      fc.property(measure, (g) => {
        const years = g.years.map((y) => g.sign * y);
        const base = g.fullYear === null ? years.reduce((a, b) => a + b, 0) : g.sign * g.fullYear;
        const finNew = Math.round((base * g.share) / 1000);
        const rest = base - finNew;
        const [low, high] = [Math.min(...g.cuts), Math.max(...g.cuts)];
        const joint = Math.trunc((rest * low) / 1000);
        const reallocation = Math.trunc((rest * high) / 1000) - joint;
        const other = rest - joint - reallocation;
        const t = (n: number) => typed(n, g.unit);
        const wb = canonicalSnapshot({
          unit: g.unit,
          operating: [
            {
              ID: 'D-001',
              Seksjon: 'Samfunn og tjenester',
              Prioritet: 1,
              Tiltak: 'Tiltak',
              Type: g.kind,
              Kostnadsstatus: 'Beregnet',
              ...Object.fromEntries(YEARS.map((y, i) => [y, t(years[i] ?? 0)])),
              Helårsvirkning: g.fullYear === null ? null : t(g.sign * g.fullYear),
              'Felles tiltak': t(joint),
              'Endret drift': t(reallocation),
              'Annen finansiering': t(other),
              'Nye midler': t(finNew),
              Ansvarlig: 'Leder boligkontor',
              Rammeområde: '2',
            },
          ],
        });
        const before = readPlan(wb, { defaultStartYear: 2027 }).plan;
        const result = rollContent(before);
        const after = readPlan(applyEdits(EMPTY_WORKBOOK, planWorkbook(result.content)), { defaultStartYear: 2028 });
        const m = after.plan.operating[0];
        if (m === undefined) throw new Error('D-001 left the table');
        // The financing still adds up to the base (no financing-sum finding made by the roll).
        expect(operatingFinancing(m)).toBe(financingBase(m));
        const was = planNewMoney(before)[0]?.slice(1) ?? [];
        const is = planNewMoney(after.plan)[0] ?? [];
        const changes = was.flatMap((b, k) => (is[k] === b ? [] : [{ year: 2028 + k, before: b, after: is[k] ?? 0 }]));
        expect(result.followUp.newMoneyShifts).toEqual(changes.length === 0 ? [] : [{ id: 'D-001', changes }]);
        // Where the roll rescaled the financing and the other columns could take the rest of the new base (the rest
        // is 0, or has their sign), Nye midler is the kept years' new money and their total holds.
        const others = joint + reallocation + other;
        const total = (xs: readonly number[]) => xs.slice(0, was.length).reduce((a, b) => a + b, 0);
        const left = m.years.reduce<number>((a, b) => a + (b ?? 0), 0) - total(was);
        if (result.rescaled.length > 0 && (left === 0 || (others !== 0 && Math.sign(left) === Math.sign(others))))
          expect(total(is)).toBe(total(was));
      }),
      { seed: 20280101, numRuns: 150 },
    );
  });
});
