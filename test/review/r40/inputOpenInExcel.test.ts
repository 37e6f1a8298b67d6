/**
 * Review r40 — severity high (a wrong figure: the budget officer types her corrections into the plan in Excel and,
 * without saving, runs `tiltaksplan roll plan.xlsx --out neste.xlsx` or `check plan.xlsx` in another window. The
 * command reads the file as last saved; the roll carries none of her corrections into the new period, the check
 * reports the old figures, and nothing says so, though Excel's owner file ~$plan.xlsx beside it tells that the
 * workbook is open).
 *
 * By hand: the command does what it did (roll exit 0 and neste.xlsx written; check exit 1 on the example plan, its
 * report on stdout unchanged), and stderr adds one line naming plan.xlsx and ~$plan.xlsx, saying the last saved
 * version is read and to save in Excel and run again if anything was changed; nb, nn and en. A write in place is
 * still refused in its one line (test/cli/openInExcel.test.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function openPlan(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  writeFileSync(path.join(io.cwd, '~$plan.xlsx'), Buffer.from('\u0005Kari \u0000', 'latin1'));
  return io.cwd;
}

const saved = { nb: 'sist ble lagret', nn: 'sist vart lagra', en: 'last saved' } as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test('roll of a workbook open in Excel: written, and told that the saved version was read', async () => {
    const cwd = await openPlan();
    const io = testIo({ cwd });
    expect(await main(['roll', 'plan.xlsx', '--out', 'neste.xlsx', '--lang', lang], io)).toBe(0);
    expect(io.files()).toEqual(['neste.xlsx', 'plan.xlsx', '~$plan.xlsx']);
    const note = io
      .err()
      .split('\n')
      .filter((l) => l.includes('~$plan.xlsx'));
    expect(note).toHaveLength(1);
    expect(note[0]).toMatch(/^plan\.xlsx: /);
    expect(note[0]).toContain(saved[lang]);
  });

  test('check of a workbook open in Excel: the report as before, the note on stderr', async () => {
    const cwd = await openPlan();
    const plain = testIo({ cwd });
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--format', 'json', '--lang', lang], io)).toBe(1);
    expect(JSON.parse(io.out())).toHaveProperty('file', 'plan.xlsx');
    expect(io.err()).toContain('~$plan.xlsx');
    expect(io.err()).toContain(saved[lang]);
    expect(await main(['check', 'plan.xlsx', '--format', 'json', '--lang', lang], plain)).toBe(1);
    expect(plain.out()).toBe(io.out());
  });
});

test('a workbook not open in Excel: no such line', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const run = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'neste.xlsx'], run)).toBe(0);
  expect(run.err()).not.toContain('lagret');
});
