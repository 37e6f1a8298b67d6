import { kr } from '../../../src/domain/model/money';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { inv, line, op, plan, type LineInput } from '../../helpers/plan';
import { byCode, miljo, summary } from './helpers';

describe('measure-new-money', () => {
  const economyPlan = (years: (number | null)[], extra: Partial<LineInput> = {}) => [
    line({ row: 2, ref: 'D-001', years, ...extra }),
  ];

  it.each<[string, (number | null)[], number, unknown[][]]>([
    [
      'equal → match',
      [600, 1200, 1800, 2400],
      0,
      [
        [2027, 'match', 'info', 0],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'within tolerance → rounding',
      [600, 1200, 1801, 2400],
      1000,
      [
        [2027, 'match', 'info', 0],
        [2028, 'match', 'info', 0],
        [2029, 'rounding', 'info', -1000],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'too little → mismatch',
      [600, 1200, 1200, 2400],
      0,
      [
        [2027, 'match', 'info', 0],
        [2028, 'match', 'info', 0],
        [2029, 'mismatch', 'error', 600_000],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'shifted years → timing',
      [1200, 600, 1800, 2400],
      0,
      [
        [2027, 'timing', 'warning', -600_000],
        [2028, 'timing', 'warning', 600_000],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'kroner typed as thousands → unit-suspect',
      [0.6, 1200, 1800, 2400],
      0,
      [
        [2027, 'unit-suspect', 'error', 599_400],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'opposite sign → sign',
      [-600, 1200, 1800, 2400],
      0,
      [
        [2027, 'sign', 'error', 1_200_000],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'one year flipped, the period sums agreeing (600 + 1 200 + 1 800 + 2 400 = 6 000) → timing, not sign',
      [-600, 1200, 3000, 2400],
      0,
      [
        [2027, 'timing', 'warning', 1_200_000],
        [2028, 'match', 'info', 0],
        [2029, 'timing', 'warning', -1_200_000],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'empty line cells count as 0',
      [null, 1200, 1800, 2400],
      0,
      [
        [2027, 'mismatch', 'error', 600_000],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
  ])('%s', (_label, years, tolerance, expected) => {
    const p = plan({ operating: [miljo()], economyPlan: economyPlan(years), settings: { tolerance: kr(tolerance) } });
    expect(summary(byCode(reconcile(p, []), 'measure-new-money'))).toEqual(expected);
  });

  it('names the measure, the compared cells and Δ = measures − economy plan', () => {
    const p = plan({ operating: [miljo()], economyPlan: economyPlan([600, 1200, 1200, 2400]) });
    const item = byCode(reconcile(p, []), 'measure-new-money').find((i) => i.year === 2029);
    expect(item).toEqual({
      code: 'measure-new-money',
      class: 'mismatch',
      severity: 'error',
      ref: 'D-001',
      measureId: 'D-001',
      year: 2029,
      measures: 1_800_000,
      economyPlan: 1_200_000,
      difference: 600_000,
      cells: { measures: 'Tiltak drift!J5', economyPlan: 'Økonomiplan!I2' },
    });
  });

  it.each([['D-001'], [' d-001 '], ['14'], [' 14']])(
    'matches the line by ID or Ref. (%p), trimmed and case-insensitively',
    (ref) => {
      const p = plan({ operating: [miljo()], economyPlan: economyPlan([600, 1200, 1800, 2400], { ref }) });
      const items = reconcile(p, []);
      expect(byCode(items, 'measure-new-money').map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
      expect(byCode(items, 'economy-plan-line-unmatched')).toEqual([]);
    },
  );

  it('adds up several lines of one measure', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', years: [300, 1200, 1800, 2400] }),
      line({ row: 3, ref: '14', years: [300, 0, 0, 0] }),
    ];
    const items = byCode(reconcile(plan({ operating: [miljo()], economyPlan: lines }), []), 'measure-new-money');
    expect(items.map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
  });

  it('compares a costed measure without new money that has a line (the line asks for money)', () => {
    const m = op({ id: 'D-002', years: [100, 100, 100, 100], fullYear: 100, reallocation: 100 });
    const items = reconcile(
      plan({ operating: [m], economyPlan: [line({ row: 2, ref: 'D-002', years: [100, 0, 0, 0] })] }),
      [],
    );
    expect(summary(byCode(items, 'measure-new-money'))[0]).toEqual([2027, 'mismatch', 'error', -100_000]);
  });
});

describe('measure-not-in-economy-plan', () => {
  it('is an error for a costed operating measure with new money but no line', () => {
    const items = byCode(reconcile(plan({ operating: [miljo()] }), []), 'measure-not-in-economy-plan');
    expect(items).toEqual([
      {
        code: 'measure-not-in-economy-plan',
        class: 'mismatch',
        severity: 'error',
        ref: 'D-001',
        measureId: 'D-001',
        measures: 6_000_000,
        economyPlan: 0,
        difference: 6_000_000,
        cells: { measures: 'Tiltak drift!Q5' },
        // What the missing line must carry: the miljøteam's new money, year by year, in kroner.
        missingLine: {
          table: 'operating',
          ref: 'D-001',
          byYear: [
            { year: 2027, amount: 600_000 },
            { year: 2028, amount: 1_200_000 },
            { year: 2029, amount: 1_800_000 },
            { year: 2030, amount: 2_400_000 },
          ],
        },
      },
    ]);
  });

  it.each([
    ['a measure that is not costed', miljo({ status: 'Må utredes' })],
    ['a costed measure without new money', miljo({ newMoney: 0, reallocation: 2400 })],
    // Nye midler 2 400 of a full year of 2 400, but no cost before the period ends: 0 new money in every year,
    // so there is nothing for a line to carry (before, an error asking for a line of 0 / 0 / 0 / 0).
    ['a costed measure whose new money is 0 in every plan year', miljo({ years: [0, 0, 0, 0] })],
  ])('is not raised for %s', (_label, m) => {
    expect(byCode(reconcile(plan({ operating: [m] }), []), 'measure-not-in-economy-plan')).toEqual([]);
  });

  it('is raised for a costed investment with expenditure in the period but no Investering line', () => {
    const i = inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [3000, 0, 0, 0], loan: 3000 });
    const items = byCode(reconcile(plan({ investment: [i] }), []), 'measure-not-in-economy-plan');
    expect(summary(items)).toEqual([[null, 'mismatch', 'error', 3_000_000]]);
    expect(items[0]?.ref).toBe('I-001');
    expect(items[0]?.cells).toEqual({ measures: 'Tiltak investering!G5' });
    expect(items[0]?.missingLine).toEqual({
      table: 'investment',
      ref: 'P-100',
      byYear: [
        { year: 2027, amount: 3_000_000 },
        { year: 2028, amount: 0 },
        { year: 2029, amount: 0 },
        { year: 2030, amount: 0 },
      ],
      // Nothing before or after the period: its financing is compared, so it needs a Lån line of 3 000 too.
      financing: [{ source: 'Lån', amount: 3_000_000 }],
    });
  });

  it('names no Finansiering lines for a project whose financing SPEC §10 leaves uncompared (Tidligere bevilget)', () => {
    const i = inv({ id: 'I-001', project: 'P-100', budget: 4000, before: 1000, years: [3000, 0, 0, 0], loan: 4000 });
    const [item] = byCode(reconcile(plan({ investment: [i] }), []), 'measure-not-in-economy-plan');
    expect(item?.missingLine?.ref).toBe('P-100');
    expect(item?.missingLine?.financing).toBeUndefined();
  });
});
