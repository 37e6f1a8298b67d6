/**
 * Her notes beside Sammendrag in a plan Excel saved (test/fixtures/as-excel: no omrSammendrag, one-column titles, the
 * not-costed block under an older title) stay where she typed them after check --write (review r25), and the run
 * still writes Sammendrag as the product's own block: Excel is not asked to recalculate on open (the regression that
 * reverted the first attempt, test/cli/avstemmingStatusRecalc.test.ts). That Sammendrag is older than the head's
 * Plannavn row (review r27): a note of hers where the longer block now writes is not overwritten, the run is refused
 * naming it; and one beside a row of the older block, which moves one row down, is refused too, naming it and the
 * cell beside the same row after the run (the owner's decision on review r29).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

/** `xml` with an inline string `text` in `ref` of row `row` (appended to the row, or a row of its own). */
function withNote(xml: string, ref: string, row: number, text: string): string {
  const cell = `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rowRe = new RegExp(`(<row r="${row}"[^>]*>)(.*?)</row>`);
  if (rowRe.test(xml)) return xml.replace(rowRe, (_m, open: string, body: string) => `${open}${body}${cell}</row>`);
  return xml.replace(`<row r="${row + 1}"`, `<row r="${row}">${cell}</row><row r="${row + 1}"`);
}

it('keeps «Merk» in B7, in the row the older block left empty, without a recalculation', async () => {
  // The file's Sammendrag is older than the head's Plannavn row (review r27): head A1:B6, row 7 empty, Drift per
  // seksjon from A8 (A10:K10 its first section). The new block is one row longer at the top: B7 is a cell it does not
  // write (beside the note A7) in a row that held none of the product's, so it stays where she typed it.
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  expect(pkg.text('xl/workbook.xml')).not.toContain('omrSammendrag');
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) => withNote(x, 'B7', 7, 'Merk'));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(1);
  const bytes = readFileSync(path.join(io.cwd, 'ut.xlsx'));
  const out = new FixturePkg(new Uint8Array(bytes));
  expect(out.text('xl/workbook.xml')).not.toContain('fullCalcOnLoad');
  const sheet = (await (await XlsxWorkbook.fromBuffer(bytes)).read()).sheets.find((s) => s.sheet === 'Sammendrag');
  expect([sheet?.values[6]?.[1], sheet?.values[1]?.[0], sheet?.values[8]?.[0]]).toEqual([
    'Merk',
    'Plannavn',
    'Drift per seksjon',
  ]);
  // The new caption beside a values block's title (B21 in the file Excel saved had none, B22 now) is written.
  expect(sheet?.values[21]?.[1]).toMatch(/^Verdier fra siste kontroll/);
});

it('refuses, naming Sammendrag!A7, her note in the row the older Sammendrag left empty, where the head now writes', async () => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) => withNote(x, 'A7', 7, 'Merk'));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(2);
  expect(existsSync(path.join(io.cwd, 'ut.xlsx'))).toBe(false);
  expect(io.out() + io.err()).toContain('Sammendrag!A7');
});

it('refuses, naming Sammendrag!L10 and L11, her note beside the first section row, which moves one row down', async () => {
  // L10 beside A10:K10 would stand beside the header row after the run (A11:K11 is that section then).
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) => withNote(x, 'L10', 10, 'sjekk'));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(2);
  expect(existsSync(path.join(io.cwd, 'ut.xlsx'))).toBe(false);
  expect(io.out() + io.err()).toContain(
    'plan.xlsx: Ingenting er skrevet. Sammendrag får en ny rad øverst (Plannavn), så radene under flyttes én rad ned. ' +
      'Merknaden din i Sammendrag!L10 ville da stå ved en annen rad. Sett inn en tom rad over rad 2 i Sammendrag, ' +
      'så følger merknaden raden sin (til L11), og kjør igjen.',
  );
});
