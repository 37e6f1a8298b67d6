/**
 * Review r38: the recording fake parsed a string written through `range.values` as Excel does only for numbers with
 * "," groups, m/d and ISO dates, TRUE/FALSE, errors and formulas; Excel (en-US input, as Office.js's `values` reads
 * it) also takes times, dates with month names, currency and a negative in parentheses. textInput.ts marks those
 * ("@"), but no test could fail if it stopped: the property test of text.test.ts asks only that what the fake parses
 * be marked. The fake now parses them too (typedInput.ts otherNumber), and this property covers them.
 */
import fc from 'fast-check';
import { mightParse } from '../../../src/workbook/excel/textInput';
import { typedCell } from '../../workbook/excel/typedInput';

describe('the fake parses times, month names, currency and parentheses as Excel does (review r38)', () => {
  it('to the numbers Excel stores', () => {
    const value = (s: string) => typedCell(s, undefined, false).value;
    // 10:30 is 10.5 / 24 of a day; 9:15 PM 21.25 / 24; 5 March 2027 is 46 388 (1 January 2027) + 31 + 28 + 4.
    expect(['10:30', '9:15 PM', '$1,500', '(250)', 'March 5, 2027', '5-Mar-2027'].map(value)).toEqual([
      0.4375,
      21.25 / 24,
      1500,
      -250,
      46_451,
      46_451,
    ]);
    expect(typedCell('10:30', '@', false).value).toBe('10:30');
  });

  it('marks every such string the fake parses (property)', () => {
    const months = fc.constantFrom('Jan', 'mar', 'March', 'sept', 'December', 'Mai', 'okt');
    const strings = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          fc.constantFrom('', ' AM', 'pm', ':05'),
        )
        .map(([h, m, s]) => `${h}:${String(m).padStart(2, '0')}${s}`),
      fc
        .tuple(fc.integer({ min: 1, max: 28 }), months, fc.constantFrom('', ' 2027', '-27', ', 2028'))
        .map(([d, m, y]) => `${d}-${m}${y}`),
      fc
        .tuple(months, fc.integer({ min: 1, max: 28 }), fc.constantFrom('', ', 2027'))
        .map(([m, d, y]) => `${m} ${d}${y}`),
      fc.integer({ min: 0, max: 99_999 }).map((n) => `$${n}`),
      fc.integer({ min: 0, max: 99_999 }).map((n) => `(${n})`),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('am', 'p', ' PM')).map(([h, s]) => `${h}${s}`),
    );
    fc.assert(
      fc.property(strings, (s) => {
        const cell = typedCell(s, undefined, false);
        return (cell.value === s && cell.formula === undefined) || mightParse(s);
      }),
      { numRuns: 2000 },
    );
  });
});
