/**
 * `tiltaksplan –help` as Word and Outlook type it (cli26): «--help» autocorrected to an en dash «–help» (or an em
 * dash «—help»), «–h» and «–version». Asking for help or the version reads and writes nothing, and what she meant
 * is plain, so the command gives it (exit 0 on stdout) instead of «Ukjent kommando «–help»». Other options typed
 * with a long dash stay refused, naming the option to type (test/review/r40/typographicDash.test.ts).
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string; files: string[] }> {
  const io = testIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), files: io.files() };
}

describe('help and version with a long dash', () => {
  it.each([
    [['–help'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['—help'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['–h'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['—h'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['−−help'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['–help', '--lang', 'nn'], 'Avslutningskode: 0 ingen feil, 1 feil funne'],
    [['--lang', 'en', '–help'], 'Exit status: 0 no errors'],
    [['–help', 'check'], 'Kontrollerer planen: struktur, hver rad'],
    [['check', '–help'], 'Kontrollerer planen: struktur, hver rad'],
    [['check', '—h', '--lang', 'nn'], 'Kontrollerer planen: struktur, kvar rad'],
    [['roll', '–help'], 'planen ett år fram: neste planperiode starter'],
    [['compare', '—help', '--lang', 'en'], 'Shows what changed'],
  ])('%j prints the help, exit 0', async (argv, expected) => {
    const { code, out, err, files } = await run(argv);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(expected);
    expect(files).toEqual([]);
  });

  it.each([['–version'], ['—version'], ['–v']])('%s prints the version, exit 0', async (arg) => {
    const { code, out, err } = await run([arg]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('an option other than help typed with a long dash is still refused, naming the option', async () => {
    const { code, err } = await run(['check', 'plan.xlsx', '–out', 'r.txt']);
    expect(code).toBe(2);
    expect(err).toContain('Skriv --out med to vanlige bindestreker');
  });

  it('«–lang nn» before the command is told as a long dash, not as an unknown command', async () => {
    const { code, err } = await run(['–lang', 'nn', 'check', 'plan.xlsx']);
    expect(code).toBe(2);
    expect(err).toContain('Skriv --lang med to vanlege bindestrekar');
    expect(err).not.toContain('Ukjend kommando');
  });
});
