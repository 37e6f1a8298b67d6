import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { looseRef } from '../../../src/domain/reconcile/nearMiss';
import { line, op, plan } from '../../helpers/plan';
import { byCode, miljo } from './helpers';

describe('looseRef', () => {
  it.each([
    ['D-001', 'd001'],
    ['D001', 'd001'],
    [' d 001 ', 'd001'],
    ['ØP-12', '12'],
    ['ØP12', '12'],
    ['øp 12', '12'],
    ['7.1/15', '71/15'],
    ['P-100', 'p100'],
  ])('%p → %p', (ref, key) => expect(looseRef(ref)).toBe(key));
});

describe('near-miss references: both items kept, each naming the other', () => {
  it('a line "D001" (C9) for the measure D-001: still unmatched, codes unchanged, paired in both and in the frame', () => {
    const items = reconcile(
      plan({ operating: [miljo()], economyPlan: [line({ row: 9, ref: 'D001', years: [600, 1200, 1800, 2400] })] }),
      [],
    );
    const pair = [{ line: 'D001', cell: 'C9', measure: 'D-001' }];
    const missing = byCode(items, 'measure-not-in-economy-plan');
    const unmatched = byCode(items, 'economy-plan-line-unmatched');
    expect(missing.map((i) => [i.ref, i.severity, i.nearMisses])).toEqual([['D-001', 'error', pair]]);
    expect(unmatched.map((i) => [i.ref, i.severity, i.nearMisses])).toEqual([['D001', 'warning', pair]]);
    // The frame R1 has no Ramme line: its measures (600 …) against no Tiltak line → four mismatches, each paired.
    const frames = byCode(items, 'frame-total');
    expect(frames.map((i) => [i.class, i.nearMisses])).toEqual(Array.from({ length: 4 }, () => ['mismatch', pair]));
  });

  it('"ØP-12" against a measure whose Ref. is "ØP12"', () => {
    const m = op({ id: 'D-002', ref: 'ØP12', years: [100, 100, 100, 100], fullYear: 100, newMoney: 100, frame: 'R1' });
    const items = reconcile(
      plan({ operating: [m], economyPlan: [line({ row: 4, ref: 'ØP-12', years: [100, 100, 100, 100] })] }),
      [],
    );
    const pair = [{ line: 'ØP-12', cell: 'C4', measure: 'D-002' }];
    expect(byCode(items, 'measure-not-in-economy-plan')[0]?.nearMisses).toEqual(pair);
    expect(byCode(items, 'economy-plan-line-unmatched')[0]?.nearMisses).toEqual(pair);
  });

  it('no pairing when the Ref is really different, or when the line matches exactly', () => {
    const other = reconcile(
      plan({ operating: [miljo()], economyPlan: [line({ row: 9, ref: 'D-002', years: [1, 1, 1, 1] })] }),
      [],
    );
    expect(other.every((i) => i.nearMisses === undefined)).toBe(true);
    const exact = reconcile(
      plan({ operating: [miljo()], economyPlan: [line({ row: 9, ref: 'd-001', years: [600, 1200, 1800, 2400] })] }),
      [],
    );
    expect(exact.every((i) => i.nearMisses === undefined)).toBe(true);
    expect(byCode(exact, 'measure-new-money').map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
  });
});
