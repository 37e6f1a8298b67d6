/**
 * *Nytt tiltak* on the file path (the browser pane's download) into a table that ends in empty rows, one of which
 * holds a formula of the user's showing "" (SPEC §11): the file's snapshot carries that formula, so the new measure
 * goes into the next truly empty row and the formula stays. The Excel path: test/workbook/excel/addMeasure.test.ts.
 */
import { checkSnapshot, exampleContent, planAddMeasure, planWorkbook } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

const FORMULA = '=IF(A13="","","sjekk")';

it('keeps a formula showing "" in an empty row of the table: the measure goes into the row after it', async () => {
  const made = XlsxWorkbook.empty();
  await made.apply(planWorkbook(exampleContent({ startYear: 2027 })));
  // tblTiltakDrift is A1:U12 (D-011 on row 12); grown over rows 13 and 14, with the formula in E13 (Tiltak).
  await made.apply([
    { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U14' },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [[{ formula: FORMULA, value: '' }]] },
  ]);
  const wb = await XlsxWorkbook.fromBuffer(await made.toBuffer());
  const snapshot = await wb.read('check');
  const drift = snapshot.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(drift?.origin).toBe('A1');
  expect(drift?.formulas?.[12]?.[4]).toBe(FORMULA);
  const { plan } = checkSnapshot(snapshot, { file: 'x.xlsx', defaultStartYear: 2027, render: () => '' });
  expect(plan.operating.map((m) => m.row).pop()).toBe(12);

  const row = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };
  const planned = planAddMeasure(plan, 'operating', row, snapshot);
  expect(planned.ok).toBe(true);
  await wb.apply(planned.ok ? planned.edits : []);
  const after = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read('check');
  const sheet = after.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(sheet?.formulas?.[12]?.[4]).toBe(FORMULA);
  expect([sheet?.values[12]?.[0] ?? null, sheet?.values[13]?.[0], sheet?.values[13]?.[4]]).toEqual([
    null,
    'D-012',
    'Nytt tiltak',
  ]);
});
