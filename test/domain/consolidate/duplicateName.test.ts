/**
 * A plan left out for its Plannavn (plan-name-duplicate, SPEC §15) is left out like a plan of another period:
 * "not a line of a plan left out of the comparison (its Plan names it, or its Ref only a measure of that plan),
 * like that plan's measures". Amounts typed in thousands; items and totals in kroner.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line, op, plan } from '../../helpers/plan';
import { boligsosial, economy, input } from './helpers';

// Boligsosial: D-001, Ref. 14, frame R3, 100 / 300 / 300 / 300, with its own line (Plan set).
// psyk.xlsx is a different plan that was given Boligsosial's Plannavn by mistake: D-050, Ref. 50, frame R4,
// 500 / 1 000 / 1 000 / 1 000. It is not compared, so its measure counts nowhere; its line (Ref 50, no Plan,
// frame R4) names only its measure, so it must count nowhere either.
const psyk = plan({
  settings: { planName: 'Boligsosial handlingsplan' },
  operating: [
    op({ id: 'D-050', ref: '50', frame: 'R4', years: [500, 1000, 1000, 1000], fullYear: 1000, newMoney: 1000 }),
  ],
});
const lines = [
  line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
  line({ row: 3, ref: '50', frame: 'R4', years: [500, 1000, 1000, 1000] }),
];

describe('a plan under a Plannavn taken (SPEC §15)', () => {
  const run = () => consolidate([input('bolig.xlsx', boligsosial()), input('psyk.xlsx', psyk)], economy(lines));

  it('leaves its lines out of the total, as its measures', () => {
    const { consolidation } = run();
    // Only Boligsosial counts: measures 100 / 300 / 300 / 300 against its line 100 / 300 / 300 / 300.
    // Not 100 + 500 = 600 and 300 + 1 000 = 1 300 on the economy plan side.
    expect(consolidation.total).toEqual({
      measures: [100_000, 300_000, 300_000, 300_000],
      economyPlan: [100_000, 300_000, 300_000, 300_000],
    });
  });

  it('leaves its lines out of the frames: no R4 overrun of 0 against 500 / 1 000', () => {
    const { consolidation } = run();
    const r4 = consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R4');
    expect(r4).toEqual([]);
  });

  it('lists its line once, naming the file it belongs to, not as a line that fits no measure', () => {
    const { consolidation } = run();
    const unmatched = consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');
    // 500 + 1 000 + 1 000 + 1 000 = 3 500 thousand.
    expect(unmatched.map((i) => [i.ref, i.plan, i.file, i.economyPlan])).toEqual([
      ['50', 'Boligsosial handlingsplan', 'psyk.xlsx', 3_500_000],
    ]);
    const text = explainConsolidation(unmatched[0]!, 'nb', '1000 kr', consolidation.years);
    expect(text).toContain('psyk.xlsx');
    expect(text).not.toContain('svarer ikke til noe tiltak');
    // Not «no plan of that name is reconciled»: Boligsosial handlingsplan is (bolig.xlsx).
    expect(text).not.toContain('ingen plan med det navnet');
  });

  it('the same file given twice: its lines stay with the first, as before', () => {
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('bolig.xlsx', boligsosial())],
      economy([line({ row: 2, ref: '14', frame: 'R3', years: [100, 300, 300, 300] })]),
    );
    // Ref 14 is D-001's Ref. in both; the copy claims nothing, so D-001 matches 100 / 300 / 300 / 300.
    expect(perPlan[0]?.map((i) => [i.code, i.class])).toEqual(
      [2027, 2028, 2029, 2030].map(() => ['measure-new-money', 'match']),
    );
    // Frame R3 (no Ramme line): D-001's 100 / 300 / 300 / 300 against its line, a match each year.
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    expect(frames.map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
    expect(consolidation.items.filter((i) => i.code !== 'frame-total').map((i) => i.code)).toEqual([
      'plan-name-duplicate',
    ]);
  });
});
