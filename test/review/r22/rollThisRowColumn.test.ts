/**
 * Review r22 (low, roll): a calculated column the user added to tblTiltakDrift whose formula reads only its own row
 * («Snitt per år» = [@[Sum periode]]/4) comes out of a roll as constants, and the table forgets it is calculated.
 *
 * What she did: the example (tblTiltakDrift A1:U12); she typed «Snitt per år» in V1 (Excel grew the table to A1:V12)
 * and =[@[Sum periode]]/4 in V2, which Excel filled down as a calculated column (the table column keeps
 * calculatedColumnFormula; each cell holds tblTiltakDrift[[#This Row],[Sum periode]]/4). `roll plan.xlsx --out
 * rullert.xlsx`. The roll says for each cell «formelen =[@[Sum periode]]/4 i en kolonne du har lagt til, er tatt med
 * som verdien den viste … (i den nye tabellen ville referansene pekt et annet sted)» and writes 1500, 75 … as numbers:
 * a Sum periode that changes later no longer changes V, and a measure added later gets no V.
 *
 * Why wrong: SPEC §0 (the workbook stays useful with live formulas) and §11 (nothing of hers changed but what the
 * product owns). The reason given is not true of this formula: a this-row reference to a column the rolled table
 * still has (Sum periode) reads the same row of the new table — it points nowhere else. sheets/userColumns.ts carries
 * every formula of a user's column as its value.
 *
 * By hand: the rolled table keeps the user's column after the product's (V, «Snitt per år»); D-001 stays in row 2;
 * its V2 holds the same formula as before the roll, and the table column keeps its calculatedColumnFormula.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';
import { addCalculatedColumn } from '../../helpers/calculatedColumn';

const FORMULA = 'tblTiltakDrift[[#This Row],[Sum periode]]/4';

test('roll keeps a this-row calculated column of hers as a formula', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  addCalculatedColumn(pkg, 'Snitt per år', FORMULA);
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  const out = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
  const sheet = out.text(out.sheetPart('Tiltak drift'));
  expect(/<c r="A2"[^>]*><is><t>D-001<\/t>/.test(sheet)).toBe(true);
  expect(/<c r="V1"[^>]*><is><t>Snitt per år<\/t>/.test(sheet)).toBe(true);
  expect(/<c r="V2"[^>]*><f>([^<]*)<\/f>/.exec(sheet)?.[1]).toBe(FORMULA);
  const parts = unzipSync(readFileSync(path.join(io.cwd, 'rullert.xlsx')));
  const rolled = Object.entries(parts).find(
    ([n, b]) => n.startsWith('xl/tables/') && strFromU8(b).includes('name="tblTiltakDrift"'),
  );
  expect(strFromU8(rolled?.[1] ?? new Uint8Array())).toContain(
    `name="Snitt per år"><calculatedColumnFormula>${FORMULA}</calculatedColumnFormula>`,
  );
});
