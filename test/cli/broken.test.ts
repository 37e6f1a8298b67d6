/**
 * The malformed-workbook corpus (test/fixtures/broken/, made by test/fixtures/make/broken.ts) through
 * `tiltaksplan check`, in process. For every file:
 * - exit 2 for a file that cannot be read, with one line naming the file and the reason, and nothing
 *   written (no report, no copy, no temporary file);
 * - exit 1 for a readable but broken workbook, with the finding at its sheet and cell in the text report
 *   and in JSON; there `--write --out` writes a complete workbook (it opens again, with Sammendrag and
 *   Avstemming), except into a workbook with neither measure table (no plan: nothing written, said why), and
 *   `--format html --out` a complete page — findings never stop a report (SPEC §12);
 * - never a stack trace.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/domain/model/report';
import { cliText } from '../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { BROKEN, BROKEN_DIR, type BrokenSpec } from '../fixtures/make/broken';
import { testIo, type TestIo } from './testIo';

const DIR = BROKEN_DIR;

const dirs: string[] = [];

/** A fresh folder holding a copy of the file, and the I/O to run the CLI there. */
function setUp(spec: BrokenSpec): TestIo {
  const io = testIo();
  dirs.push(io.cwd);
  copyFileSync(path.join(DIR, spec.file), path.join(io.cwd, spec.file));
  return io;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const run = async (io: TestIo, ...args: string[]): Promise<number> => main(['check', ...args], io);

/** Lines of a stack trace or of a dumped Error object. */
const STACK = /^\s+at |\bError:|\bTypeError\b|\bRangeError\b/m;

function expectNoStack(io: TestIo): void {
  expect(io.out()).not.toMatch(STACK);
  expect(io.err()).not.toMatch(STACK);
}

const unreadable = BROKEN.flatMap((s) => (s.exit === 2 ? [s] : []));
const broken = BROKEN.flatMap((s) => (s.exit === 1 ? [s] : []));

describe('the broken-workbook corpus', () => {
  it('has at least 20 files, each with its expectation', () => {
    const files = readdirSync(DIR).sort();
    expect(files).toEqual(BROKEN.map((s) => s.file).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
});

describe.each(unreadable.map((s) => [s.file, s] as const))('check %s (cannot be read)', (_file, spec) => {
  const line = `${cliText('unreadable', 'nb', { file: spec.file, reason: cliText(`reason.${spec.reason}`, 'nb') })}\n`;

  it(`exits 2 with one line: the file and why (${spec.reason})`, async () => {
    const io = setUp(spec);
    expect(await run(io, spec.file)).toBe(2);
    expect(io.err()).toBe(line);
    expect(io.out()).toBe('');
    expectNoStack(io);
  });

  it('writes nothing with --write --out or --format html --out', async () => {
    const io = setUp(spec);
    expect(await run(io, spec.file, '--write', '--out', 'kontrollert.xlsx')).toBe(2);
    expect(await run(io, spec.file, '--format', 'html', '--out', 'rapport.html')).toBe(2);
    expect(io.files()).toEqual([spec.file]);
    expect(io.err()).toBe(line + line);
    expectNoStack(io);
  });
});

describe.each(broken.map((s) => [s.file, s] as const))('check %s (broken workbook)', (_file, spec) => {
  const { code, sheet, cell } = spec.finding;

  it(`exits 1 and names ${sheet}!${cell} as an error in the text report (${code} in JSON)`, async () => {
    const io = setUp(spec);
    expect(await run(io, spec.file)).toBe(1);
    const text = io.out();
    const section = text.slice(text.indexOf(`\n${sheet}\n`));
    // The text report names the severity and the cell; the code is in the JSON report (checked below).
    expect(section).toMatch(new RegExp(`^\\s+Feil\\s+${cell}\\s`, 'm'));
    expect(section).not.toContain(code);
    // A workbook with neither measure table is told it is no plan (and how an old plan comes in); stdout as any.
    expect(io.err()).toBe(spec.notAPlan ? `${cliText('notAPlan', 'nb', { file: spec.file })}\n` : '');
    expectNoStack(io);
  });

  it(
    spec.notAPlan
      ? '--write --out writes nothing into a workbook that is no plan, and JSON names the cell'
      : '--write --out writes a complete copy, and JSON names the cell',
    async () => {
      const io = setUp(spec);
      expect(await run(io, spec.file, '--write', '--out', 'kontrollert.xlsx', '--format', 'json')).toBe(1);
      const report = JSON.parse(io.out()) as Report;
      expect(report.issues).toContainEqual(expect.objectContaining({ code, sheet, cell, severity: 'error' }));
      expectNoStack(io);
      if (spec.notAPlan) {
        expect(io.files()).toEqual([spec.file]);
        expect(io.err()).toBe(`${cliText('notAPlanNotWritten', 'nb', { file: spec.file })}\n`);
        return;
      }
      expect(io.files()).toEqual([spec.file, 'kontrollert.xlsx'].sort());
      const copy = await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(io.cwd, 'kontrollert.xlsx')))).read();
      expect(copy.sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['Sammendrag', 'Avstemming']));
    },
  );

  it('--format html --out writes a complete page', async () => {
    const io = setUp(spec);
    expect(await run(io, spec.file, '--format', 'html', '--out', 'rapport.html')).toBe(1);
    expect(io.files()).toEqual([spec.file, 'rapport.html'].sort());
    const html = readFileSync(path.join(io.cwd, 'rapport.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain(cell);
    expectNoStack(io);
  });
});

describe.each(['import', 'roll'])('%s on the corpus', (command) => {
  it.each(BROKEN.map((s) => [s.file, s] as const))(
    '%s: exit 0 with a complete file, or 2 (or for roll 1: settings it cannot trust) with nothing written',
    async (_file, spec) => {
      const io = setUp(spec);
      const code = await main([command, spec.file, '--out', 'ut.xlsx'], io);
      expectNoStack(io);
      if (spec.exit === 2) expect(code).toBe(2);
      if (code === 2) {
        expect(io.files()).toEqual([spec.file]);
        expect(io.err().trimEnd().split('\n')).toHaveLength(1);
      } else if (command === 'roll' && code === 1) {
        // SPEC §11 and issue 14: roll refuses invalid settings, and year headers that are not the period, as
        // check reports them (each finding with its cell), writing nothing.
        expect(io.files()).toEqual([spec.file]);
        expect(io.err()).toMatch(/^ {2}(Innstillinger|Tiltak drift|Tiltak investering|Økonomiplan)![A-Z]+\d+: /m);
      } else {
        expect(code).toBe(0);
        expect(io.files()).toEqual([spec.file, 'ut.xlsx'].sort());
        expect(
          (await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(io.cwd, 'ut.xlsx')))).read()).sheets.length,
        ).toBeGreaterThan(0);
      }
    },
  );
});

describe('compare on the corpus', () => {
  it.each(BROKEN.map((s) => [s.file, s] as const))(
    '%s as the older or the newer version: exit 0, or 2 with one line naming the file (never «uventet feil»)',
    async (_file, spec) => {
      const io = setUp(spec);
      expect(await main(['new', 'ren.xlsx', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
      for (const args of [
        [spec.file, 'ren.xlsx'],
        ['ren.xlsx', spec.file],
      ]) {
        const t = testIo({ cwd: io.cwd });
        const code = await main(['compare', ...args, '--out', 'endringer.html', '--format', 'html'], t);
        expectNoStack(t);
        expect(t.err()).not.toContain(cliText('unexpected', 'nb', { reason: '' }).trim());
        if (spec.exit === 2) {
          expect(code).toBe(2);
          const reason = cliText(`reason.${spec.reason ?? ''}`, 'nb');
          expect(t.err()).toBe(`${cliText('unreadable', 'nb', { file: spec.file, reason })}\n`);
        }
        if (code === 2) expect(t.files()).toEqual([spec.file, 'ren.xlsx'].sort());
        else expect(code).toBe(0);
      }
    },
  );
});

describe('year headers that are no years', () => {
  // Dates typed where Tiltak investering's year headers belong: no year column is found at all. The message
  // said "forventet 2027, 2028, 2029, 2030, fant ." (an empty list); it must say that none was found.
  it.each([
    ['nb', 'forventet 2027, 2028, 2029 og 2030, fant ingen årskolonner.'],
    ['nn', 'venta 2027, 2028, 2029 og 2030, fann ingen årskolonnar.'],
    ['en', 'expected 2027, 2028, 2029 and 2030, found no year columns.'],
  ])('%s: the year-columns message says no year column was found', async (lang, words) => {
    const spec = BROKEN.find((s) => s.file === 'dates-instead-of-years.xlsx') as BrokenSpec;
    const io = setUp(spec);
    expect(await run(io, spec.file, '--format', 'json', '--lang', lang)).toBe(1);
    const report = JSON.parse(io.out()) as Report;
    const issue = report.issues.find((i) => i.code === 'year-columns' && i.sheet === 'Tiltak investering');
    expect(issue?.message).toContain(words);
  });
});
