/**
 * Avstemming written anew in Excel: the adapter clears her filter on tblAvstemming and shows the rows hidden in it
 * (hiddenRows.test.ts); it also tells what it found there before, in the same two syncs (AutoFilter.isDataFiltered,
 * Range.rowHidden loaded ahead of the clearing), so that the pane can say why all the rows are back (SPEC §10 as
 * built). Only a filter or a row hidden in the table counts; a row hidden under it stays hidden and is no reason.
 */
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { rowsShownLines } from '../../../src/i18n/rowsShown';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

const rows = [
  ['Status', 'Ref', 'Beløp'],
  ['Samsvar', 'D-001', 600],
  ['Feil', 'D-001', 100],
  ['Samsvar', 'D-002', 50],
  ['Samsvar', 'D-003', 75],
];

function workbook(o: { filter?: boolean; byHand?: number[] }) {
  const model = fakeModel({ Avstemming: rows });
  // Her filter on Status shows «Feil» only: rows 2, 4, 5 hidden; she hid row 9, under the table, by hand.
  model.tables.push({
    name: 'tblAvstemming',
    sheet: 'Avstemming',
    ref: 'A1:C5',
    ...(o.filter ? { filterHides: [2, 4, 5] } : {}),
  });
  model.sheets[0]!.hiddenRows = new Set([...(o.filter ? [2, 4, 5] : []), ...(o.byHand ?? []), 9]);
  return model;
}

async function written(model: ReturnType<typeof workbook>) {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });
  await port.apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
  return { port, ctx };
}

describe('what the Excel adapter tells of a table it showed the rows of', () => {
  it('her filter: named as a filter, in the two syncs of any write', async () => {
    const model = workbook({ filter: true });
    const { port, ctx } = await written(model);
    expect(port.rowsShown()).toEqual([{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: true }]);
    expect([...(model.sheets[0]!.hiddenRows ?? [])]).toEqual([9]);
    expect(ctx.syncCount).toBe(2);
    expect(rowsShownLines(port.rowsShown(), 'nb')).toEqual([
      'Filteret på tabellen tblAvstemming på arket «Avstemming» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.',
    ]);
  });

  it('a row she hid in it by hand, no filter: named as rows she hid', async () => {
    const { port } = await written(workbook({ byHand: [3] }));
    expect(port.rowsShown()).toEqual([{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: false }]);
    expect(rowsShownLines(port.rowsShown(), 'nn')).toEqual([
      'Radene du hadde gøymt i tabellen tblAvstemming på arket «Avstemming», blir viste att, så ingen post står gøymd (postane blir skrivne på nytt, og ei gøymd rad kunne fått ein annan post). Gøym dei att i Excel om du vil.',
    ]);
  });

  it('every row of it hidden by hand: named too (rowHidden true)', async () => {
    const { port } = await written(workbook({ byHand: [2, 3, 4, 5] }));
    expect(port.rowsShown()).toEqual([{ sheet: 'Avstemming', table: 'tblAvstemming', filtered: false }]);
  });

  it('only a row under the table hidden: nothing to tell', async () => {
    const { port } = await written(workbook({}));
    expect(port.rowsShown()).toEqual([]);
    expect(rowsShownLines(port.rowsShown(), 'en')).toEqual([]);
  });

  it('what the last write showed only: a later write without the table tells nothing', async () => {
    const { port } = await written(workbook({ filter: true }));
    await port.apply([{ kind: 'deleteOwnedTable', name: 'tblAvstemming' }]);
    expect(port.rowsShown()).toEqual([]);
  });
});
