import { kr } from '../../../src/domain/model/money';
import fc from 'fast-check';
import { unitSuspectParams, unitSuspectSide } from '../../../src/domain/measures/unitSuspect';

describe('unitSuspectSide', () => {
  it.each([
    [3_000_000, 3_000, 'actual'],
    [3_000, 3_000_000, 'expected'],
    [-2_400_000, -2_400, 'actual'],
    [1_000, 1_001_000, 'expected'],
    [1_000, 999_000, 'expected'],
    [1_000, 1_002_000, null],
    [1_000, 998_000, null],
    [3_000_000, -3_000, null],
    [0, 3_000, null],
    [3_000, 0, null],
    [3_000, 3_000, null],
  ] as const)('(%p, %p) → %p', (expected, actual, side) => {
    expect(unitSuspectSide(expected, actual)).toBe(side);
  });

  it('is symmetric: swapping the sides swaps the answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        const there = unitSuspectSide(a, b);
        const back = unitSuspectSide(b, a);
        expect(back).toBe(there === null ? null : there === 'expected' ? 'actual' : 'expected');
      }),
    );
  });

  it('always flags x and 1000·x', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (x) => {
        expect(unitSuspectSide(x * 1000, x)).toBe('actual');
      }),
    );
  });
});

describe('unitSuspectParams', () => {
  it('is null when the sides do not differ by the factor', () => {
    expect(unitSuspectParams('Kostnadsramme', kr(3_000_000), kr(2_000_000), 'investment-financing-sum')).toBeNull();
  });
});
