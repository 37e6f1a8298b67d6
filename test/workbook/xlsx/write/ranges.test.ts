import { parseSqref, subtract, trimSqref } from '../../../../src/workbook/xlsx/write/ranges';

describe('cell ranges', () => {
  it.each([
    ['B2:B206', 'B10:B206', 'B2:B9'],
    ['B2:B206', 'B2:B206', ''],
    ['A1:C3', 'B2', 'A1:C1 A3:C3 A2 C2'],
    ['A1:A5 C1:C5', 'C3:C9', 'A1:A5 C1:C2'],
    ['D4', 'A1:B2', 'D4'],
  ])('%s without %s is %s', (sqref, cut, rest) => {
    const box = parseSqref(cut)[0];
    if (!box) throw new Error('bad box');
    expect(trimSqref(sqref, box)).toBe(rest);
  });

  it('subtracts into boxes that do not overlap and cover the rest', () => {
    const a = { top: 1, left: 1, bottom: 10, right: 10 };
    const b = { top: 3, left: 4, bottom: 5, right: 20 };
    const parts = subtract(a, b);
    const cells = parts.reduce((n, p) => n + (p.bottom - p.top + 1) * (p.right - p.left + 1), 0);
    expect(cells).toBe(100 - 3 * 7);
  });
});
