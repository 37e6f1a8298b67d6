/**
 * The language of the command line (issue 14): `--lang` decides help, usage errors and messages of every
 * command, wherever it stands on the line; bokmål without it.
 */
import { argLang } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = testIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('argLang', () => {
  it.each([
    [[], 'nb'],
    [['check', 'a.xlsx', '--lang', 'nn'], 'nn'],
    [['--lang=en', 'check'], 'en'],
    [['check', '--lang', 'de'], 'nb'],
    [['check', '--lang', 'nn', '--lang', 'en'], 'en'],
    [['check', '--', '--lang', 'nn'], 'nb'],
  ])('%j → %s', (args, lang) => {
    expect(argLang(args)).toBe(lang);
  });
});

describe('help in the chosen language', () => {
  it.each([
    [['--help'], 'Avslutningskode: 0 ingen feil, 1 feil funnet'],
    [['--lang', 'nn', '--help'], 'Avslutningskode: 0 ingen feil, 1 feil funne'],
    [['--help', '--lang', 'en'], 'Exit status: 0 no errors'],
    [['check', '--help', '--lang', 'nn'], 'Kontrollerer planen: struktur, kvar rad'],
    [['new', '--lang=nn', '--help'], 'Lagar ei ny arbeidsbok'],
    [['import', '--help', '--lang', 'nn'], '--unit EINING'],
    [['roll', '--help', '--lang', 'nn'], 'Rullerer planen eitt år fram'],
    [['compare', '--help', '--lang', 'nn'], 'Viser kva som er endra'],
    [['--lang', 'en', 'roll', '--help'], 'Rolls the plan one year forward'],
  ])('%j', async (argv, expected) => {
    const { code, out } = await run(argv);
    expect(code).toBe(0);
    expect(out).toContain(expected);
  });
});

describe('usage errors in the chosen language', () => {
  it.each([
    [['check', '--lang', 'nn'], 'Oppgi ei .xlsx-fil. Sjå «tiltaksplan check --help».'],
    [['check', 'a.xlsx', '--bogus', '--lang', 'nn'], 'Ukjend val «--bogus». Sjå «tiltaksplan check --help».'],
    [['--lang', 'nn', 'frobnicate'], 'Ukjend kommando «frobnicate». Sjå «tiltaksplan --help».'],
    [
      ['new', 'a.xlsx', '--years', '3', '--lang', 'nn'],
      'Ugyldig verdi «3» for --years: skriv eit heilt tal frå 4 til 10.',
    ],
    [
      ['new', 'a.xlsx', '--years', '3', '--lang', 'en'],
      'Invalid value "3" for --years: expected a whole number from 4 to 10.',
    ],
    [['import', 'gammal.xlsx', '--lang', 'nn'], 'Oppgi kvar den nye arbeidsboka skal lagrast: --out FIL.xlsx.'],
    // roll writes a copy of its input: the name keeps the input's kind.
    [
      ['roll', 'a.xlsx', '--out', 'b.txt', '--lang', 'en'],
      'b.txt: the copy of a.xlsx needs a name ending in .xlsx, or Excel will not open it.',
    ],
    [['compare', 'a.xlsx', '--lang', 'nn'], 'Oppgi to arbeidsbøker (ELDRE.xlsx NYARE.xlsx)'],
    [['check', 'a.xlsx', '--lang', 'de'], 'Ugyldig verdi «de» for --lang: skriv nb, nn eller en.'],
    [['roll', 'a.xlsx', '--out', 'b.xlsx', '--lang', 'de'], 'Ugyldig verdi «de» for --lang: skriv nb, nn eller en.'],
    [['check', 'borte.xlsx', '--lang', 'nn'], 'borte.xlsx: kan ikkje lesast: fila finst ikkje'],
    // --write makes one copy per workbook, so one --out cannot name them: the message says why, not «several files».
    [['check', 'a.xlsx', 'b.xlsx', '--write', '--out', 'c.xlsx'], 'når flere arbeidsbøker skrives (flere filer, eller'],
    [
      ['check', 'a.xlsx', '--economy-plan', 'op.xlsx', '--write', '--out', 'c.xlsx', '--lang', 'en'],
      'cannot be used together with --write when several workbooks are written',
    ],
  ])('%j', async (argv, expected) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(expected);
  });
});

describe('help names every option each command takes', () => {
  // What each command's parser accepts (src/cli/commands/*.ts), and the exit statuses it uses.
  const OPTIONS: Record<string, readonly string[]> = {
    new: ['--start', '--years', '--unit', '--example', '--economy-plan', '--lang'],
    check: ['--format', '--out', '--lang', '--write', '--in-place', '--economy-plan'],
    import: ['--out', '--start', '--unit', '--lang'],
    roll: ['--out', '--lang'],
    compare: ['--format', '--out', '--lang', '--version-sheet'],
  };
  const cases = ['nb', 'nn', 'en'].flatMap((lang) => Object.keys(OPTIONS).map((command) => [command, lang]));

  it.each(cases)('%s --help --lang %s: every option in the usage lines at the top', async (command, lang) => {
    const { out } = await run([command, '--help', '--lang', lang]);
    const usage = out.split('\n\n')[0] ?? '';
    for (const option of OPTIONS[command] ?? []) expect(usage).toContain(option);
  });

  it.each(['nb', 'nn', 'en'])('--help --lang %s: a usage line for each mode, --economy-plan included', async (lang) => {
    const { out } = await run(['--help', '--lang', lang]);
    const lines = out.split('\n').filter((l) => l.startsWith('  tiltaksplan '));
    for (const command of Object.keys(OPTIONS)) expect(lines.some((l) => l.includes(` ${command} `))).toBe(true);
    expect(lines.filter((l) => l.includes('--economy-plan')).map((l) => l.split(' ')[3])).toEqual(['new', 'check']);
  });

  // README and docs/spec.md §12: exit 2 is also a workbook the command cannot use (not an economy plan, a user's
  // cell in the way); the main help and check's said only bad usage or a file that cannot be read or written.
  it.each([
    ['nb', 'eller en arbeidsbok kommandoen ikke kan bruke.'],
    ['nn', 'eller ei arbeidsbok kommandoen ikkje kan bruke.'],
    ['en', 'or a workbook the command cannot use.'],
  ])('--help and check --help --lang %s: exit 2 names a workbook the command cannot use', async (lang, said) => {
    for (const argv of [['--help'], ['check', '--help']]) {
      const { out } = await run([...argv, '--lang', lang]);
      // The sentence from «Avslutningskode» to its full stop, lines joined.
      const exit = out.slice(out.search(/Avslutningskode|Exit status/)).split('.\n')[0] ?? '';
      expect(`${exit.replace(/\s+/g, ' ')}.`).toMatch(/^[^:]+: 0 [^,]+, 1 [^,]+, 2 /);
      expect(`${exit.replace(/\s+/g, ' ')}.`.endsWith(`, ${said}`)).toBe(true);
    }
  });

  it.each(['nb', 'nn', 'en'])(
    'roll --help --lang %s states exit 1 (settings to fix, nothing written)',
    async (lang) => {
      const { out } = await run(['roll', '--help', '--lang', lang]);
      const exit = out.slice(out.search(/Avslutningskode|Exit status/));
      expect(exit).toMatch(/^[^:]+: 0 [^,]+, 1 .+,\s+2 /s);
    },
  );
});
