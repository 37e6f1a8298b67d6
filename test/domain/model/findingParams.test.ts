import { isKrParam } from '../../../src/domain/model/findingKrParams';
import type { FindingCode } from '../../../src/domain/model/finding';

describe('isKrParam', () => {
  it.each<[FindingCode, string, boolean]>([
    ['financing-sum', 'base', true],
    ['financing-sum', 'difference', true],
    ['financing-sum', 'column', false],
    // One name, two meanings: kroner in unit-suspect, the plan years in year-columns.
    ['unit-suspect', 'expected', true],
    ['year-columns', 'expected', false],
    ['below-investment-threshold', 'budget', true],
    ['below-investment-threshold', 'threshold', false],
    ['amount-precision', 'value', false],
    ['year-exceeds-full-year', 'year', false],
    ['id-missing', 'toString', false],
  ])('%s.%s → %p', (code, key, expected) => {
    expect(isKrParam(code, key)).toBe(expected);
  });
});
