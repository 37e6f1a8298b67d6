/**
 * A new measure in a row her filter hid (review r30), in Excel: the read does not say which rows are hidden, so the
 * row the measure goes to is shown whatever it was (Range.rowHidden = false, her filter kept), and named after the
 * write only when it was hidden (its rowHidden loaded first, in the same sync). The example's tblTiltakDrift
 * (A1:U12) made A1:U14, rows 13 and 14 empty; the measure goes into row 13.
 */
import { checkSnapshot, exampleContent, planAddMeasure, planWorkbook, type RowInput } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { rowsShownLines } from '../../../src/i18n/rowsShown';
import { addMeasure, driftSheet, port, protectedWithInputRow } from './protectedInputRow';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const ROW: RowInput = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };

async function addInto(hidden: readonly number[]) {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  const port = () =>
    new ExcelWorkbook({ run: recordingRunner(new RecordingContext(model)), isSetSupported: () => true });
  await port().apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  if (!table || !sheet) throw new Error('no example table');
  table.ref = 'A1:U14';
  table.filterHides = [...hidden];
  sheet.hiddenRows = new Set(hidden);
  const snapshot = await port().read();
  const { plan } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planAddMeasure(plan, 'operating', ROW, snapshot, { canInsertCells: true });
  if (!planned.ok) throw new Error('blocked');
  const writer = port();
  await writer.apply(planned.edits);
  return { shown: writer.rowsShown(), hidden: [...(sheet.hiddenRows ?? [])], filterHides: table.filterHides };
}

it('shows row 13 and names it; row 14 stays hidden and her filter stays', async () => {
  const { shown, hidden, filterHides } = await addInto([5, 13, 14]);
  expect(shown).toEqual([{ sheet: 'Tiltak drift', table: 'tblTiltakDrift', filtered: false, row: 13 }]);
  expect(hidden).toEqual([5, 14]);
  expect(filterHides).toEqual([5, 13, 14]);
});

it('names nothing when row 13 was in sight', async () => {
  const { shown, hidden } = await addInto([5, 14]);
  expect(shown).toEqual([]);
  expect(hidden).toEqual([5, 14]);
});

it('on a protected sheet (no formatting of rows allowed) leaves row 13 hidden, writes the measure and names the row as hidden', async () => {
  const model = await protectedWithInputRow();
  driftSheet(model).hiddenRows = new Set([13]);
  const edits = await addMeasure(model);
  const writer = port(new RecordingContext(model));
  await writer.apply(edits);
  expect(driftSheet(model).cells.get('A13')?.value).toBe('D-012');
  expect([...(driftSheet(model).hiddenRows ?? [])]).toEqual([13]);
  expect(writer.rowsShown()).toEqual([
    { sheet: 'Tiltak drift', table: 'tblTiltakDrift', filtered: false, row: 13, kept: true },
  ]);
  expect(rowsShownLines(writer.rowsShown(), 'nb')[0]).toContain(
    'arket er beskyttet, så Tiltaksplan kan ikke vise raden',
  );
});
