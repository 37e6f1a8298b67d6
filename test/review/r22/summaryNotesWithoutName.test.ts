/**
 * Review r22 (low, file path): in a plan whose Sammendrag was written before the product recorded its block in the
 * name omrSammendrag (or whose name was deleted in Name Manager), check --write empties every cell of the sheet —
 * the notes she typed beside and below the totals too — without a word.
 *
 * What she did: the example with Sammendrag written (the block A1:L66; A1:L65 before review r27's Plannavn row), the name omrSammendrag gone, and beside the
 * totals a note «Notat til rådmannen» in N5, and under them «Kilde: økonomiavdelingen» in A80. `check plan.xlsx
 * --write --out ut.xlsx`: «Skrev Sammendrag og Avstemming til ut.xlsx.»; N5 and A80 are empty.
 *
 * Why wrong: SPEC §11 — a cell typed by the user next to or below a product block is never overwritten: written
 * around, or refused naming the cell. sheets/summary.ts ownedSummaryArea takes the whole sheet for the product's
 * when the name is missing and A1 reads «Sammendrag» (sheetBounds), so userCellsIn finds nothing of hers to keep.
 *
 * By hand: the product's block is A1:L66 since its head names the plan (review r27; A1:L65 before); N5 lies right
 * of column L and A80 under row 66: both stay as typed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

test('Sammendrag without omrSammendrag: the notes beside and below the totals stay', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  pkg.edit('xl/workbook.xml', (x) => {
    const name = '<definedName name="omrSammendrag">Sammendrag!$A$1:$L$66</definedName>';
    if (!x.includes(name)) throw new Error('no omrSammendrag A1:L66');
    return x.replace(name, '');
  });
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) =>
    x
      .replace(
        /(<row r="5"[^>]*>.*?)<\/row>/,
        '$1<c r="N5" t="inlineStr"><is><t>Notat til rådmannen</t></is></c></row>',
      )
      .replace(
        '</sheetData>',
        '<row r="80"><c r="A80" t="inlineStr"><is><t>Kilde: økonomiavdelingen</t></is></c></row></sheetData>',
      ),
  );
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], testIo({ cwd: io.cwd }))).toBe(1);
  const sheet = (await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(io.cwd, 'ut.xlsx')))).read()).sheets.find(
    (s) => s.sheet === 'Sammendrag',
  );
  expect(sheet?.values[4]?.[13]).toBe('Notat til rådmannen');
  expect(sheet?.values[79]?.[0]).toBe('Kilde: økonomiavdelingen');
});
