/**
 * The consolidation (docs/spec.md §6, §15) takes a Ramme line with Del Investering as one plan's check does: it limits
 * no frame (a Ramme line is drift only) and is listed as unclaimed at its Del cell.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { economy, helse, input } from './helpers';

it('a Ramme line with Del Investering limits no frame across plans and is listed at its Del cell', () => {
  // Helse's D-101: 200 / 300 / 200 / 100 in R3, against the Drift Ramme line's 100 a year: by hand 2027 200 > 100,
  // 2028 300 > 100, 2029 200 > 100, 2030 100 = 100. With the Investering line's 5 000 added, every year would be
  // within.
  const lines = [
    line({ row: 2, type: 'Ramme', frame: 'R3', years: [100, 100, 100, 100] }),
    line({ row: 3, part: 'Investering', type: 'Ramme', frame: 'R3', years: [5000, 5000, 5000, 5000] }),
    line({ row: 4, ref: 'D-101', years: [200, 300, 200, 100] }),
  ];
  const { consolidation } = consolidate([input('helse.xlsx', helse())], economy(lines));
  const frames = consolidation.items.filter((i) => i.code === 'frame-total');
  expect(frames.map((i) => [i.year, i.class, i.measures, i.economyPlan])).toEqual([
    [2027, 'mismatch', 200_000, 100_000],
    [2028, 'mismatch', 300_000, 100_000],
    [2029, 'mismatch', 200_000, 100_000],
    [2030, 'match', 100_000, 100_000],
  ]);
  const unclaimed = consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');
  expect(unclaimed.map((i) => [i.economyPlan, i.investmentFrame, i.cells.economyPlan])).toEqual([
    [20_000_000, true, 'Økonomiplan!A3'],
  ]);
  expect(explainConsolidation(unclaimed[0]!, 'nb', '1000 kr', consolidation.years)).toContain(
    'har Del Investering, men Linjetype Ramme gjelder bare drift',
  );
});
