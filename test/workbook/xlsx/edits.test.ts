/** Planned edits written by the package writer, checked in the XML it writes and read back through the adapter. */
import type { Edit } from '../../../src/domain/model/edits';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { styleFill } from '../../../src/workbook/xlsx/write/looks';
import { partOf, partsOf, sheetPartOf } from './parts';

const sheet = (wb: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = wb.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

const roundTrip = async (wb: XlsxWorkbook): Promise<XlsxWorkbook> => XlsxWorkbook.fromBuffer(await wb.toBuffer());

const TABLE_EDITS: Edit[] = [
  { kind: 'ensureSheet', sheet: 'Data' },
  {
    kind: 'setCells',
    sheet: 'Data',
    origin: 'A1',
    values: [
      ['ID', 2027, 2028, 'Sum periode', 'Etter'],
      ['D-001', 1, 2, { formula: '=SUM(tblData[@[2027]:[2028]])', value: 3 }, 'x'],
      ['D-002', 3, 4, { formula: '=B3*10', value: 30 }, 'y'],
    ],
  },
  {
    kind: 'createTable',
    sheet: 'Data',
    name: 'tblData',
    ref: 'A1:E3',
    calculated: { 'Sum periode': '=SUM(tblData[@[2027]:[2028]])' },
  },
];

async function built(edits: readonly Edit[]): Promise<{ wb: XlsxWorkbook; bytes: Uint8Array }> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  return { wb, bytes: await wb.toBuffer() };
}

describe('XlsxWorkbook edits', () => {
  it('creates a table over written cells as Excel writes one: header text, no headerRowCount, an autoFilter', async () => {
    const { wb, bytes } = await built(TABLE_EDITS);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.tables).toEqual([{ name: 'tblData', sheet: 'Data', ref: 'A1:E3' }]);
    expect(sheet(snap, 'Data').values[0]).toEqual(['ID', '2027', '2028', 'Sum periode', 'Etter']);
    expect(sheet(snap, 'Data').values[1]?.[4]).toBe('x');
    const table = partOf(bytes, 'xl/tables/table1.xml');
    expect(table).not.toContain('headerRowCount');
    expect(table).toContain('<autoFilter ref="A1:E3"/>');
    expect(table).toContain('<tableColumn id="2" name="2027"/>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
  });

  it('writes formulas in file spelling with their cached values', async () => {
    const { wb, bytes } = await built(TABLE_EDITS);
    const xml = sheetPartOf(bytes, 'Data');
    expect(xml).toContain('<c r="D2"><f>SUM(tblData[[#This Row],[2027]:[2028]])</f><v>3</v></c>');
    expect(xml).toContain('<c r="D3"><f>B3*10</f><v>30</v></c>');
    expect(partOf(bytes, 'xl/workbook.xml')).not.toContain('fullCalcOnLoad');
    const data = sheet(await (await roundTrip(wb)).read(), 'Data');
    expect(data.formulas?.[1]?.[3]).toBe('=SUM(tblData[[#This Row],[2027]:[2028]])');
    expect(data.values[1]?.[3]).toBe(3);
  });

  it('asks Excel to recalculate on open when a formula has no cached value', async () => {
    const { bytes } = await built([
      { kind: 'ensureSheet', sheet: 'S' },
      { kind: 'setCells', sheet: 'S', origin: 'A1', values: [[{ formula: '=1+1' }]] },
    ]);
    expect(partOf(bytes, 'xl/workbook.xml')).toMatch(/<calcPr calcId="191029" fullCalcOnLoad="1"\/>/);
  });

  it('writes the calculated column definition into the table XML', async () => {
    const { wb } = await built(TABLE_EDITS);
    const back = await roundTrip(wb);
    expect(back.calculatedColumns('tblData').get('Sum periode')).toBe('SUM(tblData[[#This Row],[2027]:[2028]])');
  });

  it('resizes a table, keeping what its columns hold and adding new columns by their header', async () => {
    const { bytes } = await built([
      ...TABLE_EDITS,
      { kind: 'setCells', sheet: 'Data', origin: 'A4', values: [['D-003', 5, 6, null, 'z']] },
      { kind: 'setCells', sheet: 'Data', origin: 'F1', values: [['Ny']] },
      { kind: 'resizeTable', name: 'tblData', ref: 'A1:F4' },
    ]);
    const table = partOf(bytes, 'xl/tables/table1.xml');
    expect(table).toMatch(/ref="A1:F4"/);
    expect(table).toContain('<autoFilter ref="A1:F4"/>');
    expect(table).toContain('<tableColumns count="6">');
    expect(table).toContain(
      '<calculatedColumnFormula>SUM(tblData[[#This Row],[2027]:[2028]])</calculatedColumnFormula>',
    );
    expect(table).toContain('<tableColumn id="6" name="Ny"/>');
  });

  it('deletes an owned table with its part, relationship and content type, and keeps its cells', async () => {
    const { wb, bytes } = await built([...TABLE_EDITS, { kind: 'deleteOwnedTable', name: 'tblData' }]);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.tables).toEqual([]);
    // Only the table goes: its cells stay until a clearOwnedRange empties the product's part (edits.ts).
    expect(sheet(snap, 'Data').values).toHaveLength(3);
    const parts = partsOf(bytes);
    expect(Object.keys(parts).filter((p) => p.includes('table'))).toEqual([]);
    expect(parts['[Content_Types].xml']).not.toContain('table');
    expect(sheetPartOf(bytes, 'Data')).not.toContain('tablePart');
  });

  it('gives a new table an id no other table has', async () => {
    const { bytes } = await built([
      ...TABLE_EDITS,
      {
        kind: 'setCells',
        sheet: 'Data',
        origin: 'H1',
        values: [
          ['A', 'B'],
          [1, 2],
        ],
      },
      { kind: 'createTable', sheet: 'Data', name: 'tblTo', ref: 'H1:I2' },
      { kind: 'deleteOwnedTable', name: 'tblData' },
      { kind: 'setCells', sheet: 'Data', origin: 'A1', values: [['C'], [3]] },
      { kind: 'createTable', sheet: 'Data', name: 'tblTre', ref: 'A1:A2' },
    ]);
    const parts = partsOf(bytes);
    const ids = Object.keys(parts)
      .filter((p) => p.startsWith('xl/tables/'))
      .map((p) => /<table [^>]*\bid="(\d+)"/.exec(parts[p] ?? '')?.[1]);
    expect(ids.sort()).toEqual(['2', '3']);
  });

  it('keeps defined names, range and structured alike, and replaces one by name', async () => {
    const { wb } = await built([
      ...TABLE_EDITS,
      { kind: 'defineName', name: 'lstA', ref: "='Data'!$A$2:$A$3" },
      { kind: 'defineName', name: 'lstB', ref: 'tblData[ID]' },
      { kind: 'defineName', name: 'lstA', ref: "'Data'!$A$2:$A$4" },
    ]);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.names).toEqual([
      { name: 'lstA', ref: "'Data'!$A$2:$A$4" },
      { name: 'lstB', ref: 'tblData[ID]' },
    ]);
  });

  it('never writes overlapping validations, and joins identical rules', async () => {
    const list = { type: 'list', source: 'Varig,Engangs' } as const;
    const { bytes } = await built([
      ...TABLE_EDITS,
      { kind: 'setValidation', sheet: 'Data', range: 'E2:E50', rule: list },
      { kind: 'setValidation', sheet: 'Data', range: 'E10:E60', rule: { type: 'wholeNumber', min: 1 } },
      { kind: 'setValidation', sheet: 'Data', range: 'B2:C50', rule: { type: 'wholeNumber', min: 1, max: 9 } },
      { kind: 'setValidation', sheet: 'Data', range: 'F2:F50', rule: list },
    ]);
    const xml = sheetPartOf(bytes, 'Data');
    const sqrefs = [...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs).toEqual(['E2:E9 F2:F50', 'E10:E60', 'B2:C50']);
    expect(xml).toContain('<dataValidations count="3">');
    expect(xml).toContain('<formula1>"Varig,Engangs"</formula1>');
    expect(xml).toMatch(/operator="between"[^>]*><formula1>1<\/formula1><formula2>9<\/formula2>/);
  });

  it('writes number formats, whole fonts, fills, widths, a frozen header and the active cell', async () => {
    const { wb, bytes } = await built([
      ...TABLE_EDITS,
      { kind: 'setNumberFormat', sheet: 'Data', range: 'B2:C3', format: '#,##0.0##' },
      { kind: 'setStyle', sheet: 'Data', range: 'A1:E1', style: 'header' },
      { kind: 'setColumnWidth', sheet: 'Data', column: 'D', width: 17 },
      { kind: 'freezeRows', sheet: 'Data', rows: 1 },
      { kind: 'select', sheet: 'Data', cell: 'C3' },
    ]);
    const styles = partOf(bytes, 'xl/styles.xml');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0.0##"/>');
    // The header font is the workbook's font made bold: name and size written with it.
    expect(styles).toContain('<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
    expect(styles).toContain(`<fgColor rgb="${styleFill('header')}"/>`);
    const xml = sheetPartOf(bytes, 'Data');
    expect(xml).toContain('<col min="4" max="4" width="17" customWidth="1"/>');
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet(await wb.read(), 'Data').numberFormats?.[1]?.[1]).toBe('#,##0.0##');
    expect((await roundTrip(wb)).activeCell()).toBe('Data!C3');
  });

  it('creates a saved version hidden, and never hides a sheet that exists', async () => {
    const { wb, bytes } = await built([
      { kind: 'ensureSheet', sheet: 'Data' },
      { kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true },
      { kind: 'setCells', sheet: 'Versjon 1', origin: 'A1', values: [['Versjon', 'Vedtatt']] },
      { kind: 'ensureSheet', sheet: 'Data', hidden: true },
    ]);
    const workbookXml = partOf(bytes, 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<sheet name="Versjon 1"[^>]* state="hidden"/);
    expect(workbookXml).not.toMatch(/<sheet name="Data"[^>]* state=/);
    expect(sheet(await (await roundTrip(wb)).read(), 'Versjon 1').values[0]).toEqual(['Versjon', 'Vedtatt']);
  });

  it('clears an owned block, keeps the note beside it, and leaves the other sheets alone', async () => {
    const { wb } = await built([
      ...TABLE_EDITS,
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
      {
        kind: 'setCells',
        sheet: 'Sammendrag',
        origin: 'B2',
        values: [['old', { formula: 'SUM(Data!B:B)', value: 4 }, 'note']],
      },
      { kind: 'clearOwnedRange', sheet: 'Sammendrag', range: 'A1:C2' },
      { kind: 'setCells', sheet: 'Sammendrag', origin: 'A1', values: [['new']] },
    ]);
    const snap = await (await roundTrip(wb)).read();
    const values = sheet(snap, 'Sammendrag').values;
    expect(values.flat().filter((v) => v !== null)).toEqual(['new', 'note']);
    expect(values[1]?.[3]).toBe('note');
    expect(sheet(snap, 'Data').values).toHaveLength(3);
  });

  it("refuses to insert cells: a file never moves a user's cells (WritePlan plans no insertCells for it)", async () => {
    const { wb } = await built(TABLE_EDITS);
    await expect(wb.apply([{ kind: 'insertCells', sheet: 'Data', range: 'A4:C4' }])).rejects.toThrow(/insert/);
  });

  it('names this product as the application of a workbook it creates', async () => {
    const { bytes } = await built(TABLE_EDITS);
    expect(partOf(bytes, 'docProps/app.xml')).toContain('<Application>Tiltaksplan</Application>');
  });
});
