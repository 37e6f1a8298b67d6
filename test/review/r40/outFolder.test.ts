/**
 * Review r40 — severity low (`--out` to a folder that does not exist, or to a folder itself: «mangler/ny.xlsx: kunne
 * ikke skrives: mappen finnes ikke» says what is wrong but not what to do, and «rapporter: … det er en mappe» leaves
 * her guessing that a file name is wanted). By hand: exit 2, nothing written, and the line says to make the folder
 * (or choose one that exists) / to give a file name in the folder; nb, nn and en.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function plan(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return io.cwd;
}

const noFolder = {
  nb: 'mangler/neste.xlsx: kunne ikke skrives: mappen finnes ikke; lag den først, eller velg en mappe som finnes\n',
  nn: 'mangler/neste.xlsx: kunne ikkje skrivast: mappa finst ikkje; lag ho først, eller vel ei mappe som finst\n',
  en: 'mangler/neste.xlsx: could not be written: the folder does not exist; make it first, or choose a folder that exists\n',
} as const;

const isFolder = {
  nb: 'det er en mappe; gi et filnavn i mappen',
  nn: 'det er ei mappe; gi eit filnamn i mappa',
  en: 'it is a folder; give a file name in the folder',
} as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test('roll --out into a folder that does not exist: what to do', async () => {
    const cwd = await plan();
    const io = testIo({ cwd });
    expect(await main(['roll', 'plan.xlsx', '--out', 'mangler/neste.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toBe(noFolder[lang]);
  });

  test('check --out a folder: a file name in it is asked for', async () => {
    const cwd = await plan();
    mkdirSync(path.join(cwd, 'rapporter'));
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--out', 'rapporter', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(isFolder[lang]);
  });
});
