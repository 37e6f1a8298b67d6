/**
 * Review r29 (medium, file path): in a plan whose Sammendrag carries omrSammendrag (A1:L66 in the example), a cell of
 * hers in the named rectangle but outside every block of the product's — L13, beside «Alle seksjoner» of Drift per
 * seksjon (A13:K13) — loses what she put there without a word when it holds no value: a fill she gave the empty cell
 * (style s="6", the example's title style) and a list validation («Ja,Nei») on L14 are gone after check --write.
 * The same two things in P13/P14, outside the rectangle, stay. Her note «Ja» in L11, kept, loses its «Ja,Nei»
 * drop-down the same way.
 *
 * Why wrong: SPEC §11 — every other part of the file stays as the user left it; docs/spec.md (as built, Sammendrag's
 * notes) — a note of hers in the rectangle «stays where she typed it with its value, formula and look», or the run is
 * refused naming the cell. summaryNotes.ts keeps only occupied cells (an empty cell with her look is neither kept nor
 * named: isOccupied), and the clear of the rectangle drops the validations in it.
 *
 * By hand: before, L13 is `<c r="L13" s="6"/>` and the sheet has a dataValidation with sqref L14; after check --write
 * the output's Sammendrag must still have L13 with s="6" and a validation on L14 (or the run refuses, naming L13/L14).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** Sammendrag's XML with an empty cell of style 6 in L13 and P13, and a list validation on L14 and P14. */
function withLook(xml: string): string {
  const styled = xml.replace(/(<row r="13"[^>]*>)(.*?)<\/row>/, (_m, open: string, body: string) => {
    return `${open}${body}<c r="L13" s="6"/><c r="P13" s="6"/></row>`;
  });
  const noted = styled.replace(
    /(<row r="11"[^>]*>)(.*?)<\/row>/,
    (_m, open: string, body: string) => `${open}${body}<c r="L11" t="inlineStr"><is><t>Ja</t></is></c></row>`,
  );
  const dv =
    '<dataValidations count="3">' +
    '<dataValidation type="list" allowBlank="1" sqref="L11"><formula1>"Ja,Nei"</formula1></dataValidation>' +
    '<dataValidation type="list" allowBlank="1" sqref="L14"><formula1>"Ja,Nei"</formula1></dataValidation>' +
    '<dataValidation type="list" allowBlank="1" sqref="P14"><formula1>"Ja,Nei"</formula1></dataValidation>' +
    '</dataValidations>';
  return noted.replace(/<dimension ref="[^"]*"\/>/, '').replace('<pageMargins', `${dv}<pageMargins`);
}

async function written(): Promise<{ xml: string; said: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  expect(pkg.text('xl/workbook.xml')).toContain('Sammendrag!$A$1:$L$66');
  pkg.edit(pkg.sheetPart('Sammendrag'), withLook);
  expect(pkg.text(pkg.sheetPart('Sammendrag'))).toContain('<c r="L13" s="6"/>');
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run);
  const out = path.join(io.cwd, 'ut.xlsx');
  if (!existsSync(out)) return { xml: '', said: run.out() + run.err() };
  const outPkg = new FixturePkg(new Uint8Array(readFileSync(out)));
  return { xml: outPkg.text(outPkg.sheetPart('Sammendrag')), said: '' };
}

test('outside the named rectangle (control): P13 keeps its look and P14 its validation', async () => {
  const { xml } = await written();
  expect([/<c r="P13" s="6"\s*\/>/.test(xml), /sqref="P14"/.test(xml)]).toEqual([true, true]);
});

test('inside the named rectangle: her look on the empty L13 stays (or the run names L13)', async () => {
  const { xml, said } = await written();
  if (said !== '') expect(said).toContain('Sammendrag!L13');
  else expect(xml).toMatch(/<c r="L13" s="6"\s*\/>/);
});

test('inside the named rectangle: her validation on L14 stays (or the run names L14)', async () => {
  const { xml, said } = await written();
  if (said !== '') expect(said).toContain('Sammendrag!L14');
  else expect(xml).toMatch(/sqref="L14"/);
});

test('inside the named rectangle: her kept note «Ja» in L11 keeps its drop-down', async () => {
  const { xml, said } = await written();
  expect(said).toBe('');
  expect([/<c r="L11"[^>]*><is><t>Ja<\/t>/.test(xml), /sqref="[^"]*\bL11\b/.test(xml)]).toEqual([true, true]);
});
