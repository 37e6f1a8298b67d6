/**
 * Excel's spelling of a Sum periode that sums runs of year columns (her column between 2028 and 2029): Office.js
 * gives `=SUM([@[2027]:[2028]],[@[2029]:[2030]])` in the table, the domain reads it in the file's spelling, the one
 * the product writes, as the product's per-row sum (so the Excel path computes and judges it as the file path).
 */
import { isRowSum } from '../../../src/domain';
import { fileThisRow } from '../../../src/workbook/thisRow';

test('each "@" run in the file spelling, a per-row sum', () => {
  const file = fileThisRow('=SUM([@[2027]:[2028]],[@[2029]:[2030]])', 'tblTiltakDrift');
  expect(file).toBe('=SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])');
  expect(isRowSum(file)).toBe(true);
  const lone = fileThisRow('=SUM([@2027],[@2028],[@[2029]:[2030]])', 'tblTiltakDrift');
  expect(lone).toBe(
    '=SUM(tblTiltakDrift[[#This Row],[2027]],tblTiltakDrift[[#This Row],[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])',
  );
  expect(isRowSum(lone)).toBe(true);
});
