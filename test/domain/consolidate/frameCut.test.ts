/**
 * A frame cut in the economy plan (a negative Ramme line: an innsparingskrav) whose measures across plans ask for
 * new money (SPEC §10, §15): over the frame, a mismatch explained as an overrun, not «motsatt fortegn».
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

describe('a cut Ramme line across plans (docs/spec.md §10, §15)', () => {
  it('is exceeded by the plans’ new money: mismatch every year, worded as the overrun', () => {
    // R3 cut by 100 a year; D-001 (100 / 300 / 300 / 300) and D-101 (200 / 300 / 200 / 100) ask for new money.
    const lines = [line({ row: 2, type: 'Ramme', ref: '', frame: 'R3', years: [-100, -100, -100, -100] })];
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    // By hand: 300, 600, 500, 400 thousand against −100: over by 400, 700, 600, 500 thousand.
    expect(frames.map((i) => [i.year, i.class, i.severity, i.measures, i.economyPlan, i.difference])).toEqual([
      [2027, 'mismatch', 'error', 300_000, -100_000, 400_000],
      [2028, 'mismatch', 'error', 600_000, -100_000, 700_000],
      [2029, 'mismatch', 'error', 500_000, -100_000, 600_000],
      [2030, 'mismatch', 'error', 400_000, -100_000, 500_000],
    ]);
    const text = explainConsolidation(frames[0]!, 'nb', '1000 kr', [2027, 2028, 2029, 2030]);
    expect(text).toContain('innsparingskrav');
    expect(text).toContain('400 over rammen');
    expect(text).not.toContain('fortegn');
  });
});
