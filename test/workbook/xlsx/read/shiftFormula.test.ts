import { shiftFormula } from '../../../../src/workbook/xlsx/read/shiftFormula';

describe('shiftFormula (a shared formula filled into another cell)', () => {
  it.each([
    ['SUM(H2:K2)', 1, 0, 'SUM(H3:K3)'],
    ['SUM(H2:K2)', 0, 2, 'SUM(J2:M2)'],
    ['$A$1+A1+$A1+A$1', 2, 1, '$A$1+B3+$A3+B$1'],
    ["'Tiltak drift'!H2*Sheet1!B2", 1, 0, "'Tiltak drift'!H3*Sheet1!B3"],
    ['SUMIFS($H:$H,G:G,"A1")', 0, 1, 'SUMIFS($H:$H,H:H,"A1")'],
    ['SUM(2:2)', 3, 0, 'SUM(5:5)'],
    ['SUM(tblA[[#This Row],[2027]:[2030]])', 5, 5, 'SUM(tblA[[#This Row],[2027]:[2030]])'],
    ['LOG10(A1)+TRUE', 1, 0, 'LOG10(A2)+TRUE'],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved %i rows, %i columns is %s', (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });
});
