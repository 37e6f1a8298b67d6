/**
 * Where a measure without Rammeområde counts in frame-total (docs/spec.md §4, §10), and a Ramme line whose frame
 * no list or measure knows (§6): reconcile/frames.ts (measureFrames, noteFramelessMeasures) and matchLines.ts.
 */
import { measureFrames } from '../../../src/domain/reconcile/measureFrames';
import { matchLines } from '../../../src/domain/reconcile/matchLines';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { byCode } from './helpers';

// D-003: new money 250 / 500 / 500 / 500 (cost 350 / 700 / 700 / 700 × 500 / 700), no Rammeområde.
const d003 = (frame = '') =>
  op({ id: 'D-003', row: 4, years: [350, 700, 700, 700], fullYear: 700, reallocation: 200, newMoney: 500, frame });
// D-011: 200 a year in R3.
const d011 = () => op({ id: 'D-011', row: 12, years: [200, 200, 200, 200], fullYear: 200, newMoney: 200, frame: 'R3' });
const ramme = (frame: string, years: number[]) => line({ row: 3, type: 'Ramme', frame, years });
const lineOf = (id: string, frame: string, years: number[], row = 6) => line({ row, ref: id, frame, years });

describe('a measure without Rammeområde in frame-total', () => {
  it('counts in the frame its matched economy plan line names, and the items say so', () => {
    const p = plan({
      operating: [d003(), d011()],
      economyPlan: [ramme('R3', [250, 500, 500, 500]), lineOf('D-003', 'R3', [250, 500, 500, 500])],
    });
    const items = byCode(reconcile(p, []), 'frame-total');
    // R3: D-003 250 / 500 / 500 / 500 + D-011 200 a year = 450 / 700 / 700 / 700 against 250 / 500 / 500 / 500.
    expect(items.map((i) => [i.ref, i.year, i.measures, i.class, i.difference])).toEqual([
      ['R3', 2027, 450_000, 'mismatch', 200_000],
      ['R3', 2028, 700_000, 'mismatch', 200_000],
      ['R3', 2029, 700_000, 'mismatch', 200_000],
      ['R3', 2030, 700_000, 'mismatch', 200_000],
    ]);
    for (const item of items) expect(item.frameFromLine).toEqual(['D-003']);
    expect(explainReconciliation(items[0]!, 'nb', '1000 kr')).toContain(
      'D-003 har ikke Rammeområde og er regnet med i R3 fordi linjen i økonomiplanen har det rammeområdet.',
    );
    // Placed: no frameless note on its own items.
    expect(byCode(reconcile(p, []), 'measure-new-money').some((i) => i.frameless !== undefined)).toBe(false);
  });

  it.each<[string, ReturnType<typeof line>[], object, string]>([
    ['no economy plan line', [], {}, 'og økonomiplanen viser ikke til ett rammeområde for det'],
    [
      'a line without Rammeområde',
      [lineOf('D-003', '', [250, 500, 500, 500])],
      {},
      'og økonomiplanen viser ikke til ett rammeområde for det',
    ],
    [
      'lines naming two frames (not guessed)',
      [lineOf('D-003', 'R1', [250, 0, 0, 0], 6), lineOf('D-003', 'R3', [0, 500, 500, 500], 7)],
      { frames: ['R1', 'R3'] },
      'og linjene i økonomiplanen har ulike rammeområder (R1, R3)',
    ],
  ])('with %s is in no frame, and its own items say so', (_label, lines, why, text) => {
    const p = plan({ operating: [d003()], economyPlan: lines });
    const items = reconcile(p, []);
    expect(byCode(items, 'frame-total').filter((i) => i.measures !== 0)).toEqual([]);
    const own = items.filter((i) => i.measureId === 'D-003');
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item.frameless).toEqual(why);
    expect(explainReconciliation(own[0]!, 'nb', '1000 kr')).toContain(`Tiltaket har ikke Rammeområde, ${text}`);
    expect(measureFrames(p, matchLines(p)).frames).toEqual(['']);
  });

  it('keeps its own Rammeområde over its line’s (a line takes the measure’s, not the other way)', () => {
    const p = plan({ operating: [d003('R1')], economyPlan: [lineOf('D-003', 'R3', [250, 500, 500, 500])] });
    const placed = measureFrames(p, matchLines(p));
    expect(placed.frames).toEqual(['R1']);
    expect([...placed.fromLine]).toEqual([]);
  });
});

describe('a Ramme line whose frame is in no list and on no measure', () => {
  const items = (frames: { code: string; name: string }[] | undefined, measureFrame = 'R3') =>
    reconcile(
      plan({
        operating: [d011(), ...(measureFrame === 'R 3' ? [op({ id: 'D-012', row: 13, frame: 'R 3' })] : [])],
        economyPlan: [ramme('R 3', [500, 500, 500, 500]), lineOf('D-011', '', [200, 200, 200, 200], 9)],
        ...(frames ? { lists: { frames } } : {}),
      }),
      [],
    );

  it('limits no frame: unmatched, naming its Rammeområde cell, the value and the codes', () => {
    const all = items(undefined);
    // R3 (D-011, 200 a year) is compared with its Tiltak line (D-011's, which takes R3): equal.
    expect(byCode(all, 'frame-total').map((i) => [i.ref, i.measures, i.economyPlan, i.class])).toEqual([
      ['R3', 200_000, 200_000, 'match'],
      ['R3', 200_000, 200_000, 'match'],
      ['R3', 200_000, 200_000, 'match'],
      ['R3', 200_000, 200_000, 'match'],
    ]);
    const unmatched = byCode(all, 'economy-plan-line-unmatched');
    expect(unmatched).toMatchObject([
      {
        severity: 'warning',
        economyPlan: 2_000_000,
        cells: { economyPlan: 'Økonomiplan!D3' },
        frameUnknown: { frame: 'R 3', codes: ['R1', 'R3'] },
      },
    ]);
    expect(explainReconciliation(unmatched[0]!, 'nb', '1000 kr')).toContain(
      'har rammeområde «R 3», som verken finnes i listen over rammeområder (R1, R3) eller på noe tiltak',
    );
  });

  it('is the frame’s limit when a measure carries the same code (both then have frame-invalid)', () => {
    const frames = byCode(items(undefined, 'R 3'), 'frame-total').map((i) => i.ref);
    expect(frames).toContain('R 3');
  });

  it('is judged by the measures’ Rammeområde when there is no frame list: unmatched, no frame «R 3»', () => {
    const all = items([]);
    expect(byCode(all, 'frame-total').map((i) => i.ref)).toEqual(['R3', 'R3', 'R3', 'R3']);
    const unmatched = byCode(all, 'economy-plan-line-unmatched');
    expect(unmatched).toMatchObject([{ economyPlan: 2_000_000, frameUnknown: { frame: 'R 3', codes: ['R3'] } }]);
    expect(unmatched[0]?.frameUnknown?.noList).toBe(true);
    expect(explainReconciliation(unmatched[0]!, 'nb', '1000 kr')).toContain(
      'har rammeområde «R 3», som ikke finnes på noe tiltak (R3), og listen over rammeområder er tom',
    );
  });

  it('is taken as typed with neither a frame list nor a measure’s Rammeområde (nothing to judge by)', () => {
    const all = reconcile(
      plan({
        operating: [op({ id: 'D-012', row: 13, frame: '' })],
        economyPlan: [ramme('R 3', [500, 500, 500, 500])],
        lists: { frames: [] },
      }),
      [],
    );
    expect(byCode(all, 'frame-total').map((i) => i.ref)).toContain('R 3');
    expect(byCode(all, 'economy-plan-line-unmatched')).toEqual([]);
  });
});
