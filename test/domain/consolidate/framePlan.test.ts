/**
 * A `Ramme` line with `Plan` set (SPEC §15): «A Ramme line covers the frame's measures of all plans», so its Plan
 * does not narrow it — but the Plan typed on it was ignored without a word, and finance, who wrote «Helse og
 * omsorg» on R3's frame, read a frame-total of both plans as if it were Helse's. The line now gets a warning
 * (`frame-line-plan`) naming its Plan cell and saying the frame is compared across all plans; the comparison itself
 * is unchanged. Amounts typed in thousands; items in kroner.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

// Boligsosial D-001 (R3) 100 / 300 / 300 / 300, Helse D-101 (R3) 200 / 300 / 200 / 100, each with its own Tiltak
// line; R3's Ramme line (row 4) 400 / 600 / 600 / 600 carries «Helse og omsorg» in Plan.
const lines = [
  line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
  line({ row: 3, ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100] }),
  line({ row: 4, type: 'Ramme', ref: 'R3', frame: 'R3', plan: 'Helse og omsorg', years: [400, 600, 600, 600] }),
];
const run = () => consolidate([input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())], economy(lines));

describe('a Ramme line with Plan set', () => {
  it('still covers the frame of all plans: 300 / 600 / 500 / 400 against 400 / 600 / 600 / 600, within', () => {
    // Measures: 100 + 200 = 300, 300 + 300 = 600, 300 + 200 = 500, 300 + 100 = 400 — all within the Ramme line.
    const r3 = run().consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => [i.year, i.measures, i.economyPlan, i.class])).toEqual([
      [2027, 300_000, 400_000, 'match'],
      [2028, 600_000, 600_000, 'match'],
      [2029, 500_000, 600_000, 'match'],
      [2030, 400_000, 600_000, 'match'],
    ]);
  });

  it('is one warning naming the frame, the Plan typed and its cell', () => {
    const items = run().consolidation.items.filter((i) => i.code === 'frame-line-plan');
    // 400 + 600 + 600 + 600 = 2 200 thousand. Plan is column K (Del … Beskrivelse A–F, years G–J), row 4.
    expect(items).toEqual([
      expect.objectContaining({
        severity: 'warning',
        ref: 'R3',
        plan: 'Helse og omsorg',
        economyPlan: 2_200_000,
        cells: { economyPlan: 'Økonomiplan!C4', plan: 'Økonomiplan!K4' },
      }),
    ]);
    const item = items[0];
    if (!item) throw new Error('no item');
    const years = [2027, 2028, 2029, 2030];
    expect(explainConsolidation(item, 'nb', '1000 kr', years)).toBe(
      'Ramme-linjen for R3 (2\u00a0200) har «Helse og omsorg» i kolonnen Plan (Økonomiplan!K4), men en Ramme-linje gjelder ' +
        'rammeområdets tiltak i alle planene: R3 er avstemt mot tiltakene i alle planene, og Plan på linjen er ikke ' +
        'brukt. Skal rammen fordeles på planene, før hver plans del som Tiltak-linjer.',
    );
    expect(explainConsolidation(item, 'en', '1000 kr', years)).toContain('all plans');
    expect(explainConsolidation(item, 'nn', '1000 kr', years)).toContain('«Helse og omsorg»');
  });

  it('a Ramme line without Plan gets no such warning', () => {
    const plain = lines.map((l) => ({ ...l, plan: '' }));
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy(plain),
    );
    expect(consolidation.items.filter((i) => i.code === 'frame-line-plan')).toEqual([]);
  });
});
