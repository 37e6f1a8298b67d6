import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { line, op, plan } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

describe('a frame without a Ramme line across plans (docs/spec.md §15)', () => {
  it('is compared with every Drift Tiltak line of the frame: those the plans hold, and those no plan or two plans claim', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
      line({ row: 3, ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100] }),
      // Held by Helse og omsorg (its Plan), though it names no measure: it counts in R3.
      line({ row: 4, ref: 'D-199', frame: 'R3', plan: 'Helse og omsorg', years: [0, 7, 0, 0] }),
      // No plan claims X-9; Ref. 14 is both plans' measures'. Each is one item of its own, and counts in R3,
      // its Rammeområde, as in the check of one plan (SPEC §10: the sum of the frame's Tiltak lines).
      line({ row: 5, ref: 'X-9', frame: 'R3', years: [50, 0, 0, 0] }),
      line({ row: 6, ref: '14', frame: 'R3', years: [10, 0, 0, 0] }),
    ];
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    // Measures 100 + 200, 300 + 300, 300 + 200, 300 + 100; lines 100 + 200 + 0 + 50 + 10, 300 + 300 + 7, 300 + 200,
    // 300 + 100. 2027: 300 000 − 360 000 = −60 000; 2028: 600 000 − 607 000 = −7 000; the period sums 1 800 000
    // and 1 867 000 differ: mismatches, not timing.
    expect(frames.map((i) => [i.year, i.class, i.measures, i.economyPlan, i.difference])).toEqual([
      [2027, 'mismatch', 300_000, 360_000, -60_000],
      [2028, 'mismatch', 600_000, 607_000, -7_000],
      [2029, 'match', 500_000, 500_000, 0],
      [2030, 'match', 400_000, 400_000, 0],
    ]);
    expect(
      consolidation.items
        .filter((i) => i.code === 'economy-plan-line-unmatched' || i.code === 'economy-plan-line-ambiguous')
        .map((i) => [i.code, i.ref, i.economyPlan]),
    ).toEqual([
      ['economy-plan-line-ambiguous', '14', 10_000],
      ['economy-plan-line-unmatched', 'X-9', 50_000],
    ]);
    // The total in all is every Drift Tiltak line of the economy plan: 100 + 200 + 0 + 50 + 10 in 2027.
    expect(consolidation.total.economyPlan).toEqual([360_000, 607_000, 500_000, 400_000]);
  });

  it('gives a plan consolidated alone the frame figures of its own check, a line no measure claims included', () => {
    const p = plan({
      settings: { planName: 'Boligsosial handlingsplan' },
      operating: [op({ id: 'D-001', frame: 'R3', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
    });
    const lines = [
      line({ row: 2, ref: 'D-001', years: [100, 300, 300, 300] }),
      line({ row: 3, ref: 'X-9', frame: 'R3', years: [50, 0, 0, 0] }),
    ];
    // R3: measures 100 / 300 / 300 / 300 against the lines 100 + 50 / 300 / 300 / 300: 2027 is 50 000 short;
    // the period sums 1 000 000 and 1 050 000 differ, so a mismatch.
    const expected = [
      [2027, 'mismatch', 100_000, 150_000, -50_000],
      [2028, 'match', 300_000, 300_000, 0],
      [2029, 'match', 300_000, 300_000, 0],
      [2030, 'match', 300_000, 300_000, 0],
    ];
    const figures = (
      items: readonly {
        code: string;
        year?: number;
        class: string;
        measures: number;
        economyPlan: number;
        difference: number;
      }[],
    ) =>
      items
        .filter((i) => i.code === 'frame-total')
        .map((i) => [i.year, i.class, i.measures, i.economyPlan, i.difference]);
    expect(figures(reconcile({ ...p, economyPlan: lines }, []))).toEqual(expected);
    expect(figures(consolidate([input('bolig.xlsx', p)], economy(lines)).consolidation.items)).toEqual(expected);
  });

  it('leaves out of a frame a line that names a plan not in the comparison, as it leaves out that plan’s measures', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
      line({ row: 3, ref: 'D-001', frame: 'R3', plan: 'Kulturplan', years: [50, 50, 50, 50] }),
    ];
    const { consolidation } = consolidate([input('bolig.xlsx', boligsosial())], economy(lines));
    // R3: D-001 of Boligsosial, 100 / 300 / 300 / 300 against its line; Kulturplan's line is listed on its own.
    expect(
      consolidation.items.filter((i) => i.code === 'frame-total').map((i) => [i.year, i.class, i.economyPlan]),
    ).toEqual([
      [2027, 'match', 100_000],
      [2028, 'match', 300_000],
      [2029, 'match', 300_000],
      [2030, 'match', 300_000],
    ]);
    expect(
      consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched').map((i) => [i.plan, i.economyPlan]),
    ).toEqual([['Kulturplan', 200_000]]);
  });
});

describe('a Ramme line that names no frame (docs/spec.md §10, §15)', () => {
  it('is listed as a line no plan claims, as in the check of one plan, not dropped', () => {
    const p = boligsosial();
    const lines = [
      line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
      // Neither Rammeområde nor Ref: no frame to cover. 500 a year, 2 000 in the period.
      line({ row: 3, type: 'Ramme', years: [500, 500, 500, 500] }),
    ];
    const unmatched = (items: readonly { code: string; class: string; economyPlan: number; cells: object }[]) =>
      items.filter((i) => i.code === 'economy-plan-line-unmatched').map((i) => [i.class, i.economyPlan, i.cells]);
    const expected = [['mismatch', 2_000_000, { economyPlan: 'Økonomiplan!C3' }]];
    expect(unmatched(reconcile({ ...p, economyPlan: lines }, []))).toEqual(expected);
    expect(unmatched(consolidate([input('bolig.xlsx', p)], economy(lines)).consolidation.items)).toEqual(expected);
  });
});
