/**
 * Review r40 — severity medium (Windows hides known file endings: the budget officer sees «Tiltaksplan 2027» in
 * Explorer and types `tiltaksplan check "Tiltaksplan 2027"`; or she named the file «plan.xlsx» in Explorer, which
 * saved it as plan.xlsx.xlsx, and types `check plan.xlsx`).
 *
 * Today both say «kan ikke leses: filen finnes ikke; kontroller navnet og mappen», while the file she means is right
 * there. By hand: exit 2 as before (nothing is guessed or written), and the line names the file that is there,
 * «Tiltaksplan 2027.xlsx» / «plan.xlsx.xlsx», so she can type it; in nb, nn and en. For roll and compare too (the
 * same reading of an input).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function withPlan(name: string): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  if (name !== 'plan.xlsx') copyFileSync(path.join(io.cwd, 'plan.xlsx'), path.join(io.cwd, name));
  return io.cwd;
}

const missing = { nb: 'filen finnes ikke', nn: 'fila finst ikkje', en: 'no such file' } as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test('check "Tiltaksplan 2027" names «Tiltaksplan 2027.xlsx»', async () => {
    const cwd = await withPlan('Tiltaksplan 2027.xlsx');
    const io = testIo({ cwd });
    expect(await main(['check', 'Tiltaksplan 2027', '--lang', lang], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain(missing[lang]);
    expect(io.err()).toContain('Tiltaksplan 2027.xlsx');
  });

  test('check Budsjett.xlsx, the file being Budsjett.xlsx.xlsx, names Budsjett.xlsx.xlsx', async () => {
    const cwd = await withPlan('Budsjett.xlsx.xlsx');
    const io = testIo({ cwd });
    expect(await main(['check', 'Budsjett.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain(missing[lang]);
    expect(io.err()).toContain('Budsjett.xlsx.xlsx');
  });

  test('roll and compare name the file meant too; nothing is written', async () => {
    const cwd = await withPlan('plan.xlsx');
    const roll = testIo({ cwd });
    expect(await main(['roll', 'plan', '--out', 'neste.xlsx', '--lang', lang], roll)).toBe(2);
    expect(roll.err()).toContain('plan.xlsx');
    expect(roll.files()).toEqual(['plan.xlsx']);
    const compare = testIo({ cwd });
    expect(await main(['compare', 'plan', 'plan.xlsx', '--lang', lang], compare)).toBe(2);
    expect(compare.err()).toMatch(/^plan: .*plan\.xlsx/);
  });

  test('a missing file with no look-alike is told as before, naming no other file', async () => {
    const cwd = await withPlan('plan.xlsx');
    const io = testIo({ cwd });
    expect(await main(['check', 'plan2.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(missing[lang]);
    expect(io.err().match(/\.xlsx/g)).toHaveLength(1);
  });
});
