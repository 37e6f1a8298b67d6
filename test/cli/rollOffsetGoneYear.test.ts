/**
 * `tiltaksplan roll` of a formula whose OFFSET counts from a structured reference to the year that leaves:
 * `SUM(OFFSET(tblTiltakDrift[[#Headers],[2027]],1,0,11,1))` (Diagram!B30). Where OFFSET counts from is no cell it
 * reads, but the reference itself breaks: after the roll tblTiltakDrift has no column 2027, so Excel finds no column
 * and the formula shows #REF! whatever it counted from. docs/spec.md §11 names each formula with a structured
 * reference to the year that left; the roll now only lists it as not checked, because offsetAnchors' `rest` (the
 * formula without OFFSET's first argument) is what staleReferences hands goneYears too (rollover/userRefs.ts).
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
