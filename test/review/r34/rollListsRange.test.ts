/**
 * Review r34 (SPEC §2 «Tables are found by table name first, then by sheet name», §11 Roll forward and «writing
 * into a user's workbook»; severity medium: the roll is refused with advice that would lose her lists).
 *
 * The example plan (2027–2030, 1000 kr) back from Google Sheets or LibreOffice with the list tables (tblSeksjoner,
 * tblPlanomrader, tblRammeomrader, tblAnsvarlige) — or tblHandlingsplan — as plain cells where they stood. `check`
 * reads them by the sheet (no finding; the sections and plan areas are known), `import` says «arbeidsboken er
 * allerede en tiltaksplan … rullér den med tiltaksplan roll», but `roll` answers «Ingenting er skrevet:
 * Innstillinger!D1, Innstillinger!D2, Innstillinger!D3 og 24 celler til har innhold som ikke er Tiltaksplans …
 * Flytt innholdet og prøv igjen» (for Handlingsplan: «Handlingsplan!A1, Handlingsplan!B1, Handlingsplan!A2 og 29
 * celler til»): the cells it calls hers are the plan's own lists, and moving them as told would empty the drop-downs
 * and the reference check. By hand: the rolled plan runs 2028–2031 with the lists where they were.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { exampleWithout, periodOf } from './plainRanges';

const LISTS = ['tblSeksjoner', 'tblPlanomrader', 'tblRammeomrader', 'tblAnsvarlige'];

test('check of the example with its lists as plain cells: no finding, the same period (the premise)', async () => {
  const io = await exampleWithout(LISTS);
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], run);
  const report = JSON.parse(run.out()) as { plan: { years: number[] }; issues: unknown[] };
  expect(report.plan.years).toEqual([2027, 2028, 2029, 2030]);
  expect(report.issues).toEqual([]);
});

test.each([
  ['the list tables', LISTS],
  ['tblHandlingsplan', ['tblHandlingsplan']],
])('roll with %s as plain cells rolls to 2028–2031', async (_what, tables) => {
  const io = await exampleWithout(tables);
  const run = testIo({ cwd: io.cwd });
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], run);
  expect(run.out() + run.err()).not.toContain('ikke er Tiltaksplans');
  expect(code).toBe(0);
  expect(await periodOf(io, 'rullert.xlsx')).toEqual([2028, 2029, 2030, 2031]);
});
