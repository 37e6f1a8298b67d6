/**
 * Review r35 — severity high (a wrong figure in her sheet that check does not tell and repair does not mend).
 *
 * The example plan (1000 kr, 2027–2030 in H:K, Sum periode in L, years side by side in period order). Sum periode of
 * the Engangs measure D-002 (row 3: 2027 = 300, other years empty, Helårsvirkning 0, Endret drift 300) holds the
 * product's own spelling of a span that misses 2027 — `=SUM(tblTiltakDrift[[#This Row],[2028]:[2030]])`, as left by
 * a year column dragged out and back, or typed — and shows 0. By hand the sum of its years is 300. Check judges a
 * span only when the year columns are not side by side in period order (read/periodSumSpan.ts scatteredYears), so
 * it tells nothing about L3 (no finding at all in the workbook), and D-002's Sum periode reads as 0 — its financing
 * base (SPEC §4: Sum periode when Helårsvirkning is 0). The same holds for an A1 sum in the product's spelling:
 * D-001's L2 as =SUM(H2:J2) shows 3 600 where its years add to 6 000, and `check` says «Ingen funn». Repair
 * (repair/periodSumRuns.ts) needs the finding, so it leaves the cell as it is.
 * Expected: formula-overwritten at L3 naming the missed year 2027, D-002's Sum periode 300 000 kr after repair.
 */
import { checkSnapshot, planRepair } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { examplePkg } from '../r30/herTable';

async function plan(): Promise<XlsxWorkbook> {
  const { pkg } = await examplePkg();
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      /<c r="L3"([^>]*)><f>[^<]*<\/f><v>[^<]*<\/v><\/c>/,
      '<c r="L3"$1><f>SUM(tblTiltakDrift[[#This Row],[2028]:[2030]])</f><v>0</v></c>',
    ),
  );
  expect(pkg.text(pkg.sheetPart('Tiltak drift'))).toContain('[2028]:[2030]]');
  return XlsxWorkbook.fromBuffer(pkg.bytes());
}

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });

test('the premise: D-002 has 300 in 2027 and nothing else', async () => {
  const r = await check(await plan());
  const d002 = r.plan.operating.find((m) => m.id === 'D-002');
  expect(d002?.years).toEqual([300_000, null, null, null]);
  expect(d002?.periodSum).toBe(0);
  // The only finding is the span's own (before the fix: none at all).
  expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['formula-overwritten L3']);
  expect(d002?.fullYear).toBe(0);
});

test('a Sum periode missing 2027 with the years in order is told at L3', async () => {
  const r = await check(await plan());
  const at = r.findings.filter((f) => f.code === 'formula-overwritten' && f.cell === 'L3');
  expect(at.map((f) => f.params['years'])).toEqual(['2027']);
});

test('repair gives D-002 its Sum periode of 300', async () => {
  const wb = await plan();
  await wb.apply(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).edits);
  const d002 = (await check(wb)).plan.operating.find((m) => m.id === 'D-002');
  expect(d002?.periodSum).toBe(300_000);
});

test('an A1 sum in the product spelling missing 2030 (=SUM(H2:J2)) is told at L2, and repair gives 6 000', async () => {
  const { pkg } = await examplePkg();
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<c r="L2"([^>]*)><f>[^<]*<\/f><v>[^<]*<\/v><\/c>/, '<c r="L2"$1><f>SUM(H2:J2)</f><v>3600</v></c>'),
  );
  expect(pkg.text(pkg.sheetPart('Tiltak drift'))).toContain('SUM(H2:J2)');
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  const r = await check(wb);
  const at = r.findings.filter((f) => f.code === 'formula-overwritten' && f.cell === 'L2');
  expect(at.map((f) => f.params['years'])).toEqual(['2030']);
  await wb.apply(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).edits);
  const d001 = (await check(wb)).plan.operating.find((m) => m.id === 'D-001');
  // By hand: D-001's years in the example are 600 + 1 200 + 1 800 + 2 400 = 6 000 (thousand kr).
  expect(d001?.periodSum).toBe(6_000_000);
});
