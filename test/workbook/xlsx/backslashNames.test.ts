/**
 * A package whose zip entries are named with backslashes (`xl\worksheets\sheet1.xml`) and whose content types
 * part is `[content_types].xml`, as Apache POI's 49609.xlsx (saved by a scientific instrument's software) has
 * them. The zip format asks for forward slashes, but Excel opens such files (reported by the Open XML SDK,
 * ExcelDataReader and calamine issues), and OPC compares part names without regard to case: so they are read.
 * They are never written into: parts the product adds or changes would be named otherwise than the rest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { paneErrorText, toPaneError } from '../../../src/taskpane/errors';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { testIo } from '../../cli/testIo';
import { excelPackage, MAIN, worksheet } from './excelXml';

const POI_49609 = path.join(__dirname, '..', '..', 'fixtures', 'poi', '49609.xlsx');
const PLAN = path.join(__dirname, '..', '..', 'fixtures', 'clean-plan.xlsx');

/** The package with every entry named as 49609.xlsx names them: backslashes, the content types in lower case. */
function asBackslashed(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const renamed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files))
    renamed[name === '[Content_Types].xml' ? '[content_types].xml' : name.split('/').join('\\')] = data;
  return zipSync(renamed);
}

const PLAIN = excelPackage({
  sheets: [
    {
      name: 'Tiltak',
      xml: worksheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>42</v></c></row>',
      ),
    },
  ],
  sharedStrings: `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Navn</t></si><si><t>Skolevei</t></si></sst>`,
});

describe('a package with backslashes in its part names', () => {
  it("is read as Excel reads it: POI 49609.xlsx's first sheet is FAM, and its B1 holds «Cycle»", async () => {
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(POI_49609));
    const snapshot = await wb.read();
    expect(snapshot.sheets.map((s) => s.sheet)).toEqual(['FAM', 'VIC']);
    const fam = snapshot.sheets[0];
    // A1 is an empty styled cell, so the block starts at B1.
    expect(fam?.origin).toBe('B1');
    expect(fam?.values[0]?.[0]).toBe('Cycle');
  });

  it('reads the same cells as the package named the standard way (shared strings found by a name of another case)', async () => {
    const files = unzipSync(asBackslashed(PLAIN));
    // 49609.xlsx's entry is xl\sharedstrings.xml while its relationship names xl/sharedStrings.xml.
    const strings = files['xl\\sharedStrings.xml'];
    if (!strings) throw new Error('no shared strings');
    delete files['xl\\sharedStrings.xml'];
    files['xl\\sharedstrings.xml'] = strings;
    const backslashed = await (await XlsxWorkbook.fromBuffer(zipSync(files))).read();
    expect(backslashed.sheets).toEqual([
      {
        sheet: 'Tiltak',
        origin: 'A1',
        values: [['Navn'], ['Skolevei', 42]],
        formulas: [[], []],
        numberFormats: [[], []],
        merges: [],
      },
    ]);
    expect(backslashed).toEqual(await (await XlsxWorkbook.fromBuffer(PLAIN)).read());
  });

  it('is never written into: the adapter refuses with its own kind, which the pane words', async () => {
    const wb = await XlsxWorkbook.fromBuffer(asBackslashed(PLAIN));
    const refusal = await wb.apply([{ kind: 'ensureSheet', sheet: 'Notater' }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ kind: 'backslash-names' });
    expect(paneErrorText('nb', toPaneError(refusal))).toContain('omvendte skråstreker');
  });

  it.each([
    ['nb', 'data.xlsx: Ingenting er skrevet: arbeidsboken er laget av et annet program enn Excel'],
    ['nn', 'data.xlsx: Ingenting er skrive: arbeidsboka er laga av eit anna program enn Excel'],
    ['en', 'data.xlsx: Nothing was written: the workbook was made by another program than Excel'],
  ])('check --write in %s: exit 2, said why, nothing written', async (lang, line) => {
    const io = testIo();
    const file = path.join(io.cwd, 'data.xlsx');
    // A plan (the clean one, which check --write writes Sammendrag and Avstemming into) named the 49609 way.
    const before = asBackslashed(readFileSync(PLAN));
    writeFileSync(file, before);
    expect(await main(['check', 'data.xlsx', '--write', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(line);
    expect(io.files()).toEqual(['data.xlsx']);
    expect(new Uint8Array(readFileSync(file))).toEqual(before);
  });
});
