/**
 * `tiltaksplan roll` of a formula whose OFFSET counts from a structured reference to the year that leaves:
 * `SUM(OFFSET(tblTiltakDrift[[#Headers],[2027]],1,0,11,1))` (Diagram!B30). Where OFFSET counts from is no cell it
 * reads, but the reference itself breaks: after the roll tblTiltakDrift has no column 2027, so Excel finds no column
 * and the formula shows #REF! whatever it counted from. docs/spec.md §11 names each formula with a structured
 * reference to the year that left; the roll only listed it as not checked while staleReferences handed goneYears
 * offsetAnchors' `rest` (the formula without OFFSET's first argument), and then listed it twice, named and as not
 * checked. It is named once (spec: listed once): the roll can tell it breaks. A formula whose OFFSET counts from a
 * year that stays (tblTiltakDrift[2028]), or from a name, is still listed as not checked.
 * On the "as Excel saves it" plan (start 2027), rolled on 2027-01-15: 2027 leaves tblTiltakDrift (H…K: 2028…2031).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

it('names a formula whose OFFSET counts from the year that left: the reference finds no column', async () => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const formula = 'SUM(OFFSET(tblTiltakDrift[[#Headers],[2027]],1,0,11,1))';
  const row = `<row r="30"><c r="B30"><f>${formula}</f><v>0</v></c></row>`;
  pkg.edit(pkg.sheetPart('Diagram'), (x) => x.replace('<sheetData/>', `<sheetData>${row}</sheetData>`));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  const gone = cliText('rollGoneYear', 'nb', {
    where: 'Diagram!B30',
    ref: 'tblTiltakDrift[[#Headers],[2027]]',
    year: '2027',
  });
  expect(io.out().split('\n')).toContain(gone);
});

it('names it once, as reading the year that left, not also as not checked (the brief spelling tblTiltakDrift[2027] too)', async () => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const formulas = [
    'SUM(OFFSET(tblTiltakDrift[[#Headers],[2027]],1,0,11,1))', // B30: gone, named for it
    'SUM(OFFSET(tblTiltakDrift[2027],0,1))', // B31: gone, named for it (2028 beside it before, 2029 after: moot)
    'SUM(OFFSET(tblTiltakDrift[2028],0,1))', // B32: 2028 stays; what it counts to cannot be told: not checked
    'OFFSET(tblTiltakDrift[2027],0,1)+OFFSET(Start,1,1)', // B33: gone, and counts from a name too: both
  ];
  const rows = formulas.map((f, i) => `<row r="${30 + i}"><c r="B${30 + i}"><f>${f}</f><v>0</v></c></row>`);
  pkg.edit(pkg.sheetPart('Diagram'), (x) => x.replace('<sheetData/>', `<sheetData>${rows.join('')}</sheetData>`));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  const gone = (where: string, ref: string) => cliText('rollGoneYear', 'nb', { where, ref, year: '2027' });
  const lines = io.out().split('\n');
  expect(lines).toEqual(
    expect.arrayContaining([
      gone('Diagram!B30', 'tblTiltakDrift[[#Headers],[2027]]'),
      gone('Diagram!B31', 'tblTiltakDrift[2027]'),
      gone('Diagram!B33', 'tblTiltakDrift[2027]'),
      cliText('rollUnchecked', 'nb', { count: 2, where: 'Diagram!B32; Diagram!B33' }),
    ]),
  );
  expect(lines.filter((l) => l.includes('Diagram!B3'))).toHaveLength(4);
});
