/**
 * `roll` of finance's separate economy plan (a workbook made with `new op.xlsx --economy-plan`): it has no measure
 * table, so roll refuses it (the plan roll would need the measure tables; docs/spec.md §11 as built). The refusal
 * says it is the economy plan — not «if it is the economy plan … if it is an older plan» — names the file, and says
 * what to do: make the next period's economy plan (start 2028 after 2027–2030) and roll each plan checked against it.
 *
 * Reproduce: tiltaksplan new op.xlsx --economy-plan --example; tiltaksplan roll op.xlsx --out ny.xlsx.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

describe('roll of an economy plan workbook', () => {
  test.each([
    ['nb', 'op.xlsx er økonomiplanen', 'tiltaksplan new NY.xlsx --economy-plan --start 2028'],
    ['nn', 'op.xlsx er økonomiplanen', 'tiltaksplan new NY.xlsx --economy-plan --start 2028'],
    ['en', 'op.xlsx is the economy plan', 'tiltaksplan new NEW.xlsx --economy-plan --start 2028'],
  ])('%s: refused, naming the file as the economy plan and the next start year', async (lang, said, next) => {
    const io = testIo();
    await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io);
    const run = testIo({ cwd: io.cwd });
    const code = await main(['roll', 'op.xlsx', '--out', 'ny.xlsx', '--lang', lang], run);
    expect(code).toBe(2);
    expect(run.err()).toContain(said);
    expect(run.err()).toContain(next);
    // It is known to be the economy plan: no guessing at an older plan made by hand.
    expect(run.err()).not.toMatch(/import/);
    expect(run.files()).toEqual(['op.xlsx']);
  });
});
