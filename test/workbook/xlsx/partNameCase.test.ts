/**
 * OPC compares part names without regard to ASCII case (ECMA-376 Part 2, part name equivalence). Apache POI's
 * 123233_charts.xlsx names its sheets xl/worksheets/Sheet1.xml … Sheet5.xml, and Sheet1's relationships
 * xl/worksheets/_rels/sheet1.xml.rels. A sheet the product added there was written as xl/worksheets/sheet1.xml:
 * the same part name as Sheet1.xml, so the package held two parts of one name (and the new sheet seemed to own
 * Sheet1's relationships).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { excelPackage, worksheet } from './excelXml';

/** Two sheets whose parts are named Sheet1.xml and Sheet2.xml, as 123233_charts.xlsx names them. */
function capitalised(): Uint8Array {
  const files = unzipSync(
    excelPackage({
      sheets: [
        { name: 'Data', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
        { name: 'Mer', xml: worksheet('<row r="1"><c r="A1"><v>2</v></c></row>') },
      ],
    }),
  );
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    const text = /\.(xml|rels)$/.test(name)
      ? strFromU8(data).replace(/worksheets\/sheet(\d)/g, 'worksheets/Sheet$1')
      : null;
    out[name.replace(/worksheets\/sheet(\d)/, 'worksheets/Sheet$1')] = text === null ? data : strToU8(text);
  }
  return zipSync(out);
}

describe('part names that differ from ours only in case', () => {
  it('a sheet added is not given a part name an existing part has in another case', async () => {
    const wb = await XlsxWorkbook.fromBuffer(capitalised());
    await wb.apply([{ kind: 'ensureSheet', sheet: 'Notater' }]);
    const names = Object.keys(unzipSync(await wb.toBuffer()));
    const folded = names.map((n) => n.toLowerCase());
    expect(new Set(folded).size).toBe(names.length);
    // Sheet1.xml and Sheet2.xml are taken (in any case): the third sheet is sheet3.xml.
    expect(names.filter((n) => n.startsWith('xl/worksheets/'))).toEqual([
      'xl/worksheets/Sheet1.xml',
      'xl/worksheets/Sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });
});
