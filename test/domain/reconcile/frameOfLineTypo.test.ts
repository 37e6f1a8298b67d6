/**
 * A measure without Rammeområde whose economy plan lines name one frame code (R3) and a value that is none («R 1»,
 * a typo of R1, frame-invalid): its lines disagree, so it is not placed in R3 (docs/spec.md §4: a frameless measure
 * is placed only when its lines name one frame code, and its frame is never guessed), and its notes say why — the
 * code, and the value that is none. The default frame list is R1, R3.
 */
import { framesByLine, withLineFrames } from '../../../src/domain/reconcile/framePlacements';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n/findings';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { byCode } from './helpers';

// D-003: new money 250 / 500 / 500 / 500 (cost 350 / 700 / 700 / 700 × 500 / 700), no Rammeområde.
const d003 = () =>
  op({ id: 'D-003', row: 4, years: [350, 700, 700, 700], fullYear: 700, reallocation: 200, newMoney: 500, frame: '' });
// D-011: 200 a year in R3.
const d011 = () => op({ id: 'D-011', row: 12, years: [200, 200, 200, 200], fullYear: 200, newMoney: 200, frame: 'R3' });
const lineOf = (frame: string, years: number[], row: number) => line({ row, ref: 'D-003', frame, years });

// D-003's lines: R3 250 / 0 / 0 / 0 (row 6), «R 1» 0 / 500 / 500 / 500 (row 7); no Ramme line.
const p = plan({
  operating: [d003(), d011()],
  economyPlan: [lineOf('R3', [250, 0, 0, 0], 6), lineOf('R 1', [0, 500, 500, 500], 7)],
});

describe('a measure without Rammeområde whose lines name R3 and «R 1» (no code)', () => {
  it('is placed in no frame: R3 holds D-011 alone against its line 250 / 0 / 0 / 0', () => {
    // By hand: R3 measures D-011 200 a year; its Tiltak line is D-003's R3 line. Placed in R3 (before), D-003 made
    // R3 450 / 700 / 700 / 700, its lines telling two frames and the second silently dropped.
    const r3 = byCode(reconcile(p, []), 'frame-total').filter((i) => i.ref === 'R3');
    expect(r3.map((i) => [i.year, i.measures, i.economyPlan])).toEqual([
      [2027, 200_000, 250_000],
      [2028, 200_000, 0],
      [2029, 200_000, 0],
      [2030, 200_000, 0],
    ]);
    for (const item of r3) expect(item.frameFromLine).toBeUndefined();
    for (const item of r3) expect(item.linesOnly).toEqual(['D-003']);
  });

  it('its own items say its lines name R3 and «R 1», which is no frame of the list', () => {
    const own = byCode(reconcile(p, []), 'measure-new-money');
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item.frameless).toEqual({ frames: ['R3'], invalid: 'R 1' });
    expect(explainReconciliation(own[0]!, 'nb', '1000 kr')).toContain(
      'linjene i økonomiplanen har R3 og «R 1», som ikke er et rammeområde i listen',
    );
  });

  it('frame-missing says so', () => {
    const findings = validatePlan(p);
    const items = reconcile(p, findings);
    const said = withLineFrames(findings, items, framesByLine(items))
      .filter((f) => f.code === 'frame-missing')
      .map((f) => renderFinding(f, 'nb', '1000 kr'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(
      'linjene i økonomiplanen har R3 og «R 1», som ikke er et rammeområde i listen, så Avstemming regner det ikke ' +
        'med i noe rammeområde',
    );
  });
});
