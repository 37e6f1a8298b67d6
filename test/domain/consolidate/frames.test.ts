import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

describe('a frame without a Ramme line across plans (docs/spec.md §15)', () => {
  it('is compared with the Drift Tiltak lines the plans hold, not with lines no plan or two plans claim', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
      line({ row: 3, ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100] }),
      // Held by Helse og omsorg (its Plan), though it names no measure: it counts in R3.
      line({ row: 4, ref: 'D-199', frame: 'R3', plan: 'Helse og omsorg', years: [0, 7, 0, 0] }),
      // No plan claims X-9; Ref. 14 is both plans' measures'. Each is one item of its own, and out of R3.
      line({ row: 5, ref: 'X-9', frame: 'R3', years: [50, 0, 0, 0] }),
      line({ row: 6, ref: '14', frame: 'R3', years: [10, 0, 0, 0] }),
    ];
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    // Measures 100 + 200, 300 + 300, 300 + 200, 300 + 100; lines 100 + 200 + 0, 300 + 300 + 7, 300 + 200, 300 + 100.
    // 2028: 600 000 − 607 000 = −7 000; the period sums 1 800 000 and 1 807 000 differ: a mismatch, not timing.
    expect(frames.map((i) => [i.year, i.class, i.measures, i.economyPlan, i.difference])).toEqual([
      [2027, 'match', 300_000, 300_000, 0],
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
});
