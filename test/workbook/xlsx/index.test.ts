import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseRange } from '../../../src/domain/model/a1';
import type { Edit } from '../../../src/domain/model/edits';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { UnreadableWorkbookError, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { styleFill } from '../../../src/workbook/xlsx/styles';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const sheet = (wb: WorkbookSnapshot, name: string): SheetSnapshot => {
  const s = wb.sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** How many columns plain exceljs sees in a table; -1 when it cannot even load the file. */
async function rawExceljsColumnCount(bytes: Uint8Array, ws: string, table: string): Promise<number> {
  const raw = new ExcelJS.Workbook();
  try {
    await raw.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return -1;
  }
  const t = raw.getWorksheet(ws)?.getTable(table) as unknown as { model: { columns: unknown[] } } | undefined;
  return t?.model.columns.length ?? -1;
}

const roundTrip = async (wb: XlsxWorkbook): Promise<XlsxWorkbook> => XlsxWorkbook.fromBuffer(await wb.toBuffer());

const TABLE_EDITS: Edit[] = [
  { kind: 'ensureSheet', sheet: 'Data' },
  {
    kind: 'setCells',
    sheet: 'Data',
    origin: 'A1',
    values: [
      ['ID', 2027, 2028, 'Sum periode', 'Etter'],
      ['D-001', 1, 2, null, 'x'],
      ['D-002', 3, 4, { formula: '=B3*10' }, 'y'],
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

describe('XlsxWorkbook edits', () => {
  it('creates a table over written cells, keeping headers, data and formulas, and fills empty calculated cells', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply(TABLE_EDITS);
    const snap = await (await roundTrip(wb)).read();
    const data = sheet(snap, 'Data');
    expect(snap.tables).toEqual([{ name: 'tblData', sheet: 'Data', ref: 'A1:E3' }]);
    expect(data.values[0]).toEqual(['ID', '2027', '2028', 'Sum periode', 'Etter']);
    expect(data.values[1]?.[4]).toBe('x');
    expect(data.formulas?.[1]?.[3]).toBe('=SUM(B2:C2)');
    expect(data.formulas?.[2]?.[3]).toBe('=B3*10');
  });

  it('writes the calculated column definition into the table XML and reads it back', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply(TABLE_EDITS);
    const back = await roundTrip(wb);
    expect(back.calculatedColumns('tblData').get('Sum periode')).toBe('SUM(tblData[[#This Row],[2027]:[2028]])');
  });

  it('resizes a table and gives the new row its calculated formula', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      ...TABLE_EDITS,
      { kind: 'setCells', sheet: 'Data', origin: 'A4', values: [['D-003', 5, 6, null, 'z']] },
      { kind: 'resizeTable', name: 'tblData', ref: 'A1:E4' },
    ]);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.tables[0]?.ref).toBe('A1:E4');
    expect(sheet(snap, 'Data').formulas?.[3]?.[3]).toBe('=SUM(B4:C4)');
  });

  it('deletes an owned table with its cells', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([...TABLE_EDITS, { kind: 'deleteOwnedTable', name: 'tblData' }]);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.tables).toEqual([]);
    expect(sheet(snap, 'Data').values).toEqual([]);
  });

  it('keeps defined names, range and structured alike', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      ...TABLE_EDITS,
      { kind: 'defineName', name: 'lstA', ref: "='Data'!$A$2:$A$3" },
      { kind: 'defineName', name: 'lstB', ref: 'tblData[ID]' },
      { kind: 'defineName', name: 'lstA', ref: "'Data'!$A$2:$A$4" },
    ]);
    const snap = await (await roundTrip(wb)).read();
    expect(snap.names).toEqual([
      { name: 'lstB', ref: 'tblData[ID]' },
      { name: 'lstA', ref: "'Data'!$A$2:$A$4" },
    ]);
  });

  it('writes validation, number formats, styles, widths, freeze and the active cell', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      ...TABLE_EDITS,
      { kind: 'setValidation', sheet: 'Data', range: 'E2:E50', rule: { type: 'list', source: 'Varig,Engangs' } },
      { kind: 'setValidation', sheet: 'Data', range: 'B2:C50', rule: { type: 'wholeNumber', min: 1, max: 9 } },
      { kind: 'setNumberFormat', sheet: 'Data', range: 'B2:C3', format: '# ##0' },
      { kind: 'setStyle', sheet: 'Data', range: 'A1:E1', style: 'header' },
      { kind: 'setStyle', sheet: 'Data', range: 'D2:D3', style: 'computed' },
      { kind: 'setColumnWidth', sheet: 'Data', column: 'D', width: 17 },
      { kind: 'freezeRows', sheet: 'Data', rows: 1 },
      { kind: 'select', sheet: 'Data', cell: 'C3' },
    ]);
    const back = await roundTrip(wb);
    const ws = back.excel.getWorksheet('Data') as ExcelJS.Worksheet;
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model;
    expect(dv.E7).toMatchObject({ type: 'list', formulae: ['"Varig,Engangs"'] });
    expect(dv.C50).toMatchObject({ type: 'whole', formulae: [1, 9] });
    expect(sheet(await back.read(), 'Data').numberFormats?.[1]?.[1]).toBe('# ##0');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(styleFill('header'));
    expect(ws.getCell('D2').font?.italic).toBe(true);
    expect(ws.getColumn(4).width).toBe(17);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(back.activeCell()).toBe('Data!C3');
  });

  it('creates a saved version hidden, and never hides a sheet that exists', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Data' },
      { kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true },
      { kind: 'setCells', sheet: 'Versjon 1', origin: 'A1', values: [['Versjon', 'Vedtatt']] },
      { kind: 'ensureSheet', sheet: 'Data', hidden: true },
    ]);
    const back = await roundTrip(wb);
    expect(back.excel.getWorksheet('Versjon 1')?.state).toBe('hidden');
    expect(back.excel.getWorksheet('Data')?.state).toBe('visible');
    expect(sheet(await back.read(), 'Versjon 1').values[0]).toEqual(['Versjon', 'Vedtatt']);
  });

  it('clears an owned block, keeps the note beside it, and leaves the other sheets alone', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      ...TABLE_EDITS,
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
      { kind: 'setCells', sheet: 'Sammendrag', origin: 'B2', values: [['old', { formula: 'SUM(Data!B:B)' }, 'note']] },
      { kind: 'clearOwnedRange', sheet: 'Sammendrag', range: 'A1:C2' },
      { kind: 'setCells', sheet: 'Sammendrag', origin: 'A1', values: [['new']] },
    ]);
    const snap = await (await roundTrip(wb)).read();
    expect(sheet(snap, 'Sammendrag').values).toEqual([
      ['new', null, null, null],
      [null, null, null, 'note'],
    ]);
    expect(sheet(snap, 'Data').values).toHaveLength(3);
  });
});

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('XlsxWorkbook reading', () => {
  it('keeps every column after a calculated column saved by Excel (exceljs alone drops them)', async () => {
    const bytes = fixture('calculated-column-as-excel.xlsx');
    const rawColumns = await rawExceljsColumnCount(bytes, 'Tiltak drift', 'tblTiltakDrift');
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    const snap = await wb.read();
    const table = snap.tables.find((t) => t.name === 'tblTiltakDrift');
    const headers = sheet(snap, 'Tiltak drift').values[0] ?? [];
    expect(headers).toHaveLength(21);
    expect(parseRange(table?.ref ?? '')?.right).toBe(21);
    expect(headers).toContain('Kommentar');
    expect(rawColumns).toBeLessThan(headers.length);
    expect(wb.calculatedColumns('tblTiltakDrift').get('Sum periode')).toBe(
      'SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])',
    );
    // Written back, the table still has all its columns and its calculated column.
    const again = await roundTrip(wb);
    expect((await again.read()).tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe(table?.ref);
    expect(again.calculatedColumns('tblTiltakDrift').size).toBe(1);
  });

  it('reads errors, formulas with cached results, and merges', async () => {
    const ex = new ExcelJS.Workbook();
    const ws = ex.addWorksheet('S');
    ws.getCell('B2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('C2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('D2').value = { formula: 'B9*0', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('D3').value = { richText: [{ text: 'ri' }, { text: 'ch' }] };
    ws.mergeCells('B4:C4');
    ws.getCell('B4').value = 'merged';
    const snap = await (await XlsxWorkbook.fromBuffer((await ex.xlsx.writeBuffer()) as ArrayBuffer)).read();
    const s = sheet(snap, 'S');
    expect(s.origin).toBe('B2');
    expect(s.values[0]).toEqual([{ error: '#REF!' }, 3, 0]);
    expect(s.formulas?.[0]).toEqual([null, '=SUM(1,2)', '=B9*0']);
    expect(s.values[1]?.[2]).toBe('rich');
    expect(s.merges).toEqual(['B4:C4']);
    // exceljs repeats a merge's value in the cells it covers; the file (and Excel) has them empty.
    expect(s.values[2]).toEqual(['merged', null, null]);
  });

  it.each([
    ['text', 'not-zip', new TextEncoder().encode('just text')],
    ['a zip without workbook', 'not-xlsx', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])],
    [
      'an encrypted file',
      'encrypted',
      new Uint8Array([...OLE2, ...new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0')]),
    ],
    ['an old .xls', 'old-xls', new Uint8Array([...OLE2, 0, 0])],
    ['an empty file', 'empty', new Uint8Array(0)],
    [
      'an encrypted file known by its EncryptionInfo',
      'encrypted',
      new Uint8Array([...OLE2, ...new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0')]),
    ],
    ['a zip cut off halfway', 'corrupt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])],
  ])('refuses %s with reason %s', async (_name, reason, bytes) => {
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toMatchObject({ kind: 'unreadable', reason });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });
});
