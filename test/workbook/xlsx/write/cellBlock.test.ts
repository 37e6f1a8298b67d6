/**
 * A block of cells written where the product generates the sheet anew is kept as values and made into XML
 * when the part is written (src/workbook/xlsx/write/cellBlock.ts). It must write what writing the cells one
 * by one writes: the same edits applied to a sheet the product made in this session (block) and to the same
 * sheet after a save (one by one, as on a user's sheet) give the same cells.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { parseA1, parseRange } from '../../../../src/domain';
import type { CellInput, CellStyle, Edit } from '../../../../src/domain/model/edits';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { SheetDoc } from '../../../../src/workbook/xlsx/write/sheetDoc';
import { partOf, sheetPartOf } from '../parts';

/** Each <c> of a sheet part: its attributes (any order) and content, by address. */
function cellsOf(xml: string): Map<string, { attrs: Record<string, string>; content: string }> {
  const out = new Map<string, { attrs: Record<string, string>; content: string }>();
  for (const m of xml.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    out.set(attrs.r ?? '', { attrs, content: m[2] ?? '' });
  }
  return out;
}

const rowsOf = (xml: string): string[] => [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);
const dimensionOf = (xml: string): string => {
  const ref = /<dimension ref="([^"]+)"/.exec(xml)?.[1] ?? '';
  return ref.includes(':') ? ref : `${ref}:${ref}`;
};
const within = (at: { row: number; col: number }, b: { top: number; left: number; bottom: number; right: number }) =>
  at.row >= b.top && at.row <= b.bottom && at.col >= b.left && at.col <= b.right;

/**
 * A workbook whose sheet X gives columns A–C a number format in <cols> (as a user's sheet may), or none: its
 * empty cells take that style, so a block must say which of them it writes.
 */
async function baseWorkbook(styledColumns: boolean): Promise<Uint8Array> {
  const wb = XlsxWorkbook.empty();
  await wb.apply([
    { kind: 'ensureSheet', sheet: 'X' },
    { kind: 'ensureSheet', sheet: 'Y' },
    { kind: 'setNumberFormat', sheet: 'Y', range: 'A1', format: '0.00' },
  ]);
  const bytes = await wb.toBuffer();
  if (!styledColumns) return bytes;
  const style = /<c r="A1" s="(\d+)"/.exec(sheetPartOf(bytes, 'Y'))?.[1];
  const files = unzipSync(bytes);
  const x = sheetPartOf(bytes, 'X');
  const name = Object.keys(files).find((n) => strFromU8(files[n] ?? new Uint8Array()) === x) ?? '';
  const cols = `<cols><col min="1" max="3" width="9" style="${style}" customWidth="1"/></cols><sheetData`;
  files[name] = strToU8(x.replace('<sheetData', cols));
  return zipSync(files);
}

/**
 * The sheet and styles after `edits`: on X cleared first (the product generates it anew: a block), or as a
 * sheet of the user's file (cells written one by one).
 */
async function written(
  edits: readonly Edit[],
  asUsers: boolean,
  styledColumns: boolean,
): Promise<{ sheet: string; styles: string }> {
  const wb = await XlsxWorkbook.fromBuffer(await baseWorkbook(styledColumns));
  const clear: Edit[] = [{ kind: 'clearOwnedRange', sheet: 'X', range: 'A1:J20' }];
  await wb.apply(asUsers ? edits : [...clear, ...edits]);
  const bytes = await wb.toBuffer();
  return { sheet: sheetPartOf(bytes, 'X'), styles: partOf(bytes, 'xl/styles.xml') };
}

async function expectSameCells(edits: readonly Edit[], styledColumns: boolean): Promise<void> {
  const block = await written(edits, false, styledColumns);
  const oneByOne = await written(edits, true, styledColumns);
  expect(cellsOf(block.sheet)).toEqual(cellsOf(oneByOne.sheet));
  expect(rowsOf(block.sheet)).toEqual(rowsOf(oneByOne.sheet));
  // One by one, an empty cell written into a row notes its column in the dimension; a block notes the cells
  // it writes. Either covers every cell.
  const [inBlock, inOneByOne] = [parseRange(dimensionOf(block.sheet)), parseRange(dimensionOf(oneByOne.sheet))];
  for (const ref of cellsOf(block.sheet).keys()) {
    const at = parseA1(ref);
    expect(at && inBlock && within(at, inBlock) && inOneByOne && within(at, inOneByOne)).toBe(true);
  }
  if (inBlock && inOneByOne) expect([inBlock.top, inBlock.left]).toEqual([inOneByOne.top, inOneByOne.left]);
  expect(block.styles).toBe(oneByOne.styles);
}

const input: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom('Åpen', 'Merknad', ' ledende', 'A & B <c>', 'linje\nto', 'kode_x0041_', 'styr\u0001'),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom<CellInput>(
    { formula: `HYPERLINK("#'Tiltak drift'!H2","Tiltak drift!H2")`, value: 'Tiltak drift!H2' },
    { formula: '=SUM(A1:A3)', value: 6 },
    { formula: '=A1*2' },
  ),
);

const STYLES: readonly CellStyle[] = ['header', 'computed', 'input', 'note'];

describe('a block of cells written where the product generates the sheet', () => {
  it('writes what writing its cells one by one writes: rows of any length, styled columns, restyled or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(input, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({
            style: fc.boolean(),
            look: fc.constantFrom(...STYLES),
            general: fc.boolean(),
            whole: fc.boolean(),
            col: fc.nat(5),
            width: fc.nat(2),
            rowShift: fc.nat(2),
          }),
          { maxLength: 3 },
        ),
        async (styledColumns, top, left, values, looks) => {
          const bottom = top + values.length - 1;
          const edits: Edit[] = [{ kind: 'setCells', sheet: 'X', origin: `${'ABCD'[left - 1]}${top}`, values }];
          for (const l of looks) {
            const c1 = left + l.col;
            const range = (a: number, b: number) =>
              `${String.fromCharCode(64 + c1)}${a}:${String.fromCharCode(64 + c1 + l.width)}${b}`;
            const rows = l.whole ? range(top, bottom) : range(top + l.rowShift, bottom + 1);
            edits.push(
              l.style
                ? { kind: 'setStyle', sheet: 'X', range: rows, style: l.look }
                : { kind: 'setNumberFormat', sheet: 'X', range: rows, format: l.general ? 'General' : '# ##0' },
            );
          }
          await expectSameCells(edits, styledColumns);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('becomes ordinary rows when a cell is written beside it in its rows, and keeps both', async () => {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'X' },
      { kind: 'setCells', sheet: 'X', origin: 'A1', values: [['Alvor', 'Kode']] },
      {
        kind: 'setCells',
        sheet: 'X',
        origin: 'A2',
        values: [
          ['Feil', 'kode-a'],
          ['Info', 'kode-b'],
        ],
      },
      { kind: 'setCells', sheet: 'X', origin: 'D3', values: [['notat']] },
      { kind: 'setNumberFormat', sheet: 'X', range: 'B2:B3', format: '0' },
    ]);
    const snap = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read();
    expect(snap.sheets.find((s) => s.sheet === 'X')?.values).toEqual([
      ['Alvor', 'Kode'],
      ['Feil', 'kode-a'],
      ['Info', 'kode-b', null, 'notat'],
    ]);
  });

  it('is kept on a second run too: the table deleted before the area is cleared no longer holds it', async () => {
    const table: Edit[] = [
      { kind: 'setCells', sheet: 'X', origin: 'A1', values: [['H1', 'H2']] },
      {
        kind: 'setCells',
        sheet: 'X',
        origin: 'A2',
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      { kind: 'createTable', sheet: 'X', name: 'tblT', ref: 'A1:B3' },
    ];
    const first = XlsxWorkbook.empty();
    await first.apply([{ kind: 'ensureSheet', sheet: 'X' }, ...table]);
    const second = await XlsxWorkbook.fromBuffer(await first.toBuffer());
    const kept = jest.spyOn(SheetDoc.prototype, 'addBlock');
    try {
      await second.apply([
        { kind: 'deleteOwnedTable', name: 'tblT' },
        { kind: 'clearOwnedRange', sheet: 'X', range: 'A1:B3' },
        ...table,
      ]);
      expect(kept.mock.results.map((r) => r.value)).toEqual([true, true]);
    } finally {
      kept.mockRestore();
    }
    const snap = await (await XlsxWorkbook.fromBuffer(await second.toBuffer())).read();
    expect(snap.tables).toEqual([{ name: 'tblT', sheet: 'X', ref: 'A1:B3' }]);
    expect(snap.sheets.find((x) => x.sheet === 'X')?.values).toEqual([
      ['H1', 'H2'],
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('takes a block longer than a call can spread (140 000 rows)', async () => {
    const values = Array.from({ length: 140000 }, (_, i) => [i + 1]);
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'X' },
      { kind: 'setCells', sheet: 'X', origin: 'A1', values },
    ]);
    const xml = sheetPartOf(await wb.toBuffer(), 'X');
    expect(xml).toContain('<row r="140000"><c r="A140000"><v>140000</v></c></row></sheetData>');
    expect(dimensionOf(xml)).toBe('A1:A140000');
  });
});
