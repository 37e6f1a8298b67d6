/**
 * Review r34 (SPEC §2 «Tables are found by table name first, then by sheet name», §11 Roll forward; severity high:
 * a crash, «uventet feil», on a plan every other command reads).
 *
 * The example plan (2027–2030, 1000 kr) whose Innstillinger came back from Google Sheets or LibreOffice as plain
 * cells: tblInnstillinger's table part is gone, Innstilling/Verdi still stand in Innstillinger!A1:B8. `check`
 * reads the settings by the sheet name (plan 2027–2030, the same 2 errors, 3 warnings and totals as the example),
 * `check --write` writes Sammendrag and Avstemming, but `roll --out rullert.xlsx` stops with
 * «tiltaksplan: uventet feil: Not a cell: 1» — in English, naming no file, sheet or cell.
 * By hand: the rolled plan runs 2028–2031 (Første planår 2027 + 1), or the roll refuses in Norwegian, naming the
 * file and the sheet Innstillinger and saying what to do.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { exampleWithout, periodOf } from './plainRanges';

test('check reads the settings of a plan whose tblInnstillinger is plain cells (the premise)', async () => {
  const io = await exampleWithout(['tblInnstillinger']);
  expect(await periodOf(io, 'plan.xlsx')).toEqual([2027, 2028, 2029, 2030]);
});

test('roll of a plan whose tblInnstillinger is plain cells rolls it to 2028–2031, no «uventet feil»', async () => {
  const io = await exampleWithout(['tblInnstillinger']);
  const run = testIo({ cwd: io.cwd });
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], run);
  expect(run.out() + run.err()).not.toContain('uventet feil');
  expect(code).toBe(0);
  expect(await periodOf(io, 'rullert.xlsx')).toEqual([2028, 2029, 2030, 2031]);
});
