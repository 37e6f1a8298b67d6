/**
 * A report saved with --out takes its format from the file's name when --format is not given: `--out r.json`
 * once wrote the text report into r.json, which a user (or the program she hands it to) reads as JSON.
 * An explicit --format wins over the name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

const fileOf = (io: TestIo, name: string): string => readFileSync(path.join(io.cwd, name), 'utf8');

/** Which of the three formats a saved report is, told by its first characters as a reader would. */
function kindOf(text: string): 'json' | 'html' | 'text' {
  if (text.startsWith('<!DOCTYPE html>')) return 'html';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return 'text';
  }
}

async function examplePlan(): Promise<TestIo> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  return io;
}

describe('check --out: the format from the name', () => {
  it.each([
    [['--out', 'r.json'], 'r.json', 'json'],
    [['--out', 'RAPPORT.JSON'], 'RAPPORT.JSON', 'json'],
    [['--out', 'r.html'], 'r.html', 'html'],
    [['--out', 'r.htm'], 'r.htm', 'html'],
    [['--out', 'r.txt'], 'r.txt', 'text'],
    [['--out', 'rapport'], 'rapport', 'text'],
    [['--out', 'r.json.txt'], 'r.json.txt', 'text'],
    // Said outright, the format is kept whatever the name.
    [['--format', 'text', '--out', 'r.json'], 'r.json', 'text'],
    [['--out', 'r.json', '--format', 'html'], 'r.json', 'html'],
    [['--format=json', '--out', 'r.txt'], 'r.txt', 'json'],
  ])('%j → %s is %s', async (args, file, kind) => {
    const io = await examplePlan();
    // The example has deliberate differences: exit 1, whatever the format.
    expect(await main(['check', 'plan.xlsx', ...args], io)).toBe(1);
    expect(io.out()).toBe('');
    const text = fileOf(io, file);
    expect(kindOf(text)).toBe(kind);
    if (kind === 'json') expect((JSON.parse(text) as { file: string }).file).toBe('plan.xlsx');
  });

  it('with --write, --out names the copy: the report goes to stdout as text', async () => {
    const io = await examplePlan();
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'kopi.xlsx'], io)).toBe(1);
    // kindOf('') is 'text' too: the report must be there, with the example's period and its unmatched line.
    const out = io.out();
    expect(kindOf(out)).toBe('text');
    expect(out.startsWith('Kontroll av tiltaksplan — plan.xlsx\n')).toBe(true);
    expect(out).toContain('Planperiode: 2027–2030');
    expect(out).toContain('Økonomiplanlinjen ØP23-117 (');
    expect(io.files()).toContain('kopi.xlsx');
  });

  it('--economy-plan: the consolidated report to r.json is JSON', async () => {
    const io = await examplePlan();
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--out', 'r.json'], io);
    expect(kindOf(fileOf(io, 'r.json'))).toBe('json');
  });
});

describe('compare --out: the format from the name', () => {
  it.each([
    [['--out', 'endringer.json'], 'endringer.json', 'json'],
    [['--out', 'endringer.html'], 'endringer.html', 'html'],
    [['--out', 'endringer.txt'], 'endringer.txt', 'text'],
    [['--format', 'text', '--out', 'endringer.json'], 'endringer.json', 'text'],
  ])('%j → %s is %s', async (args, file, kind) => {
    const io = await examplePlan();
    expect(await main(['new', 'ny.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['compare', 'plan.xlsx', 'ny.xlsx', ...args], io)).toBe(0);
    expect(kindOf(fileOf(io, file))).toBe(kind);
  });
});
