/** What the adapter refuses to read: damaged or foreign files, DOCTYPEs, and more cells than a read takes. */
import { UnreadableWorkbookError, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { readSheetCells } from '../../../src/workbook/xlsx/read/sheetCells';
import { unreadableText } from '../../../src/i18n/unreadable';
import { excelPackage, worksheet } from './excelXml';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('refusals', () => {
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
    ['a zip cut off halfway', 'corrupt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])],
  ])('refuses %s with reason %s', async (_name, reason, bytes) => {
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toMatchObject({ kind: 'unreadable', reason });
    await expect(XlsxWorkbook.fromBuffer(bytes)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });

  it('refuses XML with a DOCTYPE (entity declarations) as not allowed, before parsing it', async () => {
    const bomb = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>';
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>').replace(
      '?>\n',
      `?>\n${bomb}`,
    );
    const wb = await XlsxWorkbook.fromBuffer(excelPackage({ sheets: [{ name: 'S', xml }] }));
    await expect(wb.read()).rejects.toMatchObject({ reason: 'not-allowed' });
  });

  it('refuses a workbook.xml with a DOCTYPE when it is opened', async () => {
    const bytes = excelPackage({ sheets: [{ name: 'S', xml: worksheet('') }] });
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    files['xl/workbook.xml'] = strToU8(
      strFromU8(files['xl/workbook.xml'] ?? new Uint8Array()).replace('?>\n', '?>\n<!DOCTYPE workbook>'),
    );
    await expect(XlsxWorkbook.fromBuffer(zipSync(files))).rejects.toMatchObject({ reason: 'not-allowed' });
  });

  it('stops reading past the cell budget with a reason that says so', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      '',
    );
    const ctx = { sharedStrings: [], isDate: () => false, date1904: false };
    expect(() => readSheetCells('s.xml', worksheet(rows), ctx, { left: 4, limit: 4 })).toThrow(
      expect.objectContaining({ reason: 'too-many-cells' }),
    );
    expect(readSheetCells('s.xml', worksheet(rows), ctx, { left: 5, limit: 5 }).rows.size).toBe(5);
  });

  // Apache POI's clusterfuzz-…-5937385319563264.xlsx has <row r="231999999999940"> on a sheet: a full read made
  // a block down to that row and ran out of memory. Excel's sheet ends at row 1 048 576 and column 16 384 (XFD).
  it.each([
    ['a row past 1 048 576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', 'A1048577'],
    ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', 'XFE1'],
    ['a cell without r past XFD', `<row r="2"><c r="XFD2"><v>1</v></c><c><v>2</v></c></row>`, 'XFE2'],
  ])('refuses %s as damaged, naming the sheet and the cell', async (_what, rows, cell) => {
    const bytes = excelPackage({ sheets: [{ name: 'Data', xml: worksheet(rows) }] });
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await expect(wb.read()).rejects.toMatchObject({ reason: 'corrupt', sheet: 'Data', cell });
  });

  it('says which sheet and cell stand outside the sheet, in each language', () => {
    const u = { reason: 'corrupt', sheet: 'Data', cell: 'A1048577' } as const;
    for (const lang of ['nb', 'nn', 'en'] as const) {
      // Bokmål and nynorsk quote with «», English with "" (docs/architecture.md, the catalogues test).
      expect(unreadableText(u, lang)).toContain(lang === 'en' ? '"Data"' : '«Data»');
      expect(unreadableText(u, lang)).toContain('A1048577');
    }
    expect(unreadableText(u, 'nb')).toMatch(/skadet/);
  });
});
