import fc from 'fast-check';
import { kr } from '../../../src/domain/model/money';
import {
  decimalPointText,
  formatAmount,
  formatNumber,
  parseNorwegianNumber,
} from '../../../src/domain/model/norwegianNumber';
import type { Unit } from '../../../src/domain/model/money';

describe('parseNorwegianNumber', () => {
  it.each<[string, number | null]>([
    ['2,4', 2.4],
    ['900 000', 900000],
    ['900\u00a0000', 900000],
    ['1\u202f234\u202f567,5', 1234567.5],
    ['100.000', 100000],
    ['1.000.000,25', 1000000.25],
    ['-2,5', -2.5],
    ['\u22121 200', -1200],
    ['– 300', -300],
    ['+12', 12],
    ['2 400 kr', 2400],
    ['kr 2 400', 2400],
    ['2 400,-', 2400],
    // The kroner words the legacy import always read (one vocabulary, SPEC §7 "a trailing kr"):
    ['2 000 kroner', 2000],
    ['2 000 Kroner.', 2000],
    ['kroner 2 000', 2000],
    ['NOK 500', 500],
    ['500 nok', 500],
    ['2 000 kr,-', 2000],
    ['NOK 500,-', 500],
    ['-2 000 kroner', -2000],
    // a word that only ends in one names another unit, never kroner:
    ['2 MNOK', null],
    ['250 tkr', null],
    ['2 000 millioner kroner', null],
    ['kroner', null],
    ['  600  ', 600],
    ['0', 0],
    ['-0', 0],
    // SPEC §7: a dot is a thousands separator and nothing else, so a dot that groups no thousands is no number.
    // Read as a decimal point, "2.45" would be 2,45 while "2.450" is 2 450: a factor of 1 000 on one digit.
    ['2.4', null],
    ['2.45', null],
    ['-1.5 kr', null],
    ['0.5', null],
    ['2.450', 2450],
    ['-2.450 kr', -2450],
    ['1.234,5', 1234.5],
    ['1.2.3', null],
    ['1,2,3', null],
    ['9 00', null],
    ['1 000.000', null],
    ['12,', null],
    [',5', null],
    ['abc', null],
    ['Må utredes', null],
    ['?', null],
    ['', null],
    ['-', null],
    ['1e3', null],
  ])('%p → %p', (text, expected) => {
    expect(parseNorwegianNumber(text)).toBe(expected);
  });
});

describe('decimalPointText', () => {
  it.each<[string, string | null]>([
    ['2.4', '2,4'],
    ['2.45', '2,45'],
    ['-1.5 kr', '-1,5 kr'],
    ['\u22121.5', '\u22121,5'],
    ['kr. 0.5', 'kr. 0,5'],
    ['  12.75  ', '12,75'],
    // A dot that groups thousands is read (SPEC §7), so there is nothing to ask for.
    ['2.450', null],
    ['100.000', null],
    // Text that is no number with a decimal point either.
    ['2,4', null],
    ['1.2.3', null],
    ['1 000.5', null],
    ['7.1/15', null],
    ['abc', null],
  ])('%p → %p', (text, expected) => {
    expect(decimalPointText(text)).toBe(expected);
  });
});

describe('formatNumber / formatAmount', () => {
  it.each<[number, number | undefined, string]>([
    [-1234567.5, undefined, '\u22121\u00a0234\u00a0567,5'],
    [2.4, 2, '2,40'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
  ])('formatNumber(%p, %p) = %p', (n, d, expected) => {
    expect(formatNumber(n, d)).toBe(expected);
  });

  it.each<[number, Unit, string]>([
    [2_400_000, '1000 kr', '2\u00a0400'],
    [501, '1000 kr', '0,501'],
    [2_400_000, 'mill kr', '2,4'],
    [-2501, 'kr', '\u22122\u00a0501'],
    // Whole numbers in the unit, written without Intl (wholeNumbers): every length of a group, the sign, zero.
    [12, 'kr', '12'],
    [123_456_789, 'kr', '123\u00a0456\u00a0789'],
    [-1_000_000, '1000 kr', '\u22121\u00a0000'],
    [-1000, '1000 kr', '\u22121'],
    [0, 'mill kr', '0'],
    [-0, 'kr', '0'],
    [1_000_000_000_000, 'kr', '1\u00a0000\u00a0000\u00a0000\u00a0000'],
  ])('formatAmount(%p, %p) = %p', (amount, unit, expected) => {
    expect(formatAmount(kr(amount), unit)).toBe(expected);
  });

  it('formatAmount writes what nb-NO Intl writes, whole numbers in the unit or not', () => {
    const decimals: Record<Unit, number> = { kr: 0, '1000 kr': 3, 'mill kr': 6 };
    const factor: Record<Unit, number> = { kr: 1, '1000 kr': 1000, 'mill kr': 1e6 };
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom<Unit>('kr', '1000 kr', 'mill kr'),
        fc.boolean(),
        (n, unit, whole) => {
          const amount = whole ? Math.trunc(n / factor[unit]) * factor[unit] : n;
          const intl = new Intl.NumberFormat('nb-NO', {
            minimumFractionDigits: 0,
            maximumFractionDigits: decimals[unit],
          });
          expect(formatAmount(kr(amount), unit)).toBe(intl.format(amount / factor[unit] || 0));
        },
      ),
      { seed: 20270102, numRuns: 2000 },
    );
  });

  it('parseNorwegianNumber ∘ formatNumber round-trips', () => {
    const value = fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
      .map(([k, d]) => k / 10 ** d);
    fc.assert(
      fc.property(value, (x) => {
        expect(parseNorwegianNumber(formatNumber(x))).toBe(x === 0 ? 0 : x);
      }),
      { seed: 20270101, numRuns: 1000 },
    );
  });
});
