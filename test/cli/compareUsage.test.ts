/**
 * compare's bad input (SPEC §12, §14): exit 2, one line on stderr naming the file (and the sheet), nothing on
 * stdout. A --version-sheet that names no sheet at all says so, not that the sheet "is not a saved version";
 * too many files says what compare takes (two workbooks, or one and --version-sheet), not "one file".
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

let dir: string;
const io = (): TestIo => testIo({ cwd: dir });

beforeAll(async () => {
  dir = testIo().cwd;
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io())).toBe(0);
  expect(await main(['new', 'okonomiplan.xlsx', '--economy-plan', '--start', '2027'], io())).toBe(0);
});

async function refused(args: string[]): Promise<string> {
  const t = io();
  expect(await main(['compare', ...args], t)).toBe(2);
  expect(t.out()).toBe('');
  expect(t.err().trim().split('\n')).toHaveLength(1);
  return t.err();
}

describe('compare: bad input', () => {
  it('a file not found names the file, older or newer', async () => {
    expect(await refused(['borte.xlsx', 'plan.xlsx'])).toMatch(/^borte\.xlsx: kan ikke leses: filen finnes ikke/);
    expect(await refused(['plan.xlsx', 'borte.xlsx'])).toMatch(/^borte\.xlsx: kan ikke leses: filen finnes ikke/);
  });

  it('a --version-sheet no sheet is called: names the file and the sheet, and says there is no such sheet', async () => {
    expect(await refused(['plan.xlsx', '--version-sheet', 'Versjon 9'])).toBe(
      'plan.xlsx: har ikke noe ark som heter «Versjon 9». Arbeidsboken har ingen lagrede versjoner. ' +
        'Lagre en under Struktur i oppgavepanelet, eller sammenlign to filer.\n',
    );
    expect(await refused(['plan.xlsx', '--version-sheet', 'Versjon 9', '--lang', 'nn'])).toMatch(
      /^plan\.xlsx: har ikkje noko ark som heiter «Versjon 9»\. /,
    );
    expect(await refused(['plan.xlsx', '--version-sheet', 'Versjon 9', '--lang', 'en'])).toMatch(
      /^plan\.xlsx: there is no sheet "Versjon 9"\. /,
    );
  });

  it('a sheet that is there but no version: says it is not a saved version', async () => {
    expect(await refused(['plan.xlsx', '--version-sheet', 'tiltak drift'])).toMatch(
      /^plan\.xlsx: arket «tiltak drift» er ikke en lagret versjon\. /,
    );
  });

  it('three files: says compare takes two workbooks, or one and --version-sheet', async () => {
    const files = ['plan.xlsx', 'plan.xlsx', 'plan.xlsx'];
    expect(await refused(files)).toBe(
      'For mange filer: plan.xlsx, plan.xlsx, plan.xlsx. Oppgi to arbeidsbøker (ELDRE.xlsx NYERE.xlsx), ' +
        'eller én arbeidsbok og --version-sheet.\n',
    );
    expect(await refused([...files, '--lang', 'en'])).toBe(
      'Too many files: plan.xlsx, plan.xlsx, plan.xlsx. Give two workbooks (OLD.xlsx NEW.xlsx), ' +
        'or one workbook and --version-sheet.\n',
    );
  });

  it('a workbook without a measure table names the file and what is missing', async () => {
    // The legacy table of Verdal's plan: neither the product's measure tables nor its economy plan table.
    copyFileSync(path.join(__dirname, '../fixtures/legacy-verdal-6-1-6-2.xlsx'), path.join(dir, 'gammel.xlsx'));
    expect(await refused(['gammel.xlsx', 'plan.xlsx'])).toBe(
      'gammel.xlsx: finner ingen tiltakstabell (arket «Tiltak drift» eller «Tiltak investering»). ' +
        'Velg en arbeidsbok med tiltaksplanen.\n',
    );
  });

  // Finance's workbook (new --economy-plan) is no plan with its tables lost: said as what it is, with the command
  // that takes it, older or newer side.
  it('an economy plan workbook: says it is an economy plan, not a plan, and what to run instead', async () => {
    const text =
      'okonomiplan.xlsx er en økonomiplan, ikke en tiltaksplan: den har økonomiplantabellen, men ingen tabell over ' +
      'driftstiltak eller investeringstiltak. compare sammenligner to versjoner av samme tiltaksplan. Vil du avstemme ' +
      'planene mot økonomiplanen, kjør «tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx».\n';
    expect(await refused(['okonomiplan.xlsx', 'plan.xlsx'])).toBe(text);
    expect(await refused(['plan.xlsx', 'okonomiplan.xlsx'])).toBe(text);
    expect(await refused(['okonomiplan.xlsx', 'plan.xlsx', '--lang', 'nn'])).toMatch(
      /^okonomiplan\.xlsx er ein økonomiplan, ikkje ein tiltaksplan: .* køyr «tiltaksplan check PLAN\.xlsx --economy-plan okonomiplan\.xlsx»\.\n$/,
    );
    expect(await refused(['okonomiplan.xlsx', 'plan.xlsx', '--lang', 'en'])).toMatch(
      /^okonomiplan\.xlsx is an economy plan, not a measures plan: .*compare compares two versions of one measures plan\. /,
    );
  });
});

describe('compare --help: the exit status 2 line names every refusal above and in compareMissingSettings', () => {
  // The paragraph from «Avslutningskode»/«Exit status» on, its lines joined: a refusal hand-wrapped over two lines
  // reads as one phrase.
  const exitText = async (lang: string): Promise<string> => {
    const t = io();
    expect(await main(['compare', '--help', '--lang', lang], t)).toBe(0);
    const out = t.out();
    return out.slice(out.search(/Avslutningskode|Exit status/)).replace(/\s+/g, ' ');
  };

  // Each refusal tested in this file (a workbook with no measure table, a sheet that is no saved version) and in
  // compareMissingSettings.test.ts (the settings table not found, or its Verdi header retyped: column-missing).
  it.each([
    ['nb', ['uten tiltakstabeller', 'ikke er en lagret versjon', 'kolonnen Innstilling eller Verdi']],
    ['nn', ['utan tiltakstabellar', 'ikkje er ein lagra versjon', 'kolonnen Innstilling eller Verdi']],
    ['en', ['no measures tables', 'not a saved version', 'its Innstilling or Verdi column']],
  ])('--lang %s', async (lang, phrases) => {
    const text = await exitText(lang);
    expect(text).toMatch(/^[^:]+: 0 [^,]+, 2 /);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });
});
