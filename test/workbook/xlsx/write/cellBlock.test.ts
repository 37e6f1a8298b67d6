/**
 * A block of cells written where the product generates the sheet anew is kept as values and made into XML
 * when the part is written (src/workbook/xlsx/write/cellBlock.ts). It must write what writing the cells one
 * by one writes: the same edits applied to a sheet the product made in this session (block) and to the same
 * sheet after a save (one by one, as on a user's sheet) give the same cells.
 */
import fc from 'fast-check';
import { parseA1, parseRange } from '../../../../src/domain';
import type { CellInput, CellStyle, Edit } from '../../../../src/domain/model/edits';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
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

async function written(edits: readonly Edit[], asUsers: boolean): Promise<{ sheet: string; styles: string }> {
  let wb = XlsxWorkbook.empty();
  await wb.apply([{ kind: 'ensureSheet', sheet: 'X' }]);
  // Saved and opened again, X is a sheet of the file: cells written there are written one by one.
  if (asUsers) wb = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  await wb.apply(edits);
  const bytes = await wb.toBuffer();
  return { sheet: sheetPartOf(bytes, 'X'), styles: partOf(bytes, 'xl/styles.xml') };
}

async function expectSameCells(edits: readonly Edit[]): Promise<void> {
  const block = await written(edits, false);
  const oneByOne = await written(edits, true);
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
  it('writes what writing its cells one by one writes, restyled over whole columns or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(input, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({
            style: fc.boolean(),
            look: fc.constantFrom(...STYLES),
            whole: fc.boolean(),
            col: fc.nat(5),
            width: fc.nat(2),
            rowShift: fc.nat(2),
          }),
          { maxLength: 3 },
        ),
        async (top, left, values, looks) => {
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
                : { kind: 'setNumberFormat', sheet: 'X', range: rows, format: '# ##0' },
            );
          }
          await expectSameCells(edits);
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
});
