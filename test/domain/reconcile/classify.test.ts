import { classify, classifySeries, isFactor1000, type Comparison } from '../../../src/domain/reconcile/classify';
import { severityFor } from '../../../src/domain/reconcile/item';
import { kr } from '../../../src/domain/model/money';
import type { Severity } from '../../../src/domain/model/finding';
import type { ReconciliationClass, ReconciliationCode } from '../../../src/domain/model/reconciliation';

describe('classify', () => {
  it.each<[number, number, number, { ceiling?: boolean; periodAgrees?: boolean }, ReconciliationClass]>([
    [600, 600, 0, {}, 'match'],
    [0, 0, 0, {}, 'match'],
    [601, 600, 1, {}, 'rounding'],
    [599, 600, 1, {}, 'rounding'],
    [602, 600, 1, {}, 'mismatch'],
    [600, -600, 0, {}, 'sign'],
    [-5, 5, 0, {}, 'sign'],
    [600_000, 600, 0, {}, 'unit-suspect'],
    [600, 600_000, 0, {}, 'unit-suspect'],
    [600_500, 600, 0, {}, 'unit-suspect'],
    [601_000, 600, 0, {}, 'mismatch'],
    [600, 0, 0, {}, 'mismatch'],
    [600, 0, 0, { periodAgrees: true }, 'timing'],
    [600, -600, 0, { periodAgrees: true }, 'sign'],
    [500, 600, 0, { ceiling: true }, 'match'],
    [700, 600, 0, { ceiling: true }, 'mismatch'],
    [601, 600, 1, { ceiling: true }, 'rounding'],
  ])('measures %p vs economy plan %p (tolerance %p, %j) → %p', (m, e, tol, ctx, expected) => {
    expect(classify(m, e, tol, ctx)).toBe(expected);
  });
});

describe('isFactor1000', () => {
  it.each([
    [1000, 1, true],
    [1, 1000, true],
    [-1000, -1, true],
    [1001, 1, true],
    [1002, 1, false],
    [-1000, 1, false],
    [0, 0, false],
  ])('%p / %p → %p', (a, b, expected) => expect(isFactor1000(a, b)).toBe(expected));
});

describe('severityFor', () => {
  it.each<[ReconciliationCode, ReconciliationClass, Severity]>([
    ['measure-new-money', 'mismatch', 'error'],
    ['measure-new-money', 'unit-suspect', 'error'],
    ['frame-total', 'sign', 'error'],
    ['project-expenditure', 'timing', 'warning'],
    ['economy-plan-line-unmatched', 'not-costed', 'warning'],
    ['economy-plan-line-unmatched', 'mismatch', 'warning'],
    ['measure-not-in-economy-plan', 'mismatch', 'error'],
    ['project-financing', 'match', 'info'],
    ['project-financing', 'rounding', 'info'],
  ])('%p / %p → %p', (code, cls, expected) => expect(severityFor(code, cls)).toBe(expected));
});

describe('classifySeries', () => {
  const series = (pairs: [number, number][]): Comparison[] =>
    pairs.map(([m, e], i) => ({
      code: 'measure-new-money',
      ref: 'D-001',
      year: 2027 + i,
      measures: kr(m),
      economyPlan: kr(e),
      cells: {},
    }));

  it('marks every differing year as timing when the period sums agree', () => {
    const items = classifySeries(
      series([
        [600, 1200],
        [1200, 600],
        [1800, 1800],
      ]),
      0,
    );
    expect(items.map((i) => i.class)).toEqual(['timing', 'timing', 'match']);
    expect(items.map((i) => i.difference)).toEqual([-600, 600, 0]);
  });

  it('is a mismatch when the period sums differ', () => {
    expect(
      classifySeries(
        series([
          [600, 1200],
          [1200, 500],
        ]),
        0,
      ).map((i) => i.class),
    ).toEqual(['mismatch', 'mismatch']);
  });

  it('under a ceiling, a year above it is timing when the period stays within the ceiling', () => {
    expect(
      classifySeries(
        series([
          [600, 500],
          [1200, 1400],
        ]),
        0,
        true,
      ).map((i) => i.class),
    ).toEqual(['timing', 'match']);
    expect(
      classifySeries(
        series([
          [600, 500],
          [1200, 1200],
        ]),
        0,
        true,
      ).map((i) => i.class),
    ).toEqual(['mismatch', 'match']);
  });
});
