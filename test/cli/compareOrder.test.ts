/**
 * Two versions given in the wrong order (docs/spec.md §14, the product's choice): `compare OLD NEW` reads the first as
 * the older. The example (2027–2030) rolled on 15.12.2027 gives the plan 2028–2031 with an archive «Arkiv 2027–2030» dated
 * 2027-12-15. Given as `compare rolled.xlsx plan.xlsx`, the «older» plan starts in 2028, later than the «newer» one's
 * 2027: a warning on stderr names both files and the order to give them in; the comparison is made all the same
 * (exit 0). In the right order, or for two files with the same period and no later saved version on the older side,
 * nothing is said. With the same period, the saved versions' dates tell: a copy of the rolled plan whose archive is
 * dated 2027-06-01 given as the newer, the rolled plan (2027-12-15) as the older, is warned of too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

jest.setTimeout(30_000);

const WARN = {
  nb: 'Er filene gitt i riktig rekkefølge?',
  nn: 'Er filene gitt i rett rekkjefølgje?',
  en: 'Are the files given in the right order?',
} as const;

async function files(): Promise<string> {
  const io = { ...testIo(), today: '2027-12-15' };
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['roll', 'plan.xlsx', '--out', 'rolled.xlsx'], io)).toBe(0);
  // The rolled plan as it would be with its archive saved in June: the date cell of the version header retyped.
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'rolled.xlsx'))));
  let found = 0;
  for (const name of Object.keys(pkg.files).filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml')))
    pkg.edit(name, (x) => x.replaceAll('<t>2027-12-15</t>', () => (found++, '<t>2027-06-01</t>')));
  expect(found).toBe(1);
  writeFileSync(path.join(io.cwd, 'june.xlsx'), pkg.bytes());
  return io.cwd;
}

describe('compare: files given in the wrong order', () => {
  let cwd = '';
  beforeAll(async () => {
    cwd = await files();
  });

  it.each(['nb', 'nn', 'en'] as const)(
    'the rolled plan given as the older (%s): warned, naming both, exit 0',
    async (lang) => {
      const t = testIo({ cwd });
      expect(await main(['compare', 'rolled.xlsx', 'plan.xlsx', '--lang', lang], t)).toBe(0);
      const err = t.err();
      expect(err.split(WARN[lang]).length - 1).toBe(1);
      const line = err.split('\n').find((l) => l.startsWith(WARN[lang])) ?? '';
      expect(line).toContain('rolled.xlsx');
      expect(line).toContain('plan.xlsx');
      expect(line).toContain('2028');
      expect(line).toContain('2027');
      expect(line).toContain('tiltaksplan compare plan.xlsx rolled.xlsx');
      expect(t.out()).not.toBe('');
    },
  );

  it('the right order: no warning', async () => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'plan.xlsx', 'rolled.xlsx'], t)).toBe(0);
    expect(t.err()).not.toContain(WARN.nb);
  });

  it('same period, the older side saved later (15.12.2027 against 01.06.2027): warned with both dates', async () => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'rolled.xlsx', 'june.xlsx'], t)).toBe(0);
    const line =
      t
        .err()
        .split('\n')
        .find((l) => l.startsWith(WARN.nb)) ?? '';
    expect(line).toContain('15.12.2027');
    expect(line).toContain('01.06.2027');
    expect(line).toContain('tiltaksplan compare june.xlsx rolled.xlsx');
  });

  it('same period, the older side saved earlier: no warning', async () => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'june.xlsx', 'rolled.xlsx'], t)).toBe(0);
    expect(t.err()).not.toContain(WARN.nb);
  });

  it('a version sheet of the workbook against it (--version-sheet): no warning', async () => {
    const t = testIo({ cwd });
    expect(await main(['compare', 'rolled.xlsx', '--version-sheet', 'Arkiv 2027–2030'], t)).toBe(0);
    expect(t.err()).not.toContain(WARN.nb);
  });
});
