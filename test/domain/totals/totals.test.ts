import fc from 'fast-check';
import { computeTotals } from '../../../src/domain/totals/totals';
import { isCosted } from '../../../src/domain/measures/costed';
import type { YearAmounts } from '../../../src/domain/model/totals';
import { inv, op, plan } from '../../helpers/plan';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const addYears = (list: readonly YearAmounts[]) =>
  Object.fromEntries(['2027', '2028', '2029', '2030'].map((y) => [y, sum(list.map((a) => a[y] ?? 0))]));

const seedPlan = plan({
  operating: [
    op({
      id: 'D-001',
      section: 'Samfunn og tjenester',
      years: [600, 1200, 1800, 2400],
      fullYear: 2400,
      newMoney: 2400,
      frame: 'R1',
      areas: ['Helse', 'Bolig'],
      responsible: 'Rådmannen',
    }),
    op({
      id: 'D-002',
      section: 'Organisasjon',
      years: [100, 100, 100, 100],
      fullYear: 100,
      reallocation: 100,
      frame: '',
      areas: ['Bolig'],
      responsible: 'Leder boligkontor',
    }),
    op({ id: 'D-003', section: 'Samfunn og tjenester', status: 'Må utredes', years: [null, null, null, null] }),
    op({
      id: 'D-004',
      section: 'samfunn og tjenester ',
      years: [10, 10, 10, 10],
      fullYear: 10,
      newMoney: 5,
      other: 4,
      frame: 'r1',
      responsible: 'rådmannen',
    }),
  ],
  investment: [
    inv({
      id: 'I-001',
      section: 'Samfunn og tjenester',
      project: 'P1',
      budget: 3000,
      years: [3000, 0, 0, 0],
      loan: 2400,
      vat: 600,
    }),
    inv({ id: 'I-002', status: 'Må utredes' }),
    inv({ id: 'I-003', status: '', section: 'Organisasjon' }),
  ],
});

describe('computeTotals on a small plan', () => {
  const t = computeTotals(seedPlan);

  it('sums only costed operating rows, per year, period and financing', () => {
    expect(t.operating.all.years).toEqual({ '2027': 710_000, '2028': 1_310_000, '2029': 1_910_000, '2030': 2_510_000 });
    expect(t.operating.all.period).toBe(6_440_000);
    expect(t.operating.all.fullYear).toBe(2_510_000);
    expect(t.operating.all.financing).toEqual({ joint: 0, reallocation: 100_000, other: 4_000, newMoney: 2_405_000 });
  });

  it('new money per year follows SPEC §4 (Verdal seed) and the frame groups case-insensitively', () => {
    // D-004: 10 × 5/10 = 5 each year.
    expect(t.operating.all.newMoneyByYear).toEqual({
      '2027': 605_000,
      '2028': 1_205_000,
      '2029': 1_805_000,
      '2030': 2_405_000,
    });
    expect(t.operating.byFrame).toEqual([
      {
        frame: 'R1',
        newMoney: 2_405_000,
        newMoneyByYear: { '2027': 605_000, '2028': 1_205_000, '2029': 1_805_000, '2030': 2_405_000 },
      },
    ]);
  });

  it('groups sections and responsibles in first-seen order, as SUMIFS would (case, spaces)', () => {
    expect(t.operating.bySection.map((s) => [s.section, s.period])).toEqual([
      ['Samfunn og tjenester', 6_040_000],
      ['Organisasjon', 400_000],
    ]);
    expect(t.operating.byResponsible.map((r) => [r.responsible, r.period])).toEqual([
      ['Rådmannen', 6_040_000],
      ['Leder boligkontor', 400_000],
    ]);
  });

  it('counts a measure fully in every area it touches', () => {
    expect(t.operating.byArea.map((a) => [a.area, a.period])).toEqual([
      ['Helse', 6_040_000],
      ['Bolig', 6_400_000],
    ]);
  });

  it('sums costed investments', () => {
    // I-001 has neither Tidligere bevilget nor Etter perioden: 3 000 is all in 2027.
    expect(t.investment.all).toEqual({
      budget: 3_000_000,
      before: 0,
      years: { '2027': 3_000_000, '2028': 0, '2029': 0, '2030': 0 },
      after: 0,
      financing: { vat: 600_000, grant: 0, sale: 0, loan: 2_400_000, operating: 0, fund: 0 },
    });
    expect(t.investment.bySection.map((s) => s.section)).toEqual(['Samfunn og tjenester']);
  });

  it('counts every row of both tables by status and lists those not costed', () => {
    expect(t.statusCounts).toEqual({ Beregnet: 4, 'Må utredes': 2, '': 1 });
    expect(t.notCosted.map((n) => [n.id, n.costStatus])).toEqual([
      ['D-003', 'Må utredes'],
      ['I-002', 'Må utredes'],
      ['I-003', ''],
    ]);
  });

  it('sums the financing base: Helårsvirkning, or Sum periode for an Engangs measure (SPEC §4)', () => {
    const oneOff = plan({
      operating: [
        op({ id: 'D-001', years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 2400 }),
        op({ id: 'D-002', kind: 'Engangs', years: [300, null, null, null], fullYear: 0, reallocation: 300 }),
        op({ id: 'D-003', status: 'Må utredes', years: [50, 50, 50, 50], fullYear: 50, newMoney: 50 }),
      ],
    });
    const totals = computeTotals(oneOff);
    // By hand: D-001 base 2 400 (Helårsvirkning), D-002 base 300 (Sum periode), D-003 not costed: 2 700, which
    // the sources add up to (300 + 2 400); Helårsvirkning in all is 2 400.
    expect(totals.operatingBase).toBe(2_700_000);
    expect(totals.operating.all.fullYear).toBe(2_400_000);
    // The seed: 2 400 + 100 + 10, every base Helårsvirkning.
    expect(t.operatingBase).toBe(2_510_000);
  });

  it('checks the identities: financing = base, financing = Kostnadsramme', () => {
    expect(t.identity.operatingFinancing).toEqual({ ok: 2, failed: ['D-004'] });
    expect(t.identity.investmentFinancing).toEqual({ ok: 1, failed: [] });
  });
});

describe('isCosted', () => {
  it.each([
    ['Beregnet', true],
    ['beregnet ', true],
    ['Må utredes', false],
    ['', false],
  ])('%p → %p', (status, expected) => {
    expect(isCosted(op({ id: 'D-001', status }))).toBe(expected);
  });
});

const amount = fc.integer({ min: -5000, max: 5000 });
const arbOp = fc.record({
  section: fc.constantFrom('A', 'B', 'c'),
  status: fc.constantFrom('Beregnet', 'Beregnet', 'Ukjent'),
  years: fc.array(fc.option(amount), { minLength: 4, maxLength: 4 }),
  fullYear: fc.option(amount),
  newMoney: fc.option(amount),
  frame: fc.constantFrom('', 'R1', 'R2'),
  responsible: fc.constantFrom('X', 'Y', ''),
  areas: fc.subarray(['Helse', 'Bolig', 'Skole']),
});
const arbInv = fc.record({
  section: fc.constantFrom('A', 'B'),
  status: fc.constantFrom('Beregnet', 'Må utredes'),
  budget: fc.option(amount),
  years: fc.array(fc.option(amount), { minLength: 4, maxLength: 4 }),
  grant: fc.option(amount),
  loan: fc.option(amount),
});
const arbPlan = fc.tuple(fc.array(arbOp, { maxLength: 8 }), fc.array(arbInv, { maxLength: 6 })).map(([ops, invs]) =>
  plan({
    operating: ops.map((o, i) => op({ id: `D-${i}`, ...o, years: o.years })),
    investment: invs.map((o, i) => inv({ id: `I-${i}`, ...o, years: o.years })),
  }),
);

describe('totals add up in any grouping', () => {
  it('Σ bySection = all (operating and investment), Σ byResponsible = all, Σ byFrame = all new money', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const t = computeTotals(p);
        const o = t.operating;
        expect(addYears(o.bySection.map((s) => s.years))).toEqual(o.all.years);
        expect(sum(o.bySection.map((s) => s.period))).toBe(o.all.period);
        expect(sum(o.bySection.map((s) => s.financing.newMoney))).toBe(o.all.financing.newMoney);
        expect(addYears(o.bySection.map((s) => s.newMoneyByYear))).toEqual(o.all.newMoneyByYear);
        expect(addYears(o.byResponsible.map((s) => s.years))).toEqual(o.all.years);
        expect(sum(o.byFrame.map((f) => f.newMoney))).toBe(o.all.financing.newMoney);
        expect(addYears(o.byFrame.map((f) => f.newMoneyByYear))).toEqual(o.all.newMoneyByYear);
        expect(sum(Object.values(o.all.years))).toBe(o.all.period);
        expect(sum(t.investment.bySection.map((s) => s.budget))).toBe(t.investment.all.budget);
        expect(addYears(t.investment.bySection.map((s) => s.years))).toEqual(t.investment.all.years);
        expect(sum(t.investment.bySection.map((s) => s.financing.loan))).toBe(t.investment.all.financing.loan);
      }),
    );
  });

  it('each area total is the sum over the costed measures that touch it', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const t = computeTotals(p);
        for (const a of t.operating.byArea) {
          const touching = p.operating.filter((m) => isCosted(m) && m.areas.includes(a.area));
          expect(a.period).toBe(sum(touching.flatMap((m) => m.years.map((y) => y ?? 0))));
        }
      }),
    );
  });

  it('statusCounts covers every row; notCosted lists exactly the rows that are not Beregnet', () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const t = computeTotals(p);
        expect(sum(Object.values(t.statusCounts))).toBe(p.operating.length + p.investment.length);
        expect(t.notCosted.length).toBe(p.operating.length + p.investment.length - (t.statusCounts.Beregnet ?? 0));
      }),
    );
  });
});
