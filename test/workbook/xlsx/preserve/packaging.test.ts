/**
 * Packages Excel opens that name their parts otherwise than Excel writes them (found in Apache POI's test
 * data: 59021.xlsx, bug66675.xlsx and xlsx-jdbc.xlsx point at "/xl/worksheets/sheet1.xml"; other writers
 * capitalise part names or type parts by a Default): `check --write` and an edited measure change only what
 * the product owns, whatever the parts are called. Made from the as-excel fixture, so each differs from it
 * in the one respect it names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { planUpdateMeasure, readPlan } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { diffPackages } from './compare';
import { ownedCellProblems } from './owned';
import { checkEdits, expectPreserved, sheetParts } from './paths';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

type Files = Record<string, Uint8Array>;
const text = (files: Files, name: string): string => strFromU8(files[name] ?? new Uint8Array());

/** The fixture's parts renamed by `rename`, and the text of its relationships and content types by `retext`. */
function variant(rename: (part: string) => string, retext: (xml: string, part: string) => string): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(FIXTURE)));
  const out: Files = {};
  for (const [name, data] of Object.entries(files)) {
    const plumbing = name.endsWith('.rels') || name === '[Content_Types].xml';
    out[rename(name)] = plumbing ? strToU8(retext(text(files, name), name)) : data;
  }
  return zipSync(out);
}

const VARIANTS: [string, () => Uint8Array][] = [
  [
    'absolute targets (/xl/worksheets/sheet1.xml)',
    () =>
      variant(
        (p) => p,
        (xml, part) =>
          part === 'xl/_rels/workbook.xml.rels'
            ? xml.replace(/Target="(worksheets|tables|theme|styles|sharedStrings)([^"]*)"/g, 'Target="/xl/$1$2"')
            : part.startsWith('xl/worksheets/_rels/')
              ? xml.replace(/Target="\.\.\/(tables|drawings|comments)([^"]*)"/g, 'Target="/xl/$1$2"')
              : xml,
      ),
  ],
  [
    'capitalised part names (xl/worksheets/Sheet1.xml, xl/tables/Table1.xml)',
    () =>
      variant(
        (p) =>
          p
            .replace(/^xl\/worksheets\/(_rels\/)?sheet/, 'xl/worksheets/$1Sheet')
            .replace(/^xl\/tables\/table/, 'xl/tables/Table'),
        (xml) => xml.replace(/worksheets\/sheet/g, 'worksheets/Sheet').replace(/tables\/table/g, 'tables/Table'),
      ),
  ],
  [
    'worksheets typed by a Default, not an Override',
    () =>
      variant(
        (p) => p.replace(/^(xl\/worksheets\/(?:_rels\/)?sheet\d+)\.xml/, '$1.wsxml'),
        (xml, part) =>
          part === '[Content_Types].xml'
            ? xml
                .replace(/<Override PartName="\/xl\/worksheets\/[^"]+" ContentType="[^"]+"\/>/g, '')
                .replace(
                  '<Default Extension="xml"',
                  '<Default Extension="wsxml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Default Extension="xml"',
                )
            : xml.replace(/(worksheets\/sheet\d+)\.xml"/g, '$1.wsxml"'),
      ),
  ],
];

describe.each(VARIANTS)('%s', (_name, make) => {
  it('check --write: only Sammendrag, Avstemming and tblAvstemming change', async () => {
    const before = make();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const planned = await checkEdits(before, 'plan.xlsx');
    await wb.apply(planned);
    const after = await wb.toBuffer();
    const diff = diffPackages(before, after);
    const owned = [...sheetParts(after, ['Sammendrag', 'Avstemming']), ...diff.added];
    expectPreserved(before, after, [...owned, ...diff.changed.filter((p) => /^xl\/tables\//i.test(p))], 'plan.xlsx');
    expect(await ownedCellProblems(before, after, ['Sammendrag', 'Avstemming'], planned, true)).toEqual([]);
  });

  it('an edited measure changes only its sheet, and reads back', async () => {
    const before = make();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const snapshot = await wb.read();
    const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
    const edits = planUpdateMeasure(
      plan,
      'D-002',
      { values: { measure: 'Endret tekst' }, years: [1, 2, 3, 4] },
      snapshot,
    );
    expect(edits.length).toBeGreaterThan(0);
    await wb.apply(edits);
    const after = await wb.toBuffer();
    const tables = diffPackages(before, after).changed.filter((p) => /^xl\/tables\//i.test(p));
    expectPreserved(before, after, [...sheetParts(after, ['Tiltak drift']), ...tables], 'plan.xlsx');
    const again = readPlan(await (await XlsxWorkbook.fromBuffer(after)).read(), { defaultStartYear: 2027 }).plan;
    const measure = again.operating.find((m) => m.id === 'D-002');
    expect(measure?.measure).toBe('Endret tekst');
  });
});
