/**
 * The consolidation places a measure in a frame as one plan's check does (docs/spec.md §4, §10, §15): a measure
 * without Rammeområde in the frame its economy plan line names; a Ramme line of a frame no plan knows limits none.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line, op, plan } from '../../helpers/plan';
import { economy, helse, input } from './helpers';

// D-001 of Boligsosial: 100 / 300 / 300 / 300, no Rammeområde. Helse's D-101: 200 / 300 / 200 / 100 in R3.
const bolig = () =>
  plan({
    settings: { planName: 'Boligsosial handlingsplan' },
    operating: [op({ id: 'D-001', frame: '', years: [100, 300, 300, 300], fullYear: 300, newMoney: 300 })],
  });

describe('frames across plans', () => {
  it('count a measure without Rammeområde in the frame its line names, naming it with its plan', () => {
    const lines = [
      line({ row: 2, type: 'Ramme', frame: 'R3', years: [250, 500, 500, 500] }),
      line({ row: 3, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
      line({ row: 4, ref: 'D-101', years: [200, 300, 200, 100] }),
    ];
    const { consolidation } = consolidate([input('bolig.xlsx', bolig()), input('helse.xlsx', helse())], economy(lines));
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    // R3: 100 + 200, 300 + 300, 300 + 200, 300 + 100 against 250 / 500 / 500 / 500.
    expect(frames.map((i) => [i.year, i.class, i.measures, i.difference])).toEqual([
      [2027, 'mismatch', 300_000, 50_000],
      [2028, 'mismatch', 600_000, 100_000],
      [2029, 'match', 500_000, 0],
      [2030, 'match', 400_000, -100_000],
    ]);
    expect(frames[0]?.shares).toEqual([
      { plan: 'Boligsosial handlingsplan', amount: 100_000 },
      { plan: 'Helse og omsorg', amount: 200_000 },
    ]);
    expect(frames[0]?.frameFromLine).toEqual([{ plan: 'Boligsosial handlingsplan', measureId: 'D-001' }]);
    expect(explainConsolidation(frames[0]!, 'nb', '1000 kr', consolidation.years)).toContain(
      'har ikke Rammeområde og er regnet med i R3',
    );
  });

  it('list a Ramme line of a frame no plan knows as unclaimed, limiting no frame', () => {
    const lines = [
      line({ row: 2, type: 'Ramme', frame: 'R 3', years: [50, 50, 50, 50] }),
      line({ row: 4, ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100] }),
    ];
    const { consolidation } = consolidate([input('helse.xlsx', helse())], economy(lines));
    expect(consolidation.items.filter((i) => i.code === 'frame-total').map((i) => [i.ref, i.class])).toEqual([
      ['R3', 'match'],
      ['R3', 'match'],
      ['R3', 'match'],
      ['R3', 'match'],
    ]);
    expect(consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched')).toMatchObject([
      {
        economyPlan: 200_000,
        frameUnknown: { frame: 'R 3', codes: ['R1', 'R3'] },
        cells: { economyPlan: 'Økonomiplan!D2' },
      },
    ]);
  });

  it('take a Ramme line of a frame in the economy plan workbook’s own list as that frame’s limit', () => {
    const lines = [line({ row: 2, type: 'Ramme', frame: 'R6', years: [50, 50, 50, 50] })];
    const { consolidation } = consolidate([input('helse.xlsx', helse())], { ...economy(lines), frames: ['R6'] });
    // R6 holds no measure of the plans: 0 against its 50 a year, within; the line is no unclaimed one.
    expect(
      consolidation.items
        .filter((i) => i.code === 'frame-total' && i.ref !== 'R3')
        .map((i) => [i.ref, i.measures, i.economyPlan]),
    ).toEqual(Array(4).fill(['R6', 0, 50_000]));
    expect(consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched')).toEqual([]);
  });

  it('place a measure without Rammeområde by a frame code only, never in «R 3», and say so', () => {
    // D-001's line has «R 3», a code of no list: D-001 (100 / 300 / 300 / 300) counts in no frame. By hand: R3 is
    // D-101's 200 / 300 / 200 / 100 against its line; «R 3» is D-001's line with no measure (0). Before: D-001 was
    // counted in «R 3» against its own line (match), out of sight of R3.
    const lines = [
      line({ row: 3, ref: 'D-001', frame: 'R 3', years: [100, 300, 300, 300] }),
      line({ row: 4, ref: 'D-101', years: [200, 300, 200, 100] }),
    ];
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', bolig()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    expect(frames.map((i) => [i.ref, i.measures, i.economyPlan])).toEqual([
      ['R 3', 0, 100_000],
      ['R 3', 0, 300_000],
      ['R 3', 0, 300_000],
      ['R 3', 0, 300_000],
      ['R3', 200_000, 200_000],
      ['R3', 300_000, 300_000],
      ['R3', 200_000, 200_000],
      ['R3', 100_000, 100_000],
    ]);
    expect(frames[0]?.linesOnly).toEqual([{ plan: 'Boligsosial handlingsplan', measureId: 'D-001' }]);
    expect(explainConsolidation(frames[0]!, 'nb', '1000 kr', consolidation.years)).toContain(
      'En linje i økonomiplanen for D-001 i «Boligsosial handlingsplan» har dette rammeområdet',
    );
    const own = (perPlan[0] ?? []).filter((i) => i.measureId === 'D-001');
    expect(own.length).toBe(4);
    for (const item of own) expect(item.frameless).toEqual({ invalid: 'R 3' });
  });

  it('count a measure whose lines name two frames in neither, naming it in both', () => {
    // D-001's lines: R1 100 / 0 / 0 / 0 and R3 0 / 300 / 300 / 300. By hand: R1 0 against 100 / 0 / 0 / 0; R3
    // D-101's 200 / 300 / 200 / 100 against 0 / 300 / 300 / 300 + D-101's line 200 / 300 / 200 / 100.
    const lines = [
      line({ row: 3, ref: 'D-001', frame: 'R1', years: [100, 0, 0, 0] }),
      line({ row: 5, ref: 'D-001', frame: 'R3', years: [0, 300, 300, 300] }),
      line({ row: 4, ref: 'D-101', years: [200, 300, 200, 100] }),
    ];
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', bolig()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const frames = consolidation.items.filter((i) => i.code === 'frame-total');
    expect(frames.map((i) => [i.ref, i.measures, i.economyPlan])).toEqual([
      ['R1', 0, 100_000],
      ['R1', 0, 0],
      ['R1', 0, 0],
      ['R1', 0, 0],
      ['R3', 200_000, 200_000],
      ['R3', 300_000, 600_000],
      ['R3', 200_000, 500_000],
      ['R3', 100_000, 400_000],
    ]);
    for (const item of frames)
      expect(item.linesOnly).toEqual([{ plan: 'Boligsosial handlingsplan', measureId: 'D-001' }]);
    for (const item of (perPlan[0] ?? []).filter((i) => i.measureId === 'D-001'))
      expect(item.frameless).toEqual({ frames: ['R1', 'R3'] });
  });
});
