import { classify, classifyYears, isFactor1000 } from '../../../src/domain/reconcile/classify';
import { severityFor } from '../../../src/domain/reconcile/item';
import { kr } from '../../../src/domain/model/money';
import type { Severity } from '../../../src/domain/model/finding';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { ReconciliationClass, ReconciliationCode } from '../../../src/domain/model/reconciliationCodes';

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
    // The period absorbs it: a shift between years, not a saving typed as a cost (docs/spec.md §10).
    [600, -600, 0, { periodAgrees: true }, 'timing'],
    [600, 600_000, 0, { periodAgrees: true }, 'timing'],
    [500, 600, 0, { ceiling: true }, 'match'],
    [-300, 300, 0, { ceiling: true }, 'match'],
    // A Ramme line 1 000 times the measures is a unit slip, not room to spare (docs/spec.md §10).
    [150_000, 150_000_000, 0, { ceiling: true }, 'unit-suspect'],
    [150_000, 150_100_000, 0, { ceiling: true }, 'unit-suspect'],
    [150_000, 150_200_000, 0, { ceiling: true }, 'match'],
    [150_000_000, 150_000, 0, { ceiling: true }, 'unit-suspect'],
    [700, 600, 0, { ceiling: true }, 'mismatch'],
    [601, 600, 1, { ceiling: true }, 'rounding'],
    [700, 600, 0, { ceiling: true, periodAgrees: true }, 'mismatch'],
    // Over a cut (a negative Ramme line): 120 against −100 is 220 over the frame, not a sign slip (SPEC §10).
    [120, -100, 0, { ceiling: true }, 'mismatch'],
    [-50, -100, 0, { ceiling: true }, 'mismatch'],
    [-100, -100, 0, { ceiling: true }, 'match'],
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

describe('classifyYears', () => {
  /** The items of one key's series of [measures, economy plan] per year, from 2027. */
  const classifySeries = (pairs: [number, number][], tolerance: number, ceiling = false): ReconciliationItem[] => {
    const into: ReconciliationItem[] = [];
    const series = {
      code: 'measure-new-money' as const,
      ref: 'D-001',
      years: pairs.map((_, i) => 2027 + i),
      measures: pairs.map(([m]) => kr(m)),
      economyPlan: pairs.map(([, e]) => kr(e)),
      cells: { measure: undefined, line: undefined },
    };
    classifyYears(series, tolerance, ceiling, into);
    return into;
  };

  it('marks every differing year as timing when the period sums agree', () => {
    const items = classifySeries(
      [
        [600, 1200],
        [1200, 600],
        [1800, 1800],
      ],
      0,
    );
    expect(items.map((i) => i.class)).toEqual(['timing', 'timing', 'match']);
    expect(items.map((i) => [i.year, i.difference])).toEqual([
      [2027, -600],
      [2028, 600],
      [2029, 0],
    ]);
  });

  it('is a mismatch when the period sums differ', () => {
    expect(
      classifySeries(
        [
          [600, 1200],
          [1200, 500],
        ],
        0,
      ).map((i) => i.class),
    ).toEqual(['mismatch', 'mismatch']);
  });

  it('counts an empty cell as 0', () => {
    const into: ReconciliationItem[] = [];
    const series = {
      code: 'measure-new-money' as const,
      ref: 'D-001',
      years: [2027, 2028],
      measures: [kr(600), null],
      economyPlan: [null, kr(600)],
      cells: { measure: undefined, line: undefined },
    };
    classifyYears(series, 0, false, into);
    expect(into.map((i) => [i.measures, i.economyPlan, i.class])).toEqual([
      [600, 0, 'timing'],
      [0, 600, 'timing'],
    ]);
  });

  it('under a ceiling, a year above it is a mismatch even when the period stays within the ceiling (SPEC §10)', () => {
    expect(
      classifySeries(
        [
          [600, 500],
          [1200, 1400],
        ],
        0,
        true,
      ).map((i) => i.class),
    ).toEqual(['mismatch', 'match']);
    expect(
      classifySeries(
        [
          [600, 500],
          [1200, 1200],
        ],
        0,
        true,
      ).map((i) => i.class),
    ).toEqual(['mismatch', 'match']);
  });
});
