/**
 * Review r30 (medium, add measure, file path and Excel path): a measure added to a filtered table goes into a row her
 * filter hides, and stays out of her sight.
 *
 * What she does: the example's tblTiltakDrift made a few rows longer than its measures (A1:U14: rows 13 and 14 are
 * empty body rows, as a template or a deleted measure leaves them), then a filter on Kostnadsstatus = «Beregnet»
 * (Excel's filter button: D-004, D-006, D-008, D-010 in rows 5, 7, 9, 11 hidden — and, as Excel's value filter does,
 * the empty rows 13 and 14 too). In the pane she adds «Ny bolig» (Samfunn og tjenester, Beregnet, 100 / 200 / 0 / 0).
 *
 * What happens: planAddMeasure writes D-012 into row 13, the first empty body row after the last measure, and leaves
 * the row as it was: hidden. The pane says the measure was added; in her filtered table (which shows exactly the
 * Beregnet measures, as the new one is) it is nowhere. A second try adds it again — a measure counted twice.
 *
 * What a careful user expects: the new measure where she can see it — its row shown (as Excel shows a row typed into a
 * filtered table), or written in a visible row; SPEC §11 «Add / edit measure … written as values below the table»,
 * and docs/spec.md §10 as built, where a write of the product's into a filtered table shows the rows it writes («an
 * item may come to a hidden row, out of her sight»). By hand: D-012 in row 13 (D-011 is in row 12), row 13 not hidden.
 */
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planWorkbook,
  readPlan,
  type RowInput,
} from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { recordingRunner, RecordingContext, type FakeModel } from '../../workbook/excel/recordingContext';
import { examplePkg, operatingTablePart } from './herTable';

const ROW: RowInput = {
  values: { measure: 'Ny bolig', section: 'Samfunn og tjenester', costStatus: 'Beregnet' },
  years: [100, 200, 0, 0],
};
const HIDDEN = [5, 7, 9, 11, 13, 14];

test('file path: the measure added to her filtered table is in a row she can see (row 13 shown)', async () => {
  const { pkg } = await examplePkg();
  pkg.edit(operatingTablePart(pkg), (x) =>
    x
      .replace('ref="A1:U12"', 'ref="A1:U14"')
      .replace(
        '<autoFilter ref="A1:U12"/>',
        '<autoFilter ref="A1:U14"><filterColumn colId="6"><filters><filter val="Beregnet"/></filters></filterColumn></autoFilter>',
      ),
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    HIDDEN.reduce((s, r) => s.replace(`<row r="${r}">`, `<row r="${r}" hidden="1">`), x),
  );
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  const snapshot = await wb.read();
  expect(snapshot.sheets.find((s) => s.sheet === 'Tiltak drift')?.hiddenRows).toEqual(HIDDEN);
  const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
  const planned = planAddMeasure(plan, 'operating', ROW, snapshot);
  expect(planned.ok).toBe(true);
  if (!planned.ok) return;
  await wb.apply(planned.edits);
  const after = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read();
  const sheet = after.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(sheet?.values[12]?.slice(0, 5)).toEqual(['D-012', 'Samfunn og tjenester', 6, null, 'Ny bolig']);
  expect(sheet?.hiddenRows ?? []).not.toContain(13);
});

test('Excel path: the measure added to her filtered table is in a row she can see (row 13 shown)', async () => {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  const port = () =>
    new ExcelWorkbook({ run: recordingRunner(new RecordingContext(model)), isSetSupported: () => true });
  await port().apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  expect(table?.ref).toBe('A1:U12');
  if (!table || !sheet) return;
  table.ref = 'A1:U14';
  table.filterHides = HIDDEN;
  sheet.hiddenRows = new Set(HIDDEN);

  const snapshot = await port().read();
  const { plan } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planAddMeasure(plan, 'operating', ROW, snapshot, { canInsertCells: true });
  expect(planned.ok).toBe(true);
  if (!planned.ok) return;
  await port().apply(planned.edits);

  expect(sheet.cells.get('A13')?.value).toBe('D-012');
  expect(sheet.cells.get('E13')?.value).toBe('Ny bolig');
  expect([...(sheet.hiddenRows ?? [])]).not.toContain(13);
});
