/**
 * `check --write` run a second time (the budget officer corrected the plan and checks again): the copy of the
 * first run, FILE-kontrollert.xlsx, is still there, and the CLI never writes over a file. The message must say
 * what to do, since check has no other name to choose for several files: remove the old copy, name another
 * with --out, or write into the workbook itself with --in-place. Nothing is written, exit 2 (SPEC §12).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

async function checkedOnce(lang: string): Promise<{ io: TestIo; first: Buffer }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  // The example has deliberate reconciliation errors: exit 1.
  expect(await main(['check', 'plan.xlsx', '--write', '--lang', lang], testIo({ cwd: io.cwd }))).toBe(1);
  return { io, first: readFileSync(path.join(io.cwd, 'plan-kontrollert.xlsx')) };
}

describe('check --write when the copy of an earlier run is still there', () => {
  it('says what to do instead of «velg et annet navn», writes nothing, exit 2', async () => {
    const { io, first } = await checkedOnce('nb');
    expect(await main(['check', 'plan.xlsx', '--write'], io)).toBe(2);
    expect(io.err()).toContain('plan-kontrollert.xlsx finnes fra før');
    expect(io.err()).toContain('--out');
    expect(io.err()).toContain('--in-place');
    expect(io.err()).not.toContain('velg et annet navn');
    expect(io.files()).toEqual(['plan-kontrollert.xlsx', 'plan.xlsx']);
    expect(readFileSync(path.join(io.cwd, 'plan-kontrollert.xlsx')).equals(first)).toBe(true);
  });

  it('in English too', async () => {
    const { io } = await checkedOnce('en');
    expect(await main(['check', 'plan.xlsx', '--write', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('plan-kontrollert.xlsx already exists');
    expect(io.err()).toContain('--in-place');
  });

  it('--out naming an existing file keeps the plain message: the user chose that name', async () => {
    const { io } = await checkedOnce('nb');
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'plan-kontrollert.xlsx'], io)).toBe(2);
    expect(io.err()).toBe(
      'plan-kontrollert.xlsx finnes fra før. Tiltaksplan skriver aldri over en fil; velg et annet navn.\n',
    );
  });
});
