import { readAmount } from '../../../src/domain/read/amount';
import type { Unit } from '../../../src/domain/model/money';
import { UNCALCULATED, type CellValue } from '../../../src/domain/model/snapshot';

describe('readAmount', () => {
  it.each<[CellValue, Unit, number | null, boolean, string[]]>([
    [null, '1000 kr', null, false, []],
    ['   ', '1000 kr', null, false, []],
    [600, '1000 kr', 600_000, false, []],
    [0.5005, '1000 kr', 501, false, ['amount-precision']],
    [-2.5005, '1000 kr', -2501, false, ['amount-precision']],
    [2.4, '1000 kr', 2400, false, ['amount-precision']],
    [2.4, 'mill kr', 2_400_000, false, []],
    [2.4005, 'mill kr', 2_400_500, false, ['amount-precision']],
    ['2,4', 'mill kr', 2_400_000, false, ['amount-text']],
    ['2,4', '1000 kr', 2400, false, ['amount-text', 'amount-precision']],
    ['900 000', 'kr', 900_000, false, ['amount-text']],
    // A kroner word as «kr» is (SPEC §7): the number in the workbook unit, as text the sums skip.
    ['2 000 kr', 'kr', 2000, false, ['amount-text']],
    ['2 000 kroner', 'kr', 2000, false, ['amount-text']],
    ['NOK 500', 'kr', 500, false, ['amount-text']],
    ['2 000 kr,-', 'kr', 2000, false, ['amount-text']],
    ['kroner 2 000', '1000 kr', 2_000_000, false, ['amount-text']],
    ['-', '1000 kr', 0, false, ['amount-placeholder']],
    ['----', '1000 kr', 0, false, ['amount-placeholder']],
    ['\u2013\u2013', '1000 kr', 0, false, ['amount-placeholder']],
    // One dash set with the import (model/dashOnly.ts): an em dash is a placeholder too; minus signs are no dashes
    // (SPEC §7: «any run of dashes or en dashes»; «any other text» is amount-invalid).
    ['\u2014', '1000 kr', 0, false, ['amount-placeholder']],
    [' \u2212\u2212 ', '1000 kr', 0, true, ['amount-invalid']],
    ['Må utredes', '1000 kr', 0, true, ['amount-invalid']],
    ['?', '1000 kr', 0, true, ['amount-invalid']],
    [true, '1000 kr', 0, true, ['amount-invalid']],
    [{ error: '#REF!' }, '1000 kr', 0, true, ['amount-invalid']],
    [Number.POSITIVE_INFINITY, 'kr', 0, true, ['amount-invalid']],
    [1e13, 'mill kr', 0, true, ['amount-invalid']],
    // Up to 10^12 kroner (a thousand billion) is an amount; beyond it a typo, so that sums stay exact.
    [999_999_999, '1000 kr', 999_999_999_000, false, []],
    [1e9, '1000 kr', 0, true, ['amount-invalid']],
    ['1 000 000 mill kr', 'kr', 0, true, ['amount-invalid']],
    [-1e12, 'kr', 0, true, ['amount-invalid']],
  ])('%p in %p → %p', (cell, unit, value, invalid, codes) => {
    const read = readAmount(cell, unit);
    expect(read.value).toBe(value);
    expect(read.invalid).toBe(invalid);
    expect(read.issues.map((i) => i.code)).toEqual(codes);
  });

  it('names the typed value in the params', () => {
    // An error value keeps the file's name; valueType lets a message name it as her Excel does (#VERDI!).
    expect(readAmount({ error: '#VALUE!' }, 'kr').issues[0]?.params).toEqual({ value: '#VALUE!', valueType: 'error' });
    expect(readAmount(true, 'kr').issues[0]?.params).toEqual({ value: 'TRUE', valueType: 'logical' });
    expect(readAmount('høy', 'kr').issues[0]?.params).toEqual({ value: 'høy' });
    expect(readAmount(2.4, '1000 kr').issues[0]?.params).toEqual({ value: 2.4, decimals: 0 });
  });

  it('a formula the file holds without its result is invalid (counts 0, an error), never an empty cell', () => {
    const read = readAmount(UNCALCULATED, '1000 kr');
    expect([read.value, read.invalid]).toEqual([0, true]);
    expect(read.issues).toEqual([{ code: 'amount-invalid', params: { value: '', reason: 'uncalculated' } }]);
  });
});
