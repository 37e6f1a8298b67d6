/**
 * Which frame a measure without Rammeområde is placed in by its economy plan lines (docs/spec.md §4, §10): only a
 * frame code of tblRammeomrader (a typo «R 3» gets frame-invalid and places nothing), and never two frames; a measure
 * its lines cannot place is named, in its own items and in the items of the frames its lines count in.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { byCode } from './helpers';

// D-003: new money 250 / 500 / 500 / 500 (cost 350 / 700 / 700 / 700 × 500 / 700), no Rammeområde.
const d003 = () =>
  op({ id: 'D-003', row: 4, years: [350, 700, 700, 700], fullYear: 700, reallocation: 200, newMoney: 500, frame: '' });
// D-011: 200 a year in R3. The default frame list is R1, R3.
const d011 = () => op({ id: 'D-011', row: 12, years: [200, 200, 200, 200], fullYear: 200, newMoney: 200, frame: 'R3' });
const ramme = (frame: string, years: number[]) => line({ row: 3, type: 'Ramme', frame, years });
const lineOf = (id: string, frame: string, years: number[], row = 6) => line({ row, ref: id, frame, years });
const rows = (items: ReturnType<typeof reconcile>) => items.map((i) => [i.ref, i.year, i.measures, i.economyPlan]);

describe('a measure without Rammeområde whose line names a frame code not in the list', () => {
  const p = plan({
    operating: [d003(), d011()],
    economyPlan: [ramme('R3', [250, 500, 500, 500]), lineOf('D-003', 'R 3', [250, 500, 500, 500])],
  });

  it('is placed in no frame: «R 3» (the line’s typo) holds no measure, R3 only D-011', () => {
    // By hand: «R 3» is D-003's line alone, 250 / 500 / 500 / 500, with no measure (0); R3 is D-011's 200 a year
    // under its Ramme line. Before: D-003 was counted in «R 3» against its own line, two silent matches.
    const frames = byCode(reconcile(p, []), 'frame-total');
    expect(rows(frames)).toEqual([
      ['R 3', 2027, 0, 250_000],
      ['R 3', 2028, 0, 500_000],
      ['R 3', 2029, 0, 500_000],
      ['R 3', 2030, 0, 500_000],
      ['R3', 2027, 200_000, 250_000],
      ['R3', 2028, 200_000, 500_000],
      ['R3', 2029, 200_000, 500_000],
      ['R3', 2030, 200_000, 500_000],
    ]);
    for (const item of frames) expect(item.frameFromLine).toBeUndefined();
  });

  it('is named in its own items, with the code its line has', () => {
    const own = byCode(reconcile(p, []), 'measure-new-money');
    expect(own).toHaveLength(4);
    for (const item of own) expect(item.frameless).toEqual({ invalid: 'R 3' });
    expect(explainReconciliation(own[0]!, 'nb', '1000 kr')).toContain(
      'Tiltaket har ikke Rammeområde, og linjen i økonomiplanen har «R 3», som ikke er et rammeområde i listen',
    );
  });

  it('is named in the items of the frame its line counts in', () => {
    const typo = byCode(reconcile(p, []), 'frame-total').filter((i) => i.ref === 'R 3');
    for (const item of typo) expect(item.linesOnly).toEqual(['D-003']);
  });
});

describe('a measure without Rammeområde whose lines name two frames', () => {
  // D-003's lines: R1 250 / 0 / 0 / 0 (row 6) and R3 0 / 500 / 500 / 500 (row 7); no Ramme line, so each frame is
  // compared with its Tiltak lines. By hand: R1 holds no measure (0) against 250 / 0 / 0 / 0; R3 holds D-011 (200 a
  // year) against 0 / 500 / 500 / 500. D-003 (250 / 500 / 500 / 500) counts in neither: never twice, never guessed.
  const p = plan({
    operating: [d003(), d011()],
    economyPlan: [lineOf('D-003', 'R1', [250, 0, 0, 0], 6), lineOf('D-003', 'R3', [0, 500, 500, 500], 7)],
  });

  it('counts in neither frame, and each frame’s items name it', () => {
    const frames = byCode(reconcile(p, []), 'frame-total');
    expect(rows(frames)).toEqual([
      ['R1', 2027, 0, 250_000],
      ['R1', 2028, 0, 0],
      ['R1', 2029, 0, 0],
      ['R1', 2030, 0, 0],
      ['R3', 2027, 200_000, 0],
      ['R3', 2028, 200_000, 500_000],
      ['R3', 2029, 200_000, 500_000],
      ['R3', 2030, 200_000, 500_000],
    ]);
    for (const item of frames) expect(item.linesOnly).toEqual(['D-003']);
    const mismatch = frames.find((i) => i.ref === 'R3' && i.year === 2028)!;
    expect(explainReconciliation(mismatch, 'nb', '1000 kr')).toContain(
      'Merk: En linje i økonomiplanen for D-003 har dette rammeområdet, men tiltaket har ikke Rammeområde',
    );
  });

  it('is named in a frame compared with its Ramme line too, which its line does not enter', () => {
    // R3 with a Ramme line 300 a year: D-011's 200 within it every year; D-003's lines are not compared there.
    const withRamme = { ...p, economyPlan: [ramme('R3', [300, 300, 300, 300]), ...p.economyPlan] };
    const r3 = byCode(reconcile(withRamme, []), 'frame-total').filter((i) => i.ref === 'R3');
    expect(r3.map((i) => [i.measures, i.economyPlan, i.class])).toEqual(Array(4).fill([200_000, 300_000, 'match']));
    for (const item of r3) expect(item.linesOnly).toEqual(['D-003']);
    expect(explainReconciliation(r3[0]!, 'en', '1000 kr')).toContain(
      'Note: an economy plan line of D-003 has this frame, but the measure has no Rammeområde',
    );
  });

  it('is named in its own items with both frames', () => {
    const own = byCode(reconcile(p, []), 'measure-new-money');
    for (const item of own) expect(item.frameless).toEqual({ frames: ['R1', 'R3'] });
    expect(explainReconciliation(own[0]!, 'en', '1000 kr')).toContain('R1, R3');
  });
});
