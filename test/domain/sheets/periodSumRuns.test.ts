/**
 * Sum periode where the year columns do not stand side by side in period order (review r30, periodSumSpan): the
 * product's formula sums exactly the year columns, one term per run of adjacent years, and stays the one span
 * (byte for byte) when they do. D-001: 2027 600, 2028 1 200, 2029 1 800, 2030 2 400, her «Herav lønn» 500; by hand
 * 600 + 1 200 + 1 800 + 2 400 = 6 000.
 */
import { evaluateRowSum, isRowSum } from '../../../src/domain';
import { holdsPeriodSum } from '../../../src/domain/measureEdits/periodSumCell';
import type { TableLayout } from '../../../src/domain/model/plan';
import type { CellLookup } from '../../../src/domain/sheets/rowSum';
import { periodSumFormula } from '../../../src/domain/sheets/tableEdits';

const YEARS = [2027, 2028, 2029, 2030];

/** A layout of tblTiltakDrift (A1:M2) with the years in `yearColumns`; Sum periode in M. */
const layout = (yearColumns: Record<string, string>, tableName: string | null = 'tblTiltakDrift'): TableLayout => ({
  tableName,
  sheet: 'Tiltak drift',
  headerRow: 1,
  firstDataRow: 2,
  lastDataRow: 2,
  columns: { id: 'A', periodSum: 'M' },
  yearColumns,
  headers: [],
});

/** Row 1 headers and row 2 (D-001) of a sheet, cell by cell: `cells` maps a column letter to [header, amount]. */
function sheet(cells: Record<string, [string | number, number | string]>): CellLookup {
  return (row, col) => {
    const entry = cells[String.fromCharCode(64 + col)];
    return entry ? (entry[row - 1] ?? null) : null;
  };
}
const tables = [{ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:M2' }];

describe('her column «Herav lønn» (J) between 2028 (I) and 2029 (K)', () => {
  const l = layout({ 2027: 'H', 2028: 'I', 2029: 'K', 2030: 'L' });
  const cell = sheet({
    A: ['ID', 'D-001'],
    H: [2027, 600],
    I: [2028, 1200],
    J: ['Herav lønn', 500],
    K: [2029, 1800],
    L: [2030, 2400],
    M: ['Sum periode', ''],
  });
  const structured = '=SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';

  test('the formula sums the two runs, 6 000 (the old span counted Herav lønn: 6 500)', () => {
    expect(periodSumFormula(l, YEARS, 2)).toBe(structured);
    expect(evaluateRowSum(structured, 2, tables, cell)).toBe(6000);
    expect(evaluateRowSum('=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', 2, tables, cell)).toBe(6500);
  });

  test('outside an Excel table, the A1 sum of the runs: =SUM(H2:I2,K2:L2), 6 000', () => {
    const a1 = periodSumFormula(layout({ 2027: 'H', 2028: 'I', 2029: 'K', 2030: 'L' }, null), YEARS, 2);
    expect(a1).toBe('=SUM(H2:I2,K2:L2)');
    expect(evaluateRowSum('=SUM(H2:I2,K2:L2)', 2, tables, cell)).toBe(6000);
  });

  test('the old span is not the product sum there (add writes the cell anew); the runs are', () => {
    expect(holdsPeriodSum('=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', l, YEARS, 2)).toBe(false);
    expect(holdsPeriodSum(structured, l, YEARS, 2)).toBe(true);
    expect(holdsPeriodSum('=SUM(H2:I2,K2:L2)', l, YEARS, 2)).toBe(true);
    expect(isRowSum(structured)).toBe(true);
  });
});

test('2028 (K) dragged after 2030 (J): a lone 2028 term, 6 000 (the old span missed 2028: 4 800)', () => {
  const l = layout({ 2027: 'H', 2028: 'K', 2029: 'I', 2030: 'J' });
  const cell = sheet({ H: [2027, 600], I: [2029, 1800], J: [2030, 2400], K: [2028, 1200], M: ['Sum periode', ''] });
  const formula = periodSumFormula(l, YEARS, 2) ?? '';
  expect(formula).toBe(
    '=SUM(tblTiltakDrift[[#This Row],[2027]],tblTiltakDrift[[#This Row],[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])',
  );
  expect(evaluateRowSum(formula, 2, tables, cell)).toBe(6000);
  expect(evaluateRowSum('=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', 2, tables, cell)).toBe(4800);
  expect(periodSumFormula(layout(l.yearColumns, null), YEARS, 2)).toBe('=SUM(H2,K2,I2:J2)');
  expect(evaluateRowSum('=SUM(H2,K2,I2:J2)', 2, tables, cell)).toBe(6000);
});

test('years side by side in period order: the one span, byte for byte as before', () => {
  const l = layout({ 2027: 'H', 2028: 'I', 2029: 'J', 2030: 'K' });
  expect(periodSumFormula(l, YEARS, 5)).toBe('=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])');
  expect(periodSumFormula(layout(l.yearColumns, null), YEARS, 5)).toBe('=SUM(H5:K5)');
  expect(periodSumFormula(layout({ 2027: 'H' }, null), [2027], 5)).toBe('=SUM(H5:H5)');
});
