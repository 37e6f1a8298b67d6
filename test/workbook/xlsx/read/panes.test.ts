/**
 * Whether a sheet's first view is divided into panes (View › Freeze Panes, or Split), as the file reader reports it
 * (SheetSnapshot.pane): a roll into the user's workbook keeps her own panes rather than freezing the header row.
 */
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { excelPackage, MAIN } from '../excelXml';

const sheet = (views: string) =>
  `<worksheet xmlns="${MAIN}">${views}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;

describe('the panes of a sheet', () => {
  it.each([
    [
      'frozen at D2 (rows and columns)',
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="3" ySplit="1" topLeftCell="D2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="D2" sqref="D2"/></sheetView></sheetViews>',
      'frozen',
    ],
    [
      'split (a pane without state: the schema says split)',
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2000" ySplit="1500" topLeftCell="C4"/></sheetView></sheetViews>',
      'split',
    ],
    [
      'frozen, after a split (frozenSplit)',
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozenSplit"/></sheetView></sheetViews>',
      'frozen',
    ],
    [
      'none',
      '<sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>',
      undefined,
    ],
    ['no sheetViews at all', '', undefined],
  ])('%s', async (_what, views, pane) => {
    const bytes = excelPackage({ sheets: [{ name: 'Ark1', xml: sheet(views) }] });
    const read = await (await XlsxWorkbook.fromBuffer(bytes)).read();
    expect(read.sheets.find((s) => s.sheet === 'Ark1')?.pane).toBe(pane);
  });
});
