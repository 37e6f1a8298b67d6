import { kr } from '../../../src/domain/model/money';
import type { Finding } from '../../../src/domain/model/finding';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { inv, line, plan } from '../../helpers/plan';
import { byCode, summary } from './helpers';

describe('project-expenditure and project-financing', () => {
  const project = (extra: Partial<Parameters<typeof inv>[0]> = {}) =>
    inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [1000, 2000, 0, 0], loan: 2400, vat: 600, ...extra });
  const expenditure = (years: number[]) => line({ row: 4, part: 'Investering', ref: 'p-100', years });
  const financing = (source: string, years: number[], row = 5) =>
    line({ row, part: 'Investering', type: 'Finansiering', ref: 'P-100', source, years });

  it.each<[string, number[], unknown[][]]>([
    [
      'equal → match',
      [1000, 2000, 0, 0],
      [
        [2027, 'match', 'info', 0],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'shifted → timing',
      [2000, 1000, 0, 0],
      [
        [2027, 'timing', 'warning', -1_000_000],
        [2028, 'timing', 'warning', 1_000_000],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'in Mill kr → unit-suspect',
      [1, 2000, 0, 0],
      [
        [2027, 'unit-suspect', 'error', 999_000],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
  ])('expenditure per year: %s', (_label, years, expected) => {
    const items = byCode(
      reconcile(plan({ investment: [project()], economyPlan: [expenditure(years)] }), []),
      'project-expenditure',
    );
    expect(summary(items)).toEqual(expected);
    expect(items[0]).toMatchObject({
      ref: 'P-100',
      measureId: 'I-001',
      cells: { measures: 'Tiltak investering!K5', economyPlan: 'Økonomiplan!G4' },
    });
  });

  it('financing per source over the plan years, with § 5-5 line names accepted', () => {
    const lines = [
      expenditure([1000, 2000, 0, 0]),
      financing('Bruk av lån', [1200, 1200, 0, 0]),
      financing('mva-kompensasjon', [600, 0, 0, 0], 6),
      financing('Tilskudd', [500, 0, 0, 0], 7),
    ];
    const items = byCode(reconcile(plan({ investment: [project()], economyPlan: lines }), []), 'project-financing');
    expect(summary(items)).toEqual([
      ['Mva-kompensasjon', 'match', 'info', 0],
      ['Tilskudd', 'mismatch', 'error', -500_000],
      ['Lån', 'match', 'info', 0],
    ]);
    expect(items[0]).toMatchObject({
      ref: 'P-100',
      measureId: 'I-001',
      cells: { measures: 'Tiltak investering!P5', economyPlan: 'Økonomiplan!E6' },
    });
    expect(items.every((i) => i.year === undefined)).toBe(true);
  });

  it('financing with the opposite sign → sign; rounding within tolerance', () => {
    const lines = [
      expenditure([1000, 2000, 0, 0]),
      financing('Lån', [-2400, 0, 0, 0]),
      financing('Mva-kompensasjon', [601, 0, 0, 0], 6),
    ];
    const p = plan({ investment: [project()], economyPlan: lines, settings: { tolerance: kr(1000) } });
    expect(summary(byCode(reconcile(p, []), 'project-financing'))).toEqual([
      ['Mva-kompensasjon', 'rounding', 'info', -1000],
      ['Lån', 'sign', 'error', 4_800_000],
    ]);
  });

  it.each([
    ['Tidligere bevilget', { before: 500, years: [500, 2000, 0, 0] }],
    ['Etter perioden', { after: 500, years: [1000, 1500, 0, 0] }],
  ])('financing is not compared when %s is not 0', (_label, extra) => {
    const lines = [expenditure([1000, 2000, 0, 0]), financing('Lån', [1, 0, 0, 0])];
    expect(
      byCode(reconcile(plan({ investment: [project(extra)], economyPlan: lines }), []), 'project-financing'),
    ).toEqual([]);
  });

  it('reconciles several costed measures of one Prosjektnr together, without naming one', () => {
    const two = [project({ years: [500, 1000, 0, 0] }), project({ id: 'I-002', years: [500, 1000, 0, 0] })];
    const items = byCode(
      reconcile(plan({ investment: two, economyPlan: [expenditure([1000, 2000, 0, 0])] }), []),
      'project-expenditure',
    );
    expect(items.map((i) => [i.class, i.measureId, i.cells.measures])).toEqual(
      Array(4).fill(['match', undefined, undefined]),
    );
  });

  it('names the measure of a shared Prosjektnr whose sums do not hold in each of the project’s items (SPEC §10)', () => {
    // I-001: 500 + 1 000 = 1 500 = Kostnadsramme = Lån, holds. I-002: 500 + 1 000 ≠ Kostnadsramme 1 600
    // (investment-phasing) but counts as typed: expenditure 500 + 500 = 1 000 and 1 000 + 1 000 = 2 000 in
    // 2027/2028, as the line; Lån 1 500 + 1 600 = 3 100 against 1 000 + 2 000 = 3 000 → Δ 100 000 kr, a mismatch.
    // Every item adds up I-002's row, so every item names it (rowErrors), as a frame's items do.
    const two = [
      project({ years: [500, 1000, 0, 0], budget: 1500, loan: 1500, vat: null }),
      project({ id: 'I-002', row: 6, years: [500, 1000, 0, 0], budget: 1600, loan: 1600, vat: null }),
    ];
    const phasing: Finding = {
      code: 'investment-phasing',
      severity: 'error',
      sheet: 'Tiltak investering',
      cell: 'D6',
      measureId: 'I-002',
      params: {},
    };
    const lines = [expenditure([1000, 2000, 0, 0]), financing('Lån', [1000, 2000, 0, 0])];
    const items = reconcile(plan({ investment: two, economyPlan: lines }), [phasing]);
    expect(items.map((i) => [i.code, i.year ?? i.source, i.class, i.difference, i.rowErrors])).toEqual([
      ['project-expenditure', 2027, 'match', 0, ['I-002']],
      ['project-expenditure', 2028, 'match', 0, ['I-002']],
      ['project-expenditure', 2029, 'match', 0, ['I-002']],
      ['project-expenditure', 2030, 'match', 0, ['I-002']],
      ['project-financing', 'Lån', 'mismatch', 100_000, ['I-002']],
    ]);
  });
});

describe('an Investering line without Ref', () => {
  it('is not taken for a project without Prosjektnr: the line is unmatched and the project has no line', () => {
    const items = reconcile(
      plan({
        investment: [inv({ id: 'I-001', project: '', budget: 3000, years: [1000, 2000, 0, 0], vat: 600, loan: 2400 })],
        economyPlan: [line({ row: 4, part: 'Investering', ref: '', years: [1000, 2000, 0, 0] })],
      }),
      [],
    );
    expect(byCode(items, 'project-expenditure')).toEqual([]);
    // 1 000 + 2 000 thousand on the line, and the same in the project's years.
    expect(byCode(items, 'economy-plan-line-unmatched').map((i) => [i.ref, i.economyPlan])).toEqual([['', 3_000_000]]);
    expect(byCode(items, 'measure-not-in-economy-plan').map((i) => [i.measureId, i.measures])).toEqual([
      ['I-001', 3_000_000],
    ]);
  });
});

describe('a Finansiering line of a costed project with an unknown Finansieringskilde', () => {
  it('is unmatched, marked sourceUnknown, and names its Finansieringskilde cell, not its Ref', () => {
    const p = plan({
      investment: [inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [1000, 2000, 0, 0], loan: 3000 })],
      economyPlan: [
        line({ row: 4, part: 'Investering', ref: 'P-100', years: [1000, 2000, 0, 0] }),
        line({
          row: 5,
          part: 'Investering',
          type: 'Finansiering',
          ref: 'P-100',
          source: 'Husbanken',
          years: [500, 500, 0, 0],
        }),
        line({ row: 6, part: 'Investering', type: 'Finansiering', ref: 'P-100', source: '', years: [0, 7, 0, 0] }),
        // A Ref naming no project: the Ref is what to fix, whatever the source.
        line({
          row: 7,
          part: 'Investering',
          type: 'Finansiering',
          ref: 'P-999',
          source: 'Husbanken',
          years: [3, 0, 0, 0],
        }),
      ],
    });
    const items = byCode(reconcile(p, []), 'economy-plan-line-unmatched');
    // Husbanken 500 + 500 thousand; the empty source 7 thousand; P-999 3 thousand.
    expect(items.map((i) => [i.ref, i.source, i.economyPlan, i.sourceUnknown, i.cells.economyPlan])).toEqual([
      ['P-100', undefined, 7_000, true, 'Økonomiplan!E6'],
      ['P-100', 'Husbanken', 1_000_000, true, 'Økonomiplan!E5'],
      ['P-999', 'Husbanken', 3_000, undefined, 'Økonomiplan!C7'],
    ]);
    // The project's Lån (3 000 thousand) has no line: a mismatch of its own.
    expect(summary(byCode(reconcile(p, []), 'project-financing'))).toEqual([['Lån', 'mismatch', 'error', 3_000_000]]);
  });
});

describe('a costed project whose plan years cancel (+1 500 and −1 500 thousand: 0 for the period)', () => {
  const cancelling = inv({ id: 'I-001', project: 'P-200', budget: 0, years: [1500, -1500, 0, 0] });

  it('without any line is still measure-not-in-economy-plan, with each year the line must hold', () => {
    const items = reconcile(plan({ investment: [cancelling], economyPlan: [] }), []);
    const missing = byCode(items, 'measure-not-in-economy-plan');
    // Period total 1 500 000 − 1 500 000 = 0, but two years carry money: the project is not covered.
    expect(summary(missing)).toEqual([[null, 'mismatch', 'error', 0]]);
    expect(missing[0]?.missingLine?.byYear.map((y) => [y.year, y.amount])).toEqual([
      [2027, 1_500_000],
      [2028, -1_500_000],
      [2029, 0],
      [2030, 0],
    ]);
  });

  it('with its line compares every plan year, matches included', () => {
    const lines = [line({ row: 4, part: 'Investering', ref: 'P-200', years: [1500, -1000, 0, 0] })];
    const items = reconcile(plan({ investment: [cancelling], economyPlan: lines }), []);
    // 2028: −1 500 000 − (−1 000 000) = −500 000; the period sums 0 and 500 000 differ, so a mismatch.
    expect(summary(byCode(items, 'project-expenditure'))).toEqual([
      [2027, 'match', 'info', 0],
      [2028, 'mismatch', 'error', -500_000],
      [2029, 'match', 'info', 0],
      [2030, 'match', 'info', 0],
    ]);
    expect(byCode(items, 'measure-not-in-economy-plan')).toEqual([]);
  });
});
