/**
 * `compare X X` (cli26): the same file named twice, or once through a symbolic link. Compared with itself nothing
 * can have changed, and that is surely not what she meant: one line on stderr says so plainly, naming the file(s)
 * and what to give instead; the report still follows (exit 0: «Ingen endringer» is true). The workbook is read once,
 * so a note about it (open in Excel, read as last saved) is said once, not once per side.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

async function withPlan(): Promise<TestIo> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return testIo({ cwd: io.cwd });
}

/** What Excel writes into an owner file: the user's name, padded (its content is never read). */
const ownerFile = (file: string): void => writeFileSync(file, Buffer.from('\u0005Kari \u0000', 'latin1'));

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('compare a file with itself', () => {
  it('the same name twice: one line says she compares plan.xlsx with itself; the report follows, exit 0', async () => {
    const io = await withPlan();
    expect(await main(['compare', 'plan.xlsx', 'plan.xlsx'], io)).toBe(0);
    expect(lines(io.err())).toEqual([
      'Du sammenligner plan.xlsx med seg selv, så ingenting er endret. Oppgi to ulike versjoner (ELDRE.xlsx NYERE.xlsx), ' +
        'eller én arbeidsbok og --version-sheet for å sammenligne med en lagret versjon i den.',
    ]);
    expect(io.out()).toContain('Ingen endringer.');
  });

  it('through a symbolic link: names both and says they are one file', async () => {
    const io = await withPlan();
    symlinkSync('plan.xlsx', path.join(io.cwd, 'lenke.xlsx'));
    expect(await main(['compare', 'plan.xlsx', 'lenke.xlsx'], io)).toBe(0);
    expect(lines(io.err())).toEqual([
      'Du sammenligner filen med seg selv: plan.xlsx og lenke.xlsx er samme fil, så ingenting er endret. ' +
        'Oppgi to ulike versjoner (ELDRE.xlsx NYERE.xlsx), eller én arbeidsbok og --version-sheet for å sammenligne ' +
        'med en lagret versjon i den.',
    ]);
  });

  it.each([
    ['nn', 'Du samanliknar plan.xlsx med seg sjølv, så ingenting er endra.'],
    ['en', 'You are comparing plan.xlsx with itself, so nothing has changed.'],
  ])('in %s', async (lang, said) => {
    const io = await withPlan();
    expect(await main(['compare', 'plan.xlsx', 'plan.xlsx', '--lang', lang], io)).toBe(0);
    expect(lines(io.err())).toHaveLength(1);
    expect(io.err()).toContain(said);
  });

  it('open in Excel: the note that the last saved file is read comes once, then the line about itself', async () => {
    const io = await withPlan();
    ownerFile(path.join(io.cwd, '~$plan.xlsx'));
    expect(await main(['compare', 'plan.xlsx', 'plan.xlsx'], io)).toBe(0);
    const err = lines(io.err());
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^plan\.xlsx: er åpen i Excel \(~\$plan\.xlsx finnes\)/);
    expect(err[1]).toMatch(/^Du sammenligner plan\.xlsx med seg selv/);
  });

  it('with --version-sheet, the same file twice is no mistake: no line about itself, the note once', async () => {
    const io = await withPlan();
    ownerFile(path.join(io.cwd, '~$plan.xlsx'));
    // No saved version in the example: refused naming the sheet, after one note (not two) about Excel.
    expect(await main(['compare', 'plan.xlsx', 'plan.xlsx', '--version-sheet', 'Versjon 1'], io)).toBe(2);
    const err = lines(io.err());
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^plan\.xlsx: er åpen i Excel/);
    expect(err[1]).toMatch(/^plan\.xlsx: har ikke noe ark som heter «Versjon 1»/);
  });

  it('two different files: no line about itself', async () => {
    const io = await withPlan();
    expect(await main(['new', 'annen.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['compare', 'plan.xlsx', 'annen.xlsx'], io)).toBe(0);
    expect(io.err()).toBe('');
  });
});
