/**
 * Review (finance officer): checked with `--economy-plan op.xlsx` (SPEC §15), a plan's own Økonomiplan is not what
 * is reconciled. A typo in its year header (2028 typed 2082 at Økonomiplan!H1) still gave an error (year-columns)
 * saying its amounts «avstemmes når overskriftene stemmer», though nothing of that sheet is reconciled whatever its
 * headers. The same reasoning already leaves out the own sheet's economy-plan-year-empty (check.ts
 * withReconciliation). Now it is a note that the table is not used and its headers are off; a plain check of the
 * same file still gives the error.
 */
import { main } from '../../src/cli/main';
import { exampleTyped } from './exampleTyped';
import { testIo } from './testIo';

type Issue = { code: string; severity: string; sheet: string; cell: string; message: string };
type Doc = { summary: { errors: number }; issues: Issue[] };

async function typoPlan() {
  const io = testIo();
  await exampleTyped(io.cwd, (wb) => {
    const ep = wb.getWorksheet('Økonomiplan')!;
    expect(ep.getCell('H1').value).toBe('2028');
    ep.getCell('H1').value = '2082';
  });
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example'], io)).toBe(0);
  return io.cwd;
}

const own = (i: Issue) => i.sheet === 'Økonomiplan';

describe("a year header typo on the plan's own Økonomiplan", () => {
  it.each([
    [
      'nb',
      'Økonomiplanen i denne filen brukes ikke når planen avstemmes mot en egen økonomiplan, så ingenting her ' +
        'avstemmes. Årskolonnene her stemmer heller ikke med planperioden (forventet 2027, 2028, 2029 og 2030): rett ' +
        'overskriftene hvis tabellen skal brukes igjen.',
    ],
    [
      'nn',
      'Økonomiplanen i denne fila blir ikkje brukt når planen blir avstemd mot ein eigen økonomiplan, så ingenting ' +
        'her blir avstemt. Årskolonnane her stemmer heller ikkje med planperioden (venta 2027, 2028, 2029 og 2030): ' +
        'rett overskriftene dersom tabellen skal brukast igjen.',
    ],
    [
      'en',
      'The economy plan in this file is not used when the plan is reconciled against a separate economy plan, so ' +
        'nothing here is reconciled. Its year columns do not match the plan period either (expected 2027, 2028, ' +
        '2029 and 2030): fix the headers if the table is to be used again.',
    ],
  ])('%s: in a consolidation it is a note that the table is not used, not an error', async (lang, text) => {
    const cwd = await typoPlan();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json', '--lang', lang], io);
    const doc = (JSON.parse(io.out()) as { reports: Doc[] }).reports[0]!;
    expect(doc.issues.filter(own).map((i) => [i.code, i.severity, i.cell, i.message])).toEqual([
      ['economy-plan-unused-year-columns', 'info', 'H1', text],
    ]);
  });

  it('a plain check of the same file still gives the year-columns error', async () => {
    const cwd = await typoPlan();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as Doc;
    expect(doc.issues.filter(own).map((i) => [i.code, i.severity, i.cell])).toEqual([['year-columns', 'error', 'H1']]);
  });
});
