import { reconcile } from '../../../src/domain/reconcile/reconcile';
import type { Finding } from '../../../src/domain/model/finding';
import { line, plan } from '../../helpers/plan';
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
      'above in one year, within over the period → timing',
      [600, 1000, 2000, 2400],
      [
        [2027, 'match', 'info', 0],
        [2028, 'timing', 'warning', 200_000],
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

  it('without a Ramme line, compares with the sum of the frame’s Tiltak lines', () => {
    const lines = [
      line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
      line({ row: 3, ref: 'X-1', frame: 'R1', years: [100, 0, 0, 0] }),
    ];
    expect(summary(frameItems(lines))[0]).toEqual([2027, 'mismatch', 'error', -100_000]);
  });

  it('leaves measures with identity errors out of the aggregate, and their lines with them', () => {
    const finding: Finding = {
      code: 'financing-sum',
      severity: 'error',
      sheet: 'Tiltak drift',
      cell: 'M5',
      measureId: 'D-001',
      params: {},
    };
    expect(summary(frameItems([ramme([0, 0, 0, 0])], [finding])).map((s) => s[1])).toEqual([
      'match',
      'match',
      'match',
      'match',
    ]);
    expect(frameItems([line({ row: 2, ref: 'D-001', years: [1, 1, 1, 1] })], [finding])).toEqual([]);
    const items = reconcile(
      plan({ operating: [miljo()], economyPlan: [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] })] }),
      [finding],
    );
    expect(byCode(items, 'measure-new-money')).toHaveLength(4);
  });
});
