/**
 * A text a roll empties with its runs (a word in bold) and writes again goes back with the same runs, spelled in
 * the prefix of the sheet it is written on (richText.ts): on a sheet whose elements carry `x:` (as some programs
 * write), and on a sheet without a prefix (the archive). Expectations written by hand.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { excelPackage, MAIN, worksheet } from '../excelXml';

const PREFIXED =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tiltak</x:t></x:is></x:c></x:row>' +
  '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Ny</x:t></x:r>' +
  '<x:r><x:t xml:space="preserve"> plan</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>';

describe('rich text a roll empties and writes again', () => {
  it('writes the runs in the prefix of each sheet, and names nothing', async () => {
    const bytes = excelPackage({
      sheets: [
        { name: 'P', xml: worksheet('') },
        { name: 'Arkiv', xml: worksheet('') },
      ],
      extraParts: { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(PREFIXED) },
    });
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.apply([
      { kind: 'clearOwnedRange', sheet: 'P', range: 'A1:A2', anchored: true },
      { kind: 'setCells', sheet: 'P', origin: 'A1', values: [['Tiltak'], ['Annen'], ['Ny plan']] },
      { kind: 'setCells', sheet: 'Arkiv', origin: 'A1', values: [['Ny plan']] },
    ]);
    const files = unzipSync(await wb.toBuffer());
    const p = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(p).toContain(
      '<x:c r="A3" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>Ny</x:t></x:r>' +
        '<x:r><x:t xml:space="preserve"> plan</x:t></x:r></x:is></x:c>',
    );
    expect(p).toContain('<x:c r="A2" t="inlineStr"><x:is><x:t>Annen</x:t></x:is></x:c>');
    const arkiv = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(arkiv).toContain(
      '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Ny</t></r><r><t xml:space="preserve"> plan</t></r></is></c>',
    );
    expect(wb.droppedExtras()).toEqual([]);
  });

  it('names a text with runs that the batch does not write again', async () => {
    const bytes = excelPackage({
      sheets: [{ name: 'P', xml: worksheet('') }],
      extraParts: { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(PREFIXED) },
    });
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    await wb.apply([
      { kind: 'clearOwnedRange', sheet: 'P', range: 'A1:A2', anchored: true },
      { kind: 'setCells', sheet: 'P', origin: 'A1', values: [['Tiltak']] },
    ]);
    expect(wb.droppedExtras()).toEqual([{ sheet: 'P', extra: 'richText' }]);
  });
});
