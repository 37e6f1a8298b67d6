import { reconcile } from '../../../src/domain/reconcile/reconcile';
import type { Finding } from '../../../src/domain/model/finding';
import { kr } from '../../../src/domain/model/money';
import { line, op, plan } from '../../helpers/plan';
import { byCode, miljo, summary } from './helpers';

describe('frame-total', () => {
  const ramme = (years: number[]) => line({ row: 9, type: 'Ramme', frame: 'r1', years });
  const frameItems = (lines: ReturnType<typeof line>[], findings: Finding[] = []) =>
    byCode(reconcile(plan({ operating: [miljo()], economyPlan: lines }), findings), 'frame-total');

  it.each<[string, number[], unknown[][]]>([
    [
      'within the Ramme line → match',
      [1000, 1200, 2000, 2400],
      [
        [2027, 'match', 'info', -400_000],
        [2028, 'match', 'info', 0],
        [2029, 'match', 'info', -200_000],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'above the Ramme line → mismatch',
      [600, 1000, 1800, 2400],
      [
        [2027, 'match', 'info', 0],
        [2028, 'mismatch', 'error', 200_000],
        [2029, 'match', 'info', 0],
        [2030, 'match', 'info', 0],
      ],
    ],
    [
      'above in one year, within over the period → still a mismatch (a year’s frame binds on its own)',
      [600, 1000, 2000, 2400],
      [
        [2027, 'match', 'info', 0],
        [2028, 'mismatch', 'error', 200_000],
        [2029, 'match', 'info', -200_000],
        [2030, 'match', 'info', 0],
      ],
    ],
  ])('%s', (_label, years, expected) => {
    const items = frameItems([ramme(years)]);
    expect(summary(items)).toEqual(expected);
    expect(items[1]?.ref).toBe('R1');
    expect(items[1]?.cells).toEqual({ measures: 'Tiltak drift!I5', economyPlan: 'Økonomiplan!H9' });
  });

  it('a Ramme line 1 000 times the measures (typed in kroner in a 1000 kr plan) is unit-suspect, not within', () => {
    // Measures 600/1 200/1 800/2 400 thousand; the line 600 000/1 200 000/1 800 000/1 800 000 thousand.
    const items = frameItems([ramme([600_000, 1_200_000, 1_800_000, 1_800_000])]);
    expect(summary(items)).toEqual([
      [2027, 'unit-suspect', 'error', 600_000 - 600_000_000],
      [2028, 'unit-suspect', 'error', 1_200_000 - 1_200_000_000],
      [2029, 'unit-suspect', 'error', 1_800_000 - 1_800_000_000],
      // 2 400 against 1 800 000 is a factor of 750: within the frame.
      [2030, 'match', 'info', 2_400_000 - 1_800_000_000],
    ]);
  });

  it('without a Ramme line, compares with the sum of the frame’s Tiltak lines', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
      line({ row: 3, ref: 'X-1', frame: 'R1', years: [100, 0, 0, 0] }),
    ];
    expect(summary(frameItems(lines))[0]).toEqual([2027, 'mismatch', 'error', -100_000]);
  });

  it('a year over the Ramme line by exactly Toleranse is rounding, by 1 000 kr more a mismatch (|Δ| ≤ Toleranse)', () => {
    // Toleranse 100 (thousand). Measures 600/1 200/1 800/2 400 against Ramme 600/1 100/1 699/2 400:
    // 2028 over by 1 200 − 1 100 = 100 = Toleranse → rounding; 2029 over by 1 800 − 1 699 = 101 → mismatch.
    const lines = [ramme([600, 1100, 1699, 2400])];
    const items = byCode(
      reconcile(plan({ operating: [miljo()], economyPlan: lines, settings: { tolerance: kr(100_000) } }), []),
      'frame-total',
    );
    expect(summary(items)).toEqual([
      [2027, 'match', 'info', 0],
      [2028, 'rounding', 'info', 100_000],
      [2029, 'mismatch', 'error', 101_000],
      [2030, 'match', 'info', 0],
    ]);
  });

  it('savings: a Ramme line that requires a cut is exceeded by measures that save less than it in a year', () => {
    // D-002 saves 100/200/300/400 thousand, all of it Nye midler (−400 of a full year of −400): new money
    // −100/−200/−300/−400. The frame must cut 100/300/300/400: 2028 saves 200 of 300 → Δ −200 − (−300) = +100
    // → mismatch; the other years meet the cut exactly. Its own line −200/−100/−300/−400 has the period's −1 000
    // → the two differing years are timing (Δ +100 and −100).
    const d2 = op({ id: 'D-002', years: [-100, -200, -300, -400], fullYear: -400, newMoney: -400, frame: 'R1' });
    const lines = [line({ row: 2, ref: 'D-002', years: [-200, -100, -300, -400] }), ramme([-100, -300, -300, -400])];
    const items = reconcile(plan({ operating: [d2], economyPlan: lines }), []);
    expect(summary(byCode(items, 'measure-new-money'))).toEqual([
      [2027, 'timing', 'warning', 100_000],
      [2028, 'timing', 'warning', -100_000],
      [2029, 'match', 'info', 0],
      [2030, 'match', 'info', 0],
    ]);
    expect(summary(byCode(items, 'frame-total'))).toEqual([
      [2027, 'match', 'info', 0],
      [2028, 'mismatch', 'error', 100_000],
      [2029, 'match', 'info', 0],
      [2030, 'match', 'info', 0],
    ]);
  });

  it('R3: a year over the Ramme line is a mismatch even when the period sums fit (never timing, SPEC §10)', () => {
    // Measures 800/1 400/2 000/2 600 (period 6 800) against Ramme 700/2 000/2 000/2 600 (period 7 300).
    const r3 = miljo({ years: [800, 1400, 2000, 2600], fullYear: 2600, newMoney: 2600, frame: 'R3' });
    const lines = [line({ row: 9, type: 'Ramme', frame: 'R3', years: [700, 2000, 2000, 2600] })];
    const items = byCode(reconcile(plan({ operating: [r3], economyPlan: lines }), []), 'frame-total');
    expect(summary(items)).toEqual([
      [2027, 'mismatch', 'error', 100_000],
      [2028, 'match', 'info', -600_000],
      [2029, 'match', 'info', 0],
      [2030, 'match', 'info', 0],
    ]);
  });

  const financingSum: Finding = {
    code: 'financing-sum',
    severity: 'error',
    sheet: 'Tiltak drift',
    cell: 'M5',
    measureId: 'D-001',
    params: {},
  };

  it('D-001 with a financing error (Nye midler 2 000 of 2 400) still counts in its frame, and the items say so', () => {
    // New money = cost × 2 000 / 2 400: 500, 1 000, 1 500, 2 000 thousand; a second measure adds 200 in 2027.
    const d1 = miljo({ newMoney: 2000, frame: 'R3' });
    const d2 = op({ id: 'D-002', row: 6, years: [200, 0, 0, 0], fullYear: 0, newMoney: 200, frame: 'R3' });
    const lines = [line({ row: 9, type: 'Ramme', frame: 'R3', years: [600, 1200, 1800, 2400] })];
    const items = byCode(reconcile(plan({ operating: [d1, d2], economyPlan: lines }), [financingSum]), 'frame-total');
    expect(items.map((i) => [i.year, i.measures, i.class])).toEqual([
      [2027, 700_000, 'mismatch'],
      [2028, 1_000_000, 'match'],
      [2029, 1_500_000, 'match'],
      [2030, 2_000_000, 'match'],
    ]);
    expect(items.map((i) => i.rowErrors)).toEqual([['D-001'], ['D-001'], ['D-001'], ['D-001']]);
  });

  it('a measure with an invalid amount (counted as 0) is named in its items and its frame’s, like a sum error', () => {
    // "abc" in 2027: 0 there, so new money 0/1 200/1 800/2 400 against a line of 600/1 200/1 800/2 400.
    const m = miljo({ years: [null, 1200, 1800, 2400] });
    const invalid: Finding = { ...financingSum, code: 'amount-invalid', cell: 'H5' };
    const items = reconcile(
      plan({ operating: [m], economyPlan: [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] })] }),
      [invalid],
    );
    expect(byCode(items, 'measure-new-money').map((i) => [i.year, i.measures, i.class, i.rowErrors])).toEqual([
      [2027, 0, 'mismatch', ['D-001']],
      [2028, 1_200_000, 'match', ['D-001']],
      [2029, 1_800_000, 'match', ['D-001']],
      [2030, 2_400_000, 'match', ['D-001']],
    ]);
    expect(byCode(items, 'frame-total').every((i) => i.rowErrors?.join() === 'D-001')).toBe(true);
  });

  it('a measure with an identity error and its own line: compared, counted in the frame, named in every item', () => {
    const items = reconcile(
      plan({ operating: [miljo()], economyPlan: [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] })] }),
      [financingSum],
    );
    expect(byCode(items, 'measure-new-money').map((i) => [i.class, i.rowErrors])).toEqual(
      Array.from({ length: 4 }, () => ['match', ['D-001']]),
    );
    expect(summary(byCode(items, 'frame-total')).map((s) => s[1])).toEqual(['match', 'match', 'match', 'match']);
    // Without the finding, no item names a row error.
    const clean = reconcile(plan({ operating: [miljo()], economyPlan: [] }), []);
    expect(clean.every((i) => i.rowErrors === undefined)).toBe(true);
  });
});
