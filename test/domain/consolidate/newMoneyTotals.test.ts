import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { inv, line, op, plan } from '../../helpers/plan';
import { economy, input } from './helpers';

// Amounts in thousands in the helpers; the totals are in kroner.
describe('new money per year against the economy plan (docs/spec.md §15)', () => {
  it('counts a Tiltak line without Del that is a project’s expenditure as the project’s, not as new money', () => {
    const p = plan({
      settings: { planName: 'Boligsosial handlingsplan' },
      operating: [op({ id: 'D-001', frame: 'R3', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
      investment: [
        inv({
          id: 'I-001',
          project: 'P-100',
          budget: 3000,
          years: [1000, 2000, 0, 0],
          vat: 500,
          grant: 1000,
          loan: 1500,
        }),
      ],
    });
    const lines = [
      line({ row: 2, ref: 'D-001', years: [100, 300, 300, 300] }),
      // Del left empty: the reconciler takes it as P-100's expenditure (SPEC §6, §10).
      line({ row: 3, part: '', ref: 'P-100', years: [1000, 2000, 0, 0] }),
    ];
    const { consolidation, perPlan } = consolidate([input('bolig.xlsx', p)], economy(lines));
    const expenditure = perPlan[0]?.filter((i) => i.code === 'project-expenditure') ?? [];
    expect(expenditure.map((i) => [i.year, i.class, i.economyPlan])).toEqual([
      [2027, 'match', 1_000_000],
      [2028, 'match', 2_000_000],
      [2029, 'match', 0],
      [2030, 'match', 0],
    ]);
    // New money in the economy plan: D-001's line only, 100 / 300 / 300 / 300 thousand.
    const newMoney = [100_000, 300_000, 300_000, 300_000];
    expect(consolidation.plans[0]?.newMoney).toEqual({ measures: newMoney, economyPlan: newMoney });
    expect(consolidation.total).toEqual({ measures: newMoney, economyPlan: newMoney });
  });
});

describe('lines no plan claims (docs/spec.md §10, §15)', () => {
  it('lines of one Ref are one item adding them up, as in the check of one plan', () => {
    const p = plan({
      settings: { planName: 'Boligsosial handlingsplan' },
      operating: [op({ id: 'D-001', frame: 'R3', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
    });
    const lines = [
      line({ row: 2, ref: 'D-001', years: [100, 300, 300, 300] }),
      // X-9 booked on two lines, 50 in 2027 and 50 in 2028: 100 000 kr in all, first at C3.
      line({ row: 3, ref: 'X-9', years: [50, 0, 0, 0] }),
      line({ row: 4, ref: 'X-9', years: [0, 50, 0, 0] }),
    ];
    const unmatched = (
      items: readonly { code: string; ref: string; class: string; economyPlan: number; cells: object }[],
    ) =>
      items
        .filter((i) => i.code === 'economy-plan-line-unmatched')
        .map((i) => [i.ref, i.class, i.economyPlan, i.cells]);
    const expected = [['X-9', 'mismatch', 100_000, { economyPlan: 'Økonomiplan!C3' }]];
    expect(unmatched(reconcile({ ...p, economyPlan: lines }, []))).toEqual(expected);
    expect(unmatched(consolidate([input('bolig.xlsx', p)], economy(lines)).consolidation.items)).toEqual(expected);
  });
});
