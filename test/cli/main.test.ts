import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, copyFileSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { progressLine, startProgress } from '../../src/cli/progress';
import { testIo } from './testIo';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('main', () => {
  it.each([
    [['--help'], 0, 'stdout'],
    [['-h'], 0, 'stdout'],
    [['--version'], 0, 'stdout'],
    [[], 2, 'stderr'],
    [['frobnicate'], 2, 'stderr'],
    [['new', '--help'], 0, 'stdout'],
    [['check', '-h'], 0, 'stdout'],
    [['import', '--help'], 0, 'stdout'],
    [['roll', '--help'], 0, 'stdout'],
    [['check'], 2, 'stderr'],
    [['check', 'x.xlsx', '--format', 'pdf'], 2, 'stderr'],
    [['check', 'x.xlsx', '--lang', 'de'], 2, 'stderr'],
    [['check', 'x.xlsx', '--bogus'], 2, 'stderr'],
    [['check', 'x.xlsx', '--in-place'], 2, 'stderr'],
    [['new'], 2, 'stderr'],
    [['new', 'a.xlsx', '--years', '3'], 2, 'stderr'],
    [['new', 'a.xlsx', '--start', '1999'], 2, 'stderr'],
    [['new', 'a.xlsx', '--unit', 'euro'], 2, 'stderr'],
    [['new', 'a.txt'], 2, 'stderr'],
  ])('%j → exit %i, text on %s', async (argv, code, stream) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(code);
    expect((stream === 'stdout' ? io.out() : io.err()).length).toBeGreaterThan(0);
    expect(io.files()).toEqual([]);
  });

  // `tiltaksplan new ""` once printed «: filnavnet må slutte på .xlsx.», a message about no name at all.
  it.each([
    [['new', ''], 'tiltaksplan new --help'],
    [['new', '  '], 'tiltaksplan new --help'],
    [['check', 'a.xlsx', ''], 'tiltaksplan check --help'],
    [['import', '', '--out', 'b.xlsx'], 'tiltaksplan import --help'],
  ])('%j: an empty file name is a usage error that says so (exit 2)', async (argv, usage) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain('Et tomt filnavn («») er ingen fil');
    expect(io.err()).toContain(usage);
    expect(io.err()).not.toMatch(/^\s*:/);
    expect(io.files()).toEqual([]);
  });

  it('prints the version from package.json', async () => {
    const io = testIo();
    await main(['--version'], io);
    expect(io.out().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // `tiltaksplan --version extra` once printed the version and exited 0, and `--help x.xlsx` the help: an argument
  // the line did not mean went unsaid. Bad usage now, named, as an unknown option of a command is.
  it.each([
    [['--version', 'extra'], 'Uventet argument «extra» etter --version. Se «tiltaksplan --help».'],
    [['-v', 'plan.xlsx'], 'Uventet argument «plan.xlsx» etter -v. Se «tiltaksplan --help».'],
    [['--version', '--format', 'json'], 'Uventet argument «--format» etter --version. Se «tiltaksplan --help».'],
    [['--help', 'x.xlsx'], 'Uventet argument «x.xlsx» etter --help. Se «tiltaksplan --help».'],
    [['help', 'check', 'extra'], 'Uventet argument «extra» etter help. Se «tiltaksplan --help».'],
    [['--version', 'x', '--lang', 'nn'], 'Uventa argument «x» etter --version. Sjå «tiltaksplan --help».'],
    [['--version', 'x', '--lang', 'en'], 'Unexpected argument "x" after --version. See "tiltaksplan --help".'],
  ])('%j: bad usage naming the argument (exit 2), nothing on stdout', async (argv, message) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toBe(`${message}\n`);
    expect(io.out()).toBe('');
  });

  // --lang is every command's, and `help COMMAND` / `--help COMMAND` asks for that command's help.
  it.each([
    [['--version', '--lang', 'nn'], /^\d+\.\d+\.\d+\n$/],
    [['--version', '--lang=en'], /^\d+\.\d+\.\d+\n$/],
    [['--help', 'check'], /^tiltaksplan check FIL\.xlsx\.\.\. /],
    [['help', 'roll', '--lang', 'nn'], /^tiltaksplan roll FIL\.xlsx --out NY\.xlsx/],
    [['-h', 'import', '--lang', 'en'], /^tiltaksplan import LEGACY\.xlsx/],
  ])('%j: exit 0', async (argv, out) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(0);
    expect(io.out()).toMatch(out);
    expect(io.err()).toBe('');
  });

  it.each([
    ['a text file named .xlsx', (dir: string) => writeFileSync(path.join(dir, 'plan.xlsx'), 'hello')],
    ['a missing file', () => undefined],
    [
      'a non-zip fixture',
      (dir: string) => copyFileSync(path.join(FIXTURES, 'not-a-workbook.xlsx'), path.join(dir, 'plan.xlsx')),
    ],
  ])('check of %s → exit 2, one line naming the file, nothing written', async (_name, setup) => {
    const io = testIo();
    setup(io.cwd);
    const before = io.files();
    expect(await main(['check', 'plan.xlsx', '--write', '--format', 'json'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('plan.xlsx');
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(before);
  });
});

describe('parseArgs', () => {
  const spec = { out: 'string', write: 'boolean' } as const;
  it.each([
    [['a', '--out', 'b'], { positionals: ['a'], strings: { out: 'b' } }],
    [['--out=b', 'a'], { positionals: ['a'], strings: { out: 'b' } }],
    [['a', '--', '--write'], { positionals: ['a', '--write'], strings: {} }],
  ])('%j', (args, expected) => {
    const r = parseArgs(args, spec, 'check');
    expect(r.ok && { positionals: r.args.positionals, strings: r.args.strings }).toEqual(expected);
  });

  it.each([
    [['--out'], 'missingValue'],
    [['--out', '--write'], 'missingValue'],
    [['--nope'], 'unknownOption'],
    [['-x'], 'unknownOption'],
    [['--write=1'], 'unknownOption'],
    [['--out', ''], 'missingValue'],
    [['--out='], 'missingValue'],
    [['--out', '  '], 'missingValue'],
    [['a', ''], 'emptyFileName'],
    [['--', ' '], 'emptyFileName'],
  ])('%j → %s', (args, key) => {
    const r = parseArgs(args, spec, 'check');
    expect(r.ok ? null : r.error.key).toBe(key);
  });
});

describe('progress', () => {
  it('draws a bar only on a terminal', () => {
    const tty = testIo({ isTTY: true });
    const pipe = testIo({ isTTY: false });
    for (const io of [tty, pipe]) {
      const p = startProgress(io, 3);
      p.update(1, 'a.xlsx');
      p.finish();
    }
    expect(tty.err()).toContain('1/3 a.xlsx');
    expect(pipe.err()).toBe('');
  });

  it('fills the bar in proportion', () => {
    expect(progressLine(0, 4, 'x')).toMatch(/^\[·{24}\] 0\/4 x$/);
    expect(progressLine(2, 4, 'x')).toMatch(/^\[#{12}·{12}\] 2\/4 x$/);
    expect(progressLine(4, 4, 'x')).toMatch(/^\[#{24}\] 4\/4 x$/);
  });
});

describe('the real process', () => {
  /**
   * `tiltaksplan import … | head` closes the pipe before the log is printed: the command must finish (its
   * workbook is written first) without a stack trace. A named pipe whose reader is closed before the
   * command starts makes every write to stdout fail with EPIPE, whatever the timing.
   */
  it('a reader that closed stdout (| head): no stack trace, the workbook written, the exit status kept', () => {
    const io = testIo();
    const fifo = path.join(io.cwd, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    closeSync(reader);
    const tsx = path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const legacy = path.join(FIXTURES, 'legacy-verdal-6-1-6-2.xlsx');
    const run = spawnSync(process.execPath, [tsx, cli, 'import', legacy, '--out', 'ny.xlsx'], {
      cwd: io.cwd,
      stdio: ['ignore', writer, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(writer);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(io.files()).toEqual(['ny.xlsx', 'pipe']);
  });
});
