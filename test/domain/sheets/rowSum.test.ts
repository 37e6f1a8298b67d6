import { evaluateRowSum, isRowSum } from '../../../src/domain';
import type { CellLookup } from '../../../src/domain/sheets/rowSum';

/**
 * A sheet with two tables side by side, as a user's sheet may have: tblA in A1:D3 (headers Tiltak, 2027, 2028,
 * Sum) and tblB in F1:H3 (headers 2027, 2028, Sum). Row 2: tblA 100 and 250, tblB 7 and 8; row 3: tblA 40 and 2.
 */
const cells: Record<string, string | number> = {
  A1: 'Tiltak',
  B1: 2027,
  C1: 2028,
  D1: 'Sum',
  F1: 2027,
  G1: 2028,
  H1: 'Sum',
  A2: 'D-001',
  B2: 100,
  C2: 250,
  F2: 7,
  G2: 8,
  B3: 40,
  C3: 2,
};
const cell: CellLookup = (row, col) => cells[`${String.fromCharCode(64 + col)}${row}`] ?? null;
const tables = [
  { name: 'tblA', sheet: 'S', ref: 'A1:D3' },
  { name: 'tblB', sheet: 'S', ref: 'F1:H3' },
];

describe("evaluateRowSum: a table's this-row span as the file spells it", () => {
  it.each([
    // 100 + 250 = 350 on row 2; 40 + 2 = 42 on row 3
    ['=SUM(tblA[[#This Row],[2027]:[2028]])', 2, 350],
    ['=SUM(tblA[[#This Row],[2027]:[2028]])', 3, 42],
    // tblB's row 2: 7 + 8 = 15
    ['=sum(TBLB[[#this row],[2027]:[2028]])', 2, 15],
  ])('%s at row %d is %d', (formula, row, expected) => {
    expect(isRowSum(formula)).toBe(true);
    expect(evaluateRowSum(formula, row, tables, cell)).toBe(expected);
  });

  it('sums the columns of the table it names: [2028]:[Sum] in tblA is C2:D2 = 250 (D2 empty)', () => {
    expect(evaluateRowSum('=SUM(tblA[[#This Row],[2028]:[Sum]])', 2, tables, cell)).toBe(250);
  });

  it('names nothing outside a body or for a column no table has: no value, as Excel shows #VALUE!', () => {
    expect(evaluateRowSum('=SUM(tblA[[#This Row],[2027]:[2028]])', 1, tables, cell)).toBeNull();
    expect(evaluateRowSum('=SUM(tblA[[#This Row],[2027]:[2031]])', 2, tables, cell)).toBeNull();
    expect(evaluateRowSum('=SUM(tblC[[#This Row],[2027]:[2028]])', 2, tables, cell)).toBeNull();
  });

  it('is no per-row sum when it is another formula', () => {
    expect(isRowSum('=SUM(tblA[[#This Row],[2027]])')).toBe(false);
    expect(isRowSum('=AVERAGE(tblA[[#This Row],[2027]:[2028]])')).toBe(false);
  });
});
