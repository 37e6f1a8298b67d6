/** Reading workbooks written the way Excel writes them (test/workbook/xlsx/excelXml.ts), value by value. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRange } from '../../../src/domain/model/a1';
import { UNCALCULATED, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { excelPackage, MAIN, worksheet } from './excelXml';

const sheet = (wb: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = wb.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const SST =
  `${XML}<sst xmlns="${MAIN}" count="6" uniqueCount="5">` +
  '<si><t>ID</t></si>' +
  '<si><r><rPr><b/></rPr><t>Til</t></r><r><t xml:space="preserve">tak</t></r><rPh sb="0" eb="1"><t>ti</t></rPh></si>' +
  '<si><t>Sum periode</t></si>' +
  '<si><t>600</t></si>' +
  '<si><t>Linje_x000D_skift &amp; mer</t></si></sst>';

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

const ROWS =
  '<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Dato</t></is></c></row>' +
  '<row r="2" spans="1:4"><c r="A2" t="s"><v>3</v></c><c r="B2" s="2"><v>1.5</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">SUM(A2:$B2)*2</f><v>3</v></c><c r="D2" s="1"><v>46388</v></c></row>' +
  '<row r="3" hidden="1"><c r="A3" t="b"><v>1</v></c><c r="B3"><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>4</v></c><c r="D3" t="e"><v>#N/A</v></c></row>' +
  '<row r="4"><c t="s"><v>4</v></c><c><v>7</v></c><c r="C4"><f t="shared" si="0"/><v>14</v></c></row>' +
  '<row r="5"><c r="A5" t="inlineStr"><is><t>Sum</t></is></c><c r="C5"><f>SUBTOTAL(109,tblA[Sum periode])</f><v>21</v></c></row>';

const EXT_VALIDATION =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
  '<x14:formula1><xm:f>Lister!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';

/** A table as Excel saves it: no headerRowCount (default 1), a totals row, a calculated column. */
const TABLE =
  `${XML}<table xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ` +
  'id="1" xr:uid="{A}" name="tblA" displayName="tblA" ref="A1:C5" totalsRowCount="1"><autoFilter ref="A1:C4" xr:uid="{B}"/><tableColumns count="3">' +
  '<tableColumn id="1" xr3:uid="{C}" name="ID" totalsRowLabel="Sum"/><tableColumn id="2" xr3:uid="{D}" name="Tiltak"/>' +
  '<tableColumn id="3" xr3:uid="{E}" name="Sum periode" totalsRowFunction="sum"><calculatedColumnFormula>SUM(tblA[[#This Row],[ID]:[Tiltak]])*2</calculatedColumnFormula></tableColumn></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

async function excelBook(): Promise<WorkbookSnapshot> {
  const bytes = excelPackage({
    sheets: [
      {
        name: 'Data',
        xml: worksheet(ROWS, {
          after: '<mergeCells count="1"><mergeCell ref="D4:D5"/></mergeCells>',
          end: `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>${EXT_VALIDATION}`,
        }),
        tables: [TABLE],
      },
    ],
    sharedStrings: SST,
    styles: STYLES,
    workbookExtra:
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Data!$A$1:$C$4</definedName><definedName name="lstA">Data!$A$2:$A$4</definedName></definedNames>',
  });
  return (await XlsxWorkbook.fromBuffer(bytes)).read();
}

describe('reading a workbook as Excel saves it', () => {
  it('reads shared, rich-text and inline strings, numbers stored as text, and Excel escapes', async () => {
    const s = sheet(await excelBook(), 'Data');
    expect(s.origin).toBe('A1');
    expect(s.values[0]).toEqual(['ID', 'Tiltak', 'Sum periode', 'Dato']);
    expect(s.values[1]?.[0]).toBe('600');
    expect(s.values[3]?.[0]).toBe('Linje\rskift & mer');
  });

  it('reads numbers, booleans, errors and dates (an ISO string, as before)', async () => {
    const s = sheet(await excelBook(), 'Data');
    expect(s.values[1]?.[1]).toBe(1.5);
    expect(s.values[2]?.[0]).toBe(true);
    expect(s.values[2]?.[3]).toEqual({ error: '#N/A' });
    // 46388 is 2027-01-01 in the 1900 date system.
    expect(s.values[1]?.[3]).toBe('2027-01-01T00:00:00.000Z');
    expect(s.numberFormats?.[1]?.[1]).toBe('#,##0.0');
    expect(s.numberFormats?.[1]?.[3]).toBe('mm-dd-yy');
  });

  it('gives every cell of a shared formula its own formula, moved as Excel fills it', async () => {
    const s = sheet(await excelBook(), 'Data');
    expect(s.formulas?.map((r) => r[2])).toEqual([
      undefined,
      '=SUM(A2:$B2)*2',
      '=SUM(A3:$B3)*2',
      '=SUM(A4:$B4)*2',
      '=SUBTOTAL(109,tblA[Sum periode])',
    ]);
    expect(s.values.map((r) => r[2])).toEqual(['Sum periode', 3, 4, 14, 21]);
  });

  it('reads cells and rows without an "r" in their place, hidden rows and merges', async () => {
    const s = sheet(await excelBook(), 'Data');
    expect(s.values[3]?.slice(0, 2)).toEqual(['Linje\rskift & mer', 7]);
    expect(s.merges).toEqual(['D4:D5']);
  });

  it('reads a table without headerRowCount as having a header row, and leaves its totals row out', async () => {
    const wb = await excelBook();
    expect(wb.tables).toEqual([{ name: 'tblA', sheet: 'Data', ref: 'A1:C4', totalsRow: true }]);
    expect(wb.names).toEqual([{ name: 'lstA', ref: 'Data!$A$2:$A$4' }]);
  });

  it('reads a sheet whose elements carry a namespace prefix, in UTF-16 with a byte order mark', async () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Hei</x:t></x:is></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from(xml, 'utf16le'))]);
    const bytes = excelPackage({
      sheets: [{ name: 'P', xml: worksheet('') }],
      extraParts: { 'xl/worksheets/sheet1.xml': utf16 },
    });
    const s = sheet(await (await XlsxWorkbook.fromBuffer(bytes)).read(), 'P');
    expect(s.origin).toBe('B2');
    expect(s.values).toEqual([['Hei', 2]]);
    expect(s.formulas?.[0]?.[1]).toBe('=1+1');
  });

  it('reads a formula stored without its result (a file no program calculated) as UNCALCULATED, never as empty; <v/> and <v></v> are an empty result', async () => {
    const rows =
      '<row r="1"><c r="A1"><f>600*2</f></c><c r="B1" t="str"><f>IF(1,"","x")</f><v></v></c>' +
      '<c r="C1" t="str"><f>IF(1,"","x")</f><v/></c><c r="D1"><v>7</v></c><c r="E1"><f>1+1</f><v>2</v></c></row>';
    const bytes = excelPackage({ sheets: [{ name: 'P', xml: worksheet(rows) }] });
    const s = sheet(await (await XlsxWorkbook.fromBuffer(bytes)).read(), 'P');
    expect(s.values).toEqual([[UNCALCULATED, '', '', 7, 2]]);
    expect(s.formulas?.[0]?.[0]).toBe('=600*2');
  });

  describe('a table whose header row is turned off (Table Design → Header Row: headerRowCount="0")', () => {
    // As Excel saves it: the ref starts at the first body row, the names live in the table part only
    // (a line break as _x000a_), and the row where the headers stood is empty.
    const table = (ref: string) =>
      `${XML}<table xmlns="${MAIN}" id="1" name="tblA" displayName="tblA" ref="${ref}" headerRowCount="0">` +
      '<tableColumns count="2"><tableColumn id="1" name="ID"/><tableColumn id="2" name="Nye_x000a_midler"/></tableColumns></table>';
    const body =
      '<row r="3"><c r="B3" t="inlineStr"><is><t>D-001</t></is></c><c r="C3"><v>600</v></c></row>' +
      '<row r="4"><c r="B4" t="inlineStr"><is><t>D-002</t></is></c><c r="C4"><v>1200</v></c></row>';
    const book = async (rows: string) => {
      const bytes = excelPackage({
        sheets: [
          {
            name: 'P',
            xml: worksheet(rows, { end: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' }),
            tables: [table('B3:C4')],
          },
        ],
      });
      return XlsxWorkbook.fromBuffer(bytes);
    };

    it('reads its column names in the empty row above it, the table grown over that row, as Excel means it', async () => {
      const wb = await (await book(body)).read();
      expect(wb.tables).toEqual([{ name: 'tblA', sheet: 'P', ref: 'B2:C4' }]);
      expect(sheet(wb, 'P').origin).toBe('B2');
      expect(sheet(wb, 'P').values).toEqual([
        ['ID', 'Nye\nmidler'],
        ['D-001', 600],
        ['D-002', 1200],
      ]);
    });

    it("stays as it is when the row above holds something of the user's", async () => {
      const wb = await (await book(`<row r="2"><c r="C2" t="inlineStr"><is><t>Notat</t></is></c></row>${body}`)).read();
      expect(wb.tables).toEqual([{ name: 'tblA', sheet: 'P', ref: 'B3:C4' }]);
      expect(sheet(wb, 'P').values[0]).toEqual([null, 'Notat']);
    });

    it('is not resized by the file adapter (that row is no part of it in the file)', async () => {
      const wb = await book(body);
      const refusal = wb.apply([{ kind: 'resizeTable', name: 'tblA', ref: 'B2:C5' }]);
      // Its own kind, which the pane words as such (turn the header row on), not an unknown error.
      await expect(refusal).rejects.toMatchObject({ kind: 'header-row-off' });
    });

    it('refuses such a resize before any edit of the batch is applied (the pane says nothing was changed)', async () => {
      const wb = await book(body);
      // As repair plans a column added to the table: its header cell first, then the table grown over it.
      const refusal = wb.apply([
        { kind: 'setCells', sheet: 'P', origin: 'D2', values: [['Kommentar']] },
        { kind: 'resizeTable', name: 'tblA', ref: 'B2:D4' },
      ]);
      await expect(refusal).rejects.toMatchObject({ kind: 'header-row-off' });
      const values = sheet(await wb.read(), 'P').values;
      expect(values.flat()).not.toContain('Kommentar');
    });
  });

  it('keeps every column after a calculated column saved by Excel (exceljs alone drops them)', async () => {
    const bytes = readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'calculated-column-as-excel.xlsx'));
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const snap = await wb.read();
    const headers = sheet(snap, 'Tiltak drift').values[0] ?? [];
    expect(headers).toHaveLength(21);
    expect(parseRange(snap.tables.find((t) => t.name === 'tblTiltakDrift')?.ref ?? '')?.right).toBe(21);
    expect(wb.calculatedColumns('tblTiltakDrift').get('Sum periode')).toBe(
      'SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])',
    );
  });

  it('reads for a check only the sheets that hold its tables, down to their last row (a measure table: and the twenty rows under it)', async () => {
    const rows = (n: number, from: number) =>
      Array.from(
        { length: n },
        (_, i) => `<row r="${from + i}"><c r="A${from + i}" t="inlineStr"><is><t>x${i}</t></is></c></row>`,
      ).join('');
    const table = `${XML}<table xmlns="${MAIN}" id="1" name="tblAvstemming" displayName="tblAvstemming" ref="A1:A3"><tableColumns count="1"><tableColumn id="1" name="x0"/></tableColumns></table>`;
    const other = `${XML}<table xmlns="${MAIN}" id="2" name="tblTiltakDrift" displayName="tblTiltakDrift" ref="A1:A3"><tableColumns count="1"><tableColumn id="1" name="x0"/></tableColumns></table>`;
    // excelPackage numbers table relationships across the package: the second table is rId2.
    const withDrift = excelPackage({
      sheets: [
        { name: 'Notater', xml: worksheet(rows(5, 1)) },
        {
          name: 'Avstemming',
          xml: worksheet(rows(50, 1), { end: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' }),
          tables: [table],
        },
        {
          name: 'Tiltak drift',
          xml: worksheet(rows(50, 1), { end: '<tableParts count="1"><tablePart r:id="rId2"/></tableParts>' }),
          tables: [other],
        },
      ],
    });
    const snap = await (await XlsxWorkbook.fromBuffer(withDrift)).read('check');
    expect(snap.sheets.map((s) => [s.sheet, s.values.length])).toEqual([
      ['Notater', 0],
      ['Avstemming', 50],
      // A1:A3 and rows 4-23 under it (rowsReadBelow: 20), of the sheet's 50.
      ['Tiltak drift', 23],
    ]);
  });
});
