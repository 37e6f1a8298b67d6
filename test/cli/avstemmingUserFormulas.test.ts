/**
 * A formula the user typed in a column she added to tblAvstemming (Q «Saksbehandler»): the next check --write
 * writes the table anew in the items' order, her cells following their item, so the formula goes in as the value
 * it showed — and the command says so, naming the cell and its formula (before: nothing was said, the formula was
 * just gone). Not carried as a formula: `=I2*2` read from row 2 would read another item's Tiltaksplan once the item
 * moves, and a this-row reference names tblAvstemming, which the write removes and makes anew.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const Q = 16;

const avstemming = async (file: string) => {
  const wb = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  const sheet = wb.sheets.find((s) => s.sheet === 'Avstemming');
  return { values: sheet?.values ?? [], formulas: sheet?.formulas ?? [] };
};

/** The plan written once, then «Saksbehandler» added in Q with `=I2*2` (showing 7), or `formula`, in Q2. */
async function withFormula(formula = 'I2*2', value: string | number = 7) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const rows = (await avstemming(file)).values.length;
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'resizeTable', name: 'tblAvstemming', ref: `A1:Q${rows}` },
    {
      kind: 'setCells',
      sheet: 'Avstemming',
      origin: 'Q1',
      values: [['Saksbehandler'], [{ formula, value }]],
    },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q3', values: [['Kari']] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  if (formula === 'I2*2') expect((await avstemming(file)).formulas[1]?.[Q]).toBe('=I2*2');
  return { io, file };
}

it('roll, which writes Avstemming anew on the rolled plan, names the formula in her column Q too', async () => {
  const { io } = await withFormula();
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  expect(roll.out()).toContain('Avstemming!Q2 (=I2*2)');
  // 2027 left the period: its items are gone from Avstemming, so the value 7 is on a kept row below the items.
  const after = await avstemming(path.join(io.cwd, 'rullert.xlsx'));
  expect(after.values.filter((r) => r[Q] === 7)).toHaveLength(1);
  expect(after.formulas.some((r) => (r[Q] ?? null) !== null)).toBe(false);
});

it('check --write names the formula in her column Q that it wrote as the value it showed', async () => {
  const { io, file } = await withFormula();

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(0);
  // One line names the cell and its formula; «Kari» (a value) is no formula and is not named.
  const named = second
    .err()
    .split('\n')
    .filter((l) => l.includes('Avstemming!Q'));
  expect(named).toHaveLength(1);
  expect(named[0]).toContain('Avstemming!Q2 (=I2*2)');
  expect(named[0]).not.toContain('Q3');
  // The same items in the same order: row 2 keeps its item, with 7, the value the formula showed, and no formula.
  const after = await avstemming(file);
  expect([after.values[1]?.[Q], after.formulas[1]?.[Q] ?? null, after.values[2]?.[Q]]).toEqual([7, null, 'Kari']);
  expectValidOoxml(readFileSync(file));

  // Written as a value, it is named once: the run after says nothing more of it.
  const third = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], third)).toBe(0);
  expect(third.err()).not.toContain('Avstemming!Q');
});

it('names her this-row formula as she typed it in Excel, [@Kode], not as the file stores it', async () => {
  // Typed in Q2 inside the table as =[@Kode]&"!" (showing the Kode label and «!»), the file stores it as
  // tblAvstemming[[#This Row],[Kode]]&"!", and the reader gives it so.
  const { io, file } = await withFormula('[@Kode]&"!"', 'Nye midler per tiltak!');
  expect((await avstemming(file)).formulas[1]?.[Q]).toBe('=tblAvstemming[[#This Row],[Kode]]&"!"');
  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(0);
  expect(second.err()).toContain('Avstemming!Q2 (=[@Kode]&"!")');
  expect(second.err()).not.toContain('#This Row');
});
