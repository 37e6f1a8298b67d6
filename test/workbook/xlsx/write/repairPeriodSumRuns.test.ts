/**
 * Repair of a Sum periode that counts her column between the years (repair/periodSumRuns.ts, file path: the pane in a
 * plain browser). The example plan (1000 kr) with «Herav lønn» dragged between 2028 (I) and 2029 (K): years H, I, K,
 * L, Sum periode in M, its calculated column still the span [2027]:[2030], which counts «Herav lønn». D-001 (row 2):
 * 600 + 1 200 + 1 800 + 2 400 = 6 000 by hand, shown as 6 500 with «Herav lønn» 500. Repair writes the sum of the
 * two runs of years into the table's calculated column and the product's cells, with their values; her typed 999
 * (M4) and her own formula (M8) stay; every other part of the file is byte for byte as it was (the workbook's
 * calcPr asks Excel to recalculate on open).
 */
import { checkSnapshot, planRepair, type Finding } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import {
  addOwnColumn,
  examplePkg,
  moveColumns,
  operatingTablePart,
  recalculateSums,
} from '../../../review/r30/herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
const RUNS = 'SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';
const SPAN = 'SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])';

/** The example with «Herav lønn» between the years, M4 typed over with 999 and M8 holding a formula of hers. */
async function herPlan(): Promise<FixturePkg> {
  const { pkg } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 6: 300 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace(/<c r="M4"([^>]*)><f>[^<]*<\/f><v>[^<]*<\/v><\/c>/, '<c r="M4"$1><v>999</v></c>')
      .replace(/<c r="M8"([^>]*)><f>[^<]*<\/f><v>[^<]*<\/v><\/c>/, '<c r="M8"$1><f>H8*2</f><v>300</v></c>'),
  );
  return pkg;
}

/** The formula and value of a cell of «Tiltak drift» (formula '' for a value). */
function cell(pkg: FixturePkg, ref: string): [string, string] | null {
  const m = new RegExp(`<c r="${ref}"[^>]*>(?:<f>([^<]*)</f>)?<v>([^<]*)</v>`).exec(
    pkg.text(pkg.sheetPart('Tiltak drift')),
  );
  return m ? [m[1] ?? '', m[2] ?? ''] : null;
}

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });

const spanFindings = (findings: readonly Finding[]) =>
  findings.filter((f) => f.code === 'formula-overwritten' && String(f.params['reason'] ?? '').startsWith('span'));

test('repair writes the sum of the year runs: D-001 6 000 (not 6 500), her cells kept, no span finding after', async () => {
  const before = await herPlan();
  expect(cell(before, 'M2')).toEqual([SPAN, '6500']);
  const wb = await XlsxWorkbook.fromBuffer(before.bytes());
  const d001 = (r: Awaited<ReturnType<typeof check>>) => r.plan.operating.find((m) => m.id === 'D-001')?.periodSum;
  const checked = await check(wb);
  expect(spanFindings(checked.findings).map((f) => f.cell)).toEqual(['M2']);
  expect(d001(checked)).toBe(6_500_000);

  const { changes, edits, blocked } = planRepair(await wb.read('structure'), { defaultStartYear: 2027 });
  expect(blocked).toEqual([]);
  // Eleven rows (2–12), M4 and M8 hers.
  expect(changes).toEqual([{ kind: 'sum-years', sheet: 'Tiltak drift', target: 'Sum periode', detail: '9' }]);
  await wb.apply(edits);

  expect(wb.calculatedColumns('tblTiltakDrift').get('Sum periode')).toBe(RUNS);
  const after = new FixturePkg(await wb.toBuffer());
  // By hand: 600+1 200+1 800+2 400; 300; 400+800+800+800 (Herav lønn 300 not counted); 200×4; an empty row 0.
  expect(cell(after, 'M2')).toEqual([RUNS, '6000']);
  expect(cell(after, 'M3')).toEqual([RUNS, '300']);
  expect(cell(after, 'M6')).toEqual([RUNS, '2800']);
  expect(cell(after, 'M12')).toEqual([RUNS, '800']);
  expect(cell(after, 'M5')).toEqual([RUNS, '0']);
  expect(cell(after, 'M4')).toEqual(['', '999']);
  expect(cell(after, 'M8')).toEqual(['H8*2', '300']);

  // Only the sheet and its table's part changed, and the workbook asks Excel to recalculate on open: a formula reading
  // Sum periode (Sammendrag's, hers) still holds a result from the figures before (xlsx/write/staleFormulas.ts).
  const changed = Object.keys(before.files).filter((name) => {
    const a = before.files[name];
    const b = after.files[name];
    return !a || !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
  });
  const parts = [before.sheetPart('Tiltak drift'), operatingTablePart(before), 'xl/workbook.xml'];
  expect(changed.sort()).toEqual(parts.sort());
  const calc = (xml: string) =>
    xml.replace('<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  expect(after.text('xl/workbook.xml')).toBe(calc(before.text('xl/workbook.xml')));
  expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());

  const again = await check(await XlsxWorkbook.fromBuffer(after.bytes()));
  expect(spanFindings(again.findings)).toEqual([]);
  expect(d001(again)).toBe(6_000_000);
  // Her typed 999 is still hers to see: formula-overwritten at M4, as before the repair.
  expect(again.findings.filter((f) => f.code === 'formula-overwritten').map((f) => f.cell)).toEqual(['M4']);
});

test('a repaired table asks nothing more of repair', async () => {
  const wb = await XlsxWorkbook.fromBuffer((await herPlan()).bytes());
  await wb.apply(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).edits);
  expect(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).changes).toEqual([]);
});
