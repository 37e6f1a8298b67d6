/**
 * A plain `check --write` knows a row the consolidation wrote on the plan's Avstemming by its «Celle økonomiplan»
 * (docs/spec.md §15 as built): the file as the consolidation was given it, whatever its name ends with, then a cell
 * on a sheet or, alone, the economy plan table's sheet. A note she typed there after the file is hers.
 *
 * `new plan.xlsx --example`, `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr) saved as «okonomiplan»
 * (no extension), its D-003 line (row 6) given the Ref D-099 and the Plan «Boligsosial handlingsplan». By hand (as
 * plainCheckConsolidationRows.test.ts): the consolidation writes «Tiltak mangler i økonomiplanen» D-003 at
 * «okonomiplan: Økonomiplan» and «Økonomiplanlinje uten tiltak» D-099 at «okonomiplan: Økonomiplan!C6»; the plan's
 * own sheet has D-003's line and no D-099, so a plain check makes neither: both rows kept, told they are the
 * consolidation's against «okonomiplan». D-099's cell retyped «okonomiplan: se e-post»: her note, an item gone.
 */
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';
import { avstemmingRows } from '../helpers/avstemming';

const PLAIN = ['check', 'plan.xlsx', '--write', '--in-place'];

async function consolidated(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, 'op.xlsx'));
  const lines = wb.getWorksheet('Økonomiplan')!;
  expect(lines.getCell('C6').value).toBe('D-003');
  lines.getCell('C6').value = 'D-099';
  lines.getCell('K6').value = 'Boligsosial handlingsplan';
  await wb.xlsx.writeFile(path.join(io.cwd, 'op.xlsx'));
  copyFileSync(path.join(io.cwd, 'op.xlsx'), path.join(io.cwd, 'okonomiplan'));
  rmSync(path.join(io.cwd, 'op.xlsx'));
  await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan', '--write', '--in-place'], testIo({ cwd: io.cwd }));
  const file = path.join(io.cwd, 'plan.xlsx');
  const made = await avstemmingRows(file);
  expect(made.row('D-003')('Celle økonomiplan').value).toBe('okonomiplan: Økonomiplan');
  expect(made.row('D-099')('Celle økonomiplan').value).toBe('okonomiplan: Økonomiplan!C6');
  made.row('D-003')('Status').value = 'Akseptert';
  made.row('D-099')('Status').value = 'Akseptert';
  await made.wb.xlsx.writeFile(file);
  return io.cwd;
}

const FROM = /^Ikke avstemt i denne kjøringen: raden er fra sammenstillingen mot filen «okonomiplan», /;
const GONE = /^Ikke avstemt i denne kjøringen: ingen post har lenger/;

test('an economy plan file named without an extension: both rows kept as the consolidation’s', async () => {
  const cwd = await consolidated();
  await main(PLAIN, testIo({ cwd }));
  const own = await avstemmingRows(path.join(cwd, 'plan.xlsx'));
  for (const ref of ['D-003', 'D-099']) {
    expect(own.row(ref)('Status').value).toBe('Akseptert');
    expect(String(own.row(ref)('Forklaring').value)).toMatch(FROM);
  }
});

test('«okonomiplan: se e-post» typed in «Celle økonomiplan» is her note: the row is an item gone', async () => {
  const cwd = await consolidated();
  const file = path.join(cwd, 'plan.xlsx');
  const made = await avstemmingRows(file);
  made.row('D-099')('Celle økonomiplan').value = 'okonomiplan: se e-post';
  await made.wb.xlsx.writeFile(file);
  await main(PLAIN, testIo({ cwd }));
  const own = await avstemmingRows(file);
  expect(String(own.row('D-099')('Forklaring').value)).toMatch(GONE);
  expect(String(own.row('D-003')('Forklaring').value)).toMatch(FROM);
});
