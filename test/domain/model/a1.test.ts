import { columnLetter, columnNumber, parseA1, parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import fc from 'fast-check';

describe('a1', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('columnLetter(%i) = %s and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it.each([
    ['$B', 2],
    ['aa', 27],
    ['a1', 0],
    ['', 0],
    ['ABCD', 0],
  ])('columnNumber(%p) = %p', (s, n) => {
    expect(columnNumber(s)).toBe(n);
  });

  it.each([
    ['A1', { row: 1, col: 1 }],
    ['$H$5', { row: 5, col: 8 }],
    ["'Tiltak drift'!$H$5", { row: 5, col: 8 }],
    ['Sheet1!aa10', { row: 10, col: 27 }],
    ['A0', null],
    ['A', null],
    ['XFE1', null],
    ['A1:B2', null],
    ['', null],
  ])('parseA1(%p)', (addr, expected) => {
    expect(parseA1(addr)).toEqual(expected);
  });

  it.each([
    ['A1:T12', { top: 1, left: 1, bottom: 12, right: 20 }],
    ['$C$3:$A$1', { top: 1, left: 1, bottom: 3, right: 3 }],
    ["'Økonomiplan'!B2", { top: 2, left: 2, bottom: 2, right: 2 }],
    ['A1:B2:C3', null],
    ['A1:', null],
    ['nonsense', null],
  ])('parseRange(%p)', (ref, expected) => {
    expect(parseRange(ref)).toEqual(expected);
  });

  it('toA1 and toRange', () => {
    expect(toA1(5, 8)).toBe('H5');
    expect(toRange(1, 1, 12, 20)).toBe('A1:T12');
  });

  it('parseA1 ∘ toA1 is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 1, max: 16384 }), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
