import { isDateFormat } from '../../../src/domain/model/numberFormat';

describe('isDateFormat', () => {
  it.each([
    ['d-mmm', true], // Excel's built-in 16
    ['mm-dd-yy', true], // built-in 14
    ['dd.mm.yyyy', true],
    ['[$-414]d/ mmm;@', true], // a typed "1.5" in Norwegian Excel
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['mm:ss', true],
    ['General', false],
    ['0', false],
    ['#,##0', false],
    ['#,##0.0##', false],
    ['# ##0 "kr"', false],
    ['#,##0 "mnd"', false], // letters in quotes are text
    ['#,##0\\ \\d', false], // an escaped letter is text
    ['[Red]#,##0;[Blue]-#,##0', false],
    ['0.00E+00', false],
    ['0%', false],
    ['@', false],
    ['#,##0_);(#,##0)', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
