/**
 * Review r41, fixed, the Excel path of sortNamed.test.ts: the adapter makes tblAvstemming again (deleteOwnedTable)
 * and her sort of it (Data › Sort by Avvik: the table's TableSort.fields, ExcelApi 1.2) goes with it. It is named now,
 * loaded in the same sync as the filter (AutoFilter.isDataFiltered), so the pane says it with the write.
 *
 * By hand: a table A1:C5 sorted by its third column (Beløp, key 2, largest first), no filter, no hidden row: one
 * sentence, the sort's; sorted and filtered: two, the filter's first.
 */
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { rowsShownLines } from '../../../src/i18n/rowsShown';
import { fakeModel, recordingRunner, RecordingContext } from '../../workbook/excel/recordingContext';

const rows = [
  ['Status', 'Ref', 'Beløp'],
  ['Samsvar', 'D-001', 600],
  ['Feil', 'D-001', 100],
  ['Samsvar', 'D-002', 75],
  ['Samsvar', 'D-003', 50],
];

async function written(filter: boolean) {
  const model = fakeModel({ Avstemming: rows });
  model.tables.push({
    name: 'tblAvstemming',
    sheet: 'Avstemming',
    ref: 'A1:C5',
    sortFields: [{ key: 2, ascending: false }],
    ...(filter ? { filterHides: [2, 4, 5] } : {}),
  });
  if (filter) model.sheets[0]!.hiddenRows = new Set([2, 4, 5]);
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });
  await port.apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
  return { port, ctx };
}

test('her sort of tblAvstemming, undone, is named, in the two syncs of any write', async () => {
  const { port, ctx } = await written(false);
  expect(port.rowsShown()).toEqual([
    { sheet: 'Avstemming', table: 'tblAvstemming', filtered: false, sorted: true, noneHidden: true },
  ]);
  expect(ctx.syncCount).toBe(2);
  expect(rowsShownLines(port.rowsShown(), 'nb')).toEqual([
    'Sorteringen av tabellen tblAvstemming på arket «Avstemming» er tatt bort: postene skrives på nytt i Tiltaksplans rekkefølge, og en sortert rad kunne fått en annen post. Sorter tabellen på nytt i Excel om du vil ha den.',
  ]);
});

test('sorted and filtered: both named, the filter first', async () => {
  const { port } = await written(true);
  expect(rowsShownLines(port.rowsShown(), 'en').map((l) => l.slice(0, 12))).toEqual(['The filter o', 'The sort of ']);
});
