/**
 * Her cells inside a block the product empties and writes anew (clearOwnedRange `keep`, review r25): each stays as
 * it stood, value and look (its <c> byte for byte), and the block around it is still written as one block of values
 * the product generates (cellBlock.ts), not cell by cell.
 */
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { SheetDoc } from '../../../../src/workbook/xlsx/write/sheetDoc';
import { sheetPartOf } from '../parts';

const cellXml = (xml: string, ref: string): string | undefined =>
  new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];

async function userSheet(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.empty();
  await wb.apply([
    { kind: 'ensureSheet', sheet: 'X' },
    {
      kind: 'setCells',
      sheet: 'X',
      origin: 'A1',
      values: [
        ['Tittel', null, null],
        ['a', 1, null],
        ['b', 2, null],
      ],
    },
    // Her note in C2, in a look of its own.
    { kind: 'setCells', sheet: 'X', origin: 'C2', values: [['hennes notat']] },
    { kind: 'setStyle', sheet: 'X', range: 'C2', style: 'bad' },
  ]);
  // Saved and opened again: the sheet is the user's file now, not one made in this session.
  return wb.toBuffer();
}

it('keeps her cell C2 as it stood and writes the block A1:C3 around it whole', async () => {
  const before = await userSheet();
  const hers = cellXml(sheetPartOf(before, 'X'), 'C2');
  expect(hers).toMatch(/ s="\d+"/);
  const wb = await XlsxWorkbook.fromBuffer(before);
  const added = jest.spyOn(SheetDoc.prototype, 'addBlock');
  await wb.apply([
    { kind: 'clearOwnedRange', sheet: 'X', range: 'A1:C3', keep: ['C2'] },
    {
      kind: 'setCells',
      sheet: 'X',
      origin: 'A1',
      values: [
        ['Ny', null, null],
        ['c', 3, 'hennes notat'],
        ['d', 4, null],
      ],
    },
  ]);
  expect(added.mock.results.map((r) => r.value)).toEqual([true]);
  added.mockRestore();
  const after = sheetPartOf(await wb.toBuffer(), 'X');
  expect(cellXml(after, 'C2')).toBe(hers);
  expect([cellXml(after, 'A1'), cellXml(after, 'B3')]).toEqual([
    '<c r="A1" t="inlineStr"><is><t>Ny</t></is></c>',
    '<c r="B3"><v>4</v></c>',
  ]);
});

it('keeps her cell as it stood where the block is written cell by cell (a row of hers with a height)', async () => {
  const before = await userSheet();
  const hers = cellXml(sheetPartOf(before, 'X'), 'C2');
  const tall = sheetPartOf(before, 'X').replace('<row r="2"', '<row r="2" ht="30" customHeight="1"');
  const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
  const files = unzipSync(before);
  const name = Object.keys(files).find((n) => strFromU8(files[n] ?? new Uint8Array()) === sheetPartOf(before, 'X'));
  files[name ?? ''] = strToU8(tall);
  const wb = await XlsxWorkbook.fromBuffer(zipSync(files));
  await wb.apply([
    { kind: 'clearOwnedRange', sheet: 'X', range: 'A1:C3', keep: ['C2'] },
    {
      kind: 'setCells',
      sheet: 'X',
      origin: 'A1',
      values: [
        ['Ny', null, null],
        ['c', 3, 'hennes notat'],
        ['d', 4, null],
      ],
    },
  ]);
  const after = sheetPartOf(await wb.toBuffer(), 'X');
  expect(cellXml(after, 'C2')).toBe(hers);
  expect(cellXml(after, 'B2')).toBe('<c r="B2"><v>3</v></c>');
});
