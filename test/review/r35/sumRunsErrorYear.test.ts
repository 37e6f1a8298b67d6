/**
 * Review r35 — severity medium (a wrong figure the product writes and then reads back as the measure's Sum periode).
 *
 * The example plan (1000 kr) with «Herav lønn» dragged between 2028 (I) and 2029 (K), as in the xlsx repair test
 * (test/workbook/xlsx/write/repairPeriodSumRuns.test.ts), and D-001's 2029 cell K2 holding an error (=1800/0,
 * cached #DIV/0!), so Sum periode M2 shows #DIV/0! too. check says amount-invalid at K2 and reads D-001's Sum
 * periode as none (null). Repair (repair/periodSumRuns.ts) writes M2 as the sum of the year runs with the cached
 * value sumYearsValue gives over the numbers only: 600 + 1 200 + 2 400 = 4 200. Excel's SUM over a range holding
 * #DIV/0! is #DIV/0!, not 4 200: the file now shows a figure no Excel shows, and check after the repair reads
 * D-001's Sum periode as 4 200 000 kr and counts it into totals while K2 still is an error.
 * By hand: M2 after repair should carry the error (or no cached value), and D-001's Sum periode stay null.
 */
import { checkSnapshot, planRepair } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from '../r30/herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

async function herPlan(): Promise<FixturePkg> {
  const { pkg } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 6: 300 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace(/<c r="K2"([^>]*)><v>1800<\/v><\/c>/, '<c r="K2"$1 t="e"><f>1800/0</f><v>#DIV/0!</v></c>')
      .replace(/<c r="M2"([^>]*)><f>([^<]*)<\/f><v>[^<]*<\/v><\/c>/, '<c r="M2"$1 t="e"><f>$2</f><v>#DIV/0!</v></c>'),
  );
  return pkg;
}

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });
const d001 = (r: Awaited<ReturnType<typeof check>>) => r.plan.operating.find((m) => m.id === 'D-001')?.periodSum;

test('the premise: K2 is an error, D-001 has no Sum periode, the span is told', async () => {
  const wb = await XlsxWorkbook.fromBuffer((await herPlan()).bytes());
  const r = await check(wb);
  expect(r.findings.some((f) => f.code === 'amount-invalid' && f.cell === 'K2')).toBe(true);
  expect(r.findings.some((f) => f.code === 'formula-overwritten' && f.cell === 'M2')).toBe(true);
  expect(d001(r)).toBeNull();
});

test('repair over a year holding #DIV/0! caches no 4 200 in Sum periode: D-001 stays without a sum', async () => {
  const wb = await XlsxWorkbook.fromBuffer((await herPlan()).bytes());
  await wb.apply(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).edits);
  const after = new FixturePkg(await wb.toBuffer());
  const m2 = after.text(after.sheetPart('Tiltak drift')).match(/<c r="M2".*?<\/c>/)?.[0] ?? '';
  expect(m2).toContain('SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])');
  // Today: <v>4200</v>, a number Excel's SUM never gives over #DIV/0!.
  expect(m2).not.toContain('<v>4200</v>');
  expect(d001(await check(wb))).toBeNull();
});
