/**
 * Review r40 — severity medium (Windows' command prompt and PowerShell hand `*.xlsx` to a program as it is typed: a
 * budget officer who checks every plan in a folder with `tiltaksplan check *.xlsx`, as she would on a Mac, is told
 * «*.xlsx: kan ikke leses: filen finnes ikke; kontroller navnet og mappen», with the plans right there).
 *
 * By hand: exit 2 as before, no report, and the line says that the * was not turned into file names and names the
 * workbooks it matches (boligsosial.xlsx, helse.xlsx; not Excel's owner file ~$helse.xlsx) to type one by one; nb,
 * nn and en.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function folderOfPlans(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'boligsosial.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  copyFileSync(path.join(io.cwd, 'boligsosial.xlsx'), path.join(io.cwd, 'helse.xlsx'));
  writeFileSync(path.join(io.cwd, '~$helse.xlsx'), Buffer.alloc(165));
  writeFileSync(path.join(io.cwd, 'notat.txt'), 'hei');
  return io.cwd;
}

const star = { nb: 'ble ikke byttet ut', nn: 'vart ikkje bytt ut', en: 'was not replaced' } as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test('check *.xlsx names the workbooks it matches, and says why', async () => {
    const cwd = await folderOfPlans();
    const io = testIo({ cwd });
    expect(await main(['check', '*.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^\*\.xlsx: /);
    expect(io.err()).toContain(star[lang]);
    expect(io.err()).toContain('boligsosial.xlsx');
    expect(io.err()).toContain('helse.xlsx');
    expect(io.err()).not.toContain('~$helse.xlsx');
    expect(io.err()).not.toContain('notat.txt');
  });

  test('a pattern matching nothing says so, naming no file', async () => {
    const cwd = await folderOfPlans();
    const io = testIo({ cwd });
    expect(await main(['check', 'oppvekst*.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(star[lang]);
    expect(io.err()).not.toContain('helse.xlsx');
  });
});
