/**
 * The columns a sheet gives a width of its own (<col customWidth="1">), as the file reader reports them
 * (SheetSnapshot.sizedColumns) with the width written there: a roll into the user's workbook keeps those widths
 * rather than the product's, and a repair tells the product's own widths from hers by the width.
 */
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { excelPackage, MAIN } from '../excelXml';

const sheet = (cols: string) =>
  `<worksheet xmlns="${MAIN}">${cols}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;

describe('the columns a sheet sized', () => {
  it.each([
    [
      'E widened, B:D sized together, F only styled',
      '<cols><col min="2" max="4" width="12" customWidth="1"/><col min="5" max="5" width="80" customWidth="1"/><col min="6" max="6" width="9" style="1"/></cols>',
      [
        { min: 2, max: 4, width: 12 },
        { min: 5, max: 5, width: 80 },
      ],
    ],
    [
      'customWidth as LibreOffice spells it',
      '<cols><col min="3" max="3" width="20" customWidth="true"/></cols>',
      [{ min: 3, max: 3, width: 20 }],
    ],
    ['none', '', undefined],
  ])('%s', async (_what, cols, sized) => {
    const bytes = excelPackage({ sheets: [{ name: 'Ark1', xml: sheet(cols) }] });
    const read = await (await XlsxWorkbook.fromBuffer(bytes)).read();
    expect(read.sheets.find((s) => s.sheet === 'Ark1')?.sizedColumns).toEqual(sized);
  });
});
