/**
 * Review r28, the roll of a plan whose tblTiltakDrift has a calculated column of hers in V (sheets/userCalculated.ts),
 * hand-made from `new plan.xlsx --example --start 2027 --unit "mill kr"` (tblTiltakDrift A1:U12; D-001 in row 2 with
 * 0,6 / 1,2 / 1,8 / 2,4 mill kr in 2027–2030, Varig). After `roll plan.xlsx --out rullert.xlsx` D-001 is on row 2
 * with 1,2 / 1,8 / 2,4 / 2,4 in 2028–2031.
 *
 * 1. (medium, a wrong figure) «Rest» =[@2029]-[@2028]-0.6: Excel computes 1,8 − 1,2 − 0,6 = 0 (its near-zero rule for
 *    a formula ending in + or −); the rolled file caches 1.11022302462516E-16 in V2, the figure she sees in Protected
 *    View and previews. By hand: V2's value 0.
 * 2. (medium, a damaged workbook) «Felles» =[@2028] [@2029] (Excel's intersection operator is the space): the roll
 *    keeps the formula but drops the space, writing `tblTiltakDrift[[#This Row],[2028]]tblTiltakDrift[[#This
 *    Row],[2029]]`, which is no formula Excel can read (it repairs the file and removes it). ooxml-check does not
 *    parse formulas, so the file passes it. By hand: V2 keeps the space, or the column is carried as values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';
import { addCalculatedColumn } from '../../helpers/calculatedColumn';

const R = (column: string) => `tblTiltakDrift[[#This Row],[${column}]]`;

/** The example (mill kr) with V of tblTiltakDrift calculated by `formula`, rolled: V2 of the rolled sheet. */
async function rolledV2(header: string, formula: string): Promise<{ f?: string; v?: string }> {
  const io = testIo();
  const args = ['new', 'plan.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'];
  expect(await main(args, testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  addCalculatedColumn(pkg, header, formula);
  writeFileSync(file, pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  const book = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
  const sheet = book.text(book.sheetPart('Tiltak drift'));
  expect(sheet).toContain('<c r="H2" s="5"><v>1.2</v></c>'); // D-001's 2028 on row 2
  const xml = /<c r="V2"[^>]*?(?:\/>|>(.*?)<\/c>)/.exec(sheet)?.[1] ?? '';
  const f = /<f>(.*?)<\/f>/.exec(xml)?.[1];
  const v = /<v>(.*?)<\/v>/.exec(xml)?.[1];
  return { ...(f === undefined ? {} : { f }), ...(v === undefined ? {} : { v }) };
}

test('«Rest» =[@2029]-[@2028]-0.6 on D-001 (1,8 − 1,2 − 0,6) is cached as Excel computes it: 0', async () => {
  const v2 = await rolledV2('Rest', `${R('2029')}-${R('2028')}-0.6`);
  expect(v2.f).toBe(`${R('2029')}-${R('2028')}-0.6`);
  expect(Number(v2.v)).toBe(0);
});

test('an intersection (a space between two references) keeps its space, or the column is values', async () => {
  const formula = `${R('2028')} ${R('2029')}`;
  const v2 = await rolledV2('Felles', formula);
  expect(v2.f === undefined || v2.f === formula).toBe(true);
});
