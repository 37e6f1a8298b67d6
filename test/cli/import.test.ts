import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/commands/import';
import { readPlan } from '../../src/domain/read/plan';
import { SHEETS } from '../../src/domain/model/schema';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const LEGACY = 'legacy-verdal-6-1-6-2.xlsx';

describe('tiltaksplan import', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = scratchDir());
    copyFileSync(path.join(FIXTURES, LEGACY), path.join(dir, LEGACY));
  });
  afterEach(() => cleanup());

  async function importedSnapshot(args: string[] = []): Promise<{ snapshot: WorkbookSnapshot; stdout: string }> {
    const result = await runCommand(run, [LEGACY, '--out', 'plan.xlsx', ...args], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const snapshot = await (await openXlsxFile(path.join(dir, 'plan.xlsx'))).read();
    return { snapshot, stdout: result.stdout };
  }

  it('writes a canonical workbook with the seed figures, in kroner when read back', async () => {
    const { snapshot } = await importedSnapshot();
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    expect(plan.settings).toMatchObject({ startYear: 2011, yearCount: 4, unit: '1000 kr' });
    expect(plan.operating).toHaveLength(9);
    expect(plan.investment).toHaveLength(3);
    const miljo = plan.operating[0];
    expect(miljo).toMatchObject({
      id: 'D-001',
      ref: '14',
      section: 'Samfunn og tjenester',
      costStatus: 'Beregnet',
      fullYear: 2_400_000,
      finNew: 2_400_000,
    });
    expect(miljo?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    const smahus = plan.investment[0];
    expect(smahus).toMatchObject({ id: 'I-001', ref: '20', budget: 3_000_000, finLoan: 3_000 });
    expect(smahus?.years).toEqual([3_000_000, null, null, null]);
    expect(plan.investment.map((m) => m.costStatus)).toEqual(['Beregnet', 'Ukjent', 'Må utredes']);
  });

  it.each([
    ['nb', 'Planlagt år: 2012'],
    ['en', 'Planned year: 2012'],
  ])('--lang %s words what it adds to Kommentar (a year without an amount) in that language', async (lang, note) => {
    const { snapshot } = await importedSnapshot(['--lang', lang, '--start', '2012']);
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    // Verdal's third investment has År 2012 and no amount (Må utredes): the year goes to Kommentar.
    expect(plan.investment[2]).toMatchObject({ id: 'I-003', comment: note });
    // An amount outside the period is written the same way in every language (year: amount (unit)), the unit in
    // brackets: «600 1000 kr» read as one figure.
    expect(plan.operating[0]?.comment).toBe('2011: 600 (1000 kr)');
  });

  it('writes the decision log on Importlogg and prints it with the source cells', async () => {
    const { snapshot, stdout } = await importedSnapshot();
    const log = snapshot.sheets.find((s) => s.sheet === SHEETS.importLog);
    expect(log?.values[0]).toEqual(['Nr', 'Ark', 'Celle', 'Beslutning']);
    const lines = stdout.trim().split('\n');
    expect(log?.values.length).toBe(lines.length); // one row per printed decision, + header = + summary line
    const cells = (log?.values ?? []).map((r) => r[2]);
    expect(cells).toEqual(expect.arrayContaining(['C25', 'D26', 'G22', 'K6']));
    expect(stdout).toContain('Tiltaksplan 2011-2014!C25:');
    // The sheet outlives the command line: its first decision names the file its sheets and cells are of.
    expect(log?.values[1]?.[3]).toBe(`Importert fra filen «${LEGACY}»: ark og celler i denne loggen er i den filen.`);
  });

  it.each([
    [
      'nn',
      ['Nr', 'Ark', 'Celle', 'Avgjerd'],
      [
        'Tiltaksplan 2011-2014!A5: Planperioden er 2011–2014 (første planår: frå første årskolonne i tabellhovudet).',
        'Tiltaksplan 2011-2014!C25: Cella seier «?»: Kostnadsstatus Ukjent.',
        'Tiltaksplan 2011-2014!D26: Cella seier «Må utredes»: Kostnadsstatus Må utredes.',
        'Tiltaksplan 2011-2014!C24: Kolonnen År: heile kostnadsramma (3\u00a0000, i 1000 kr) er ført på året 2011.',
      ],
    ],
    [
      'en',
      ['No.', 'Sheet', 'Cell', 'Decision'],
      [
        'Tiltaksplan 2011-2014!A5: The plan period is 2011–2014 (first plan year: from the first year column of the table header).',
        'Tiltaksplan 2011-2014!C25: The cell says "?": Kostnadsstatus Ukjent.',
        'Tiltaksplan 2011-2014!D26: The cell says "Må utredes": Kostnadsstatus Må utredes.',
        'Tiltaksplan 2011-2014!C24: Column År: the whole Kostnadsramme (3,000, in 1000 kr) is entered in the year 2011.',
      ],
    ],
  ])('with --lang %s writes Importlogg and prints the decisions in that language', async (lang, headers, picked) => {
    const { snapshot, stdout } = await importedSnapshot(['--lang', lang]);
    const log = snapshot.sheets.find((s) => s.sheet === SHEETS.importLog);
    expect(log?.values[0]).toEqual(headers);
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining(picked));
    // The sheet holds the same sentences as stdout, row by row.
    const rows = (log?.values ?? []).slice(1).map((r) => `${String(r[1])}!${String(r[2])}: ${String(r[3])}`);
    expect(rows).toEqual(lines.slice(0, -1));
    expect(rows.some((r) => /Kolonnen|Column/.test(r))).toBe(true);
  });

  it.each([
    [['--unit', 'mill kr'], 'mill kr', 2011],
    [['--start', '2012', '--unit', 'kr'], 'kr', 2012],
  ])('honours %p', async (args, unit, startYear) => {
    const { snapshot } = await importedSnapshot(args);
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    expect(plan.settings).toMatchObject({ unit, startYear });
    expect(plan.operating[0]?.fullYear).toBe(2_400_000);
  });

  it('leaves its input as it was', async () => {
    const before = readFileSync(path.join(dir, LEGACY));
    await importedSnapshot();
    expect(readFileSync(path.join(dir, LEGACY)).equals(before)).toBe(true);
  });

  async function noLegacyTable(): Promise<void> {
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Ark1' },
      { kind: 'setCells', sheet: 'Ark1', origin: 'A1', values: [['Notat', 'Ingen tabell her']] },
    ]);
    writeFileSync(path.join(dir, 'tom.xlsx'), await wb.toBuffer());
  }

  /** Every file of the scratch folder with its bytes, to show that a failed run wrote nothing. */
  const folder = (): Record<string, string> =>
    Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));

  it.each([
    ['no --out', [LEGACY]],
    ['--out is the input', [LEGACY, '--out', LEGACY]],
    ['--out is not .xlsx', [LEGACY, '--out', 'plan.txt']],
    ['a bad --start', [LEGACY, '--out', 'plan.xlsx', '--start', '19']],
    ['a bad --unit', [LEGACY, '--out', 'plan.xlsx', '--unit', 'dollar']],
    ['a missing input', ['finnes-ikke.xlsx', '--out', 'plan.xlsx']],
    ['an input that is not a workbook', ['tekst.xlsx', '--out', 'plan.xlsx']],
    ['an input without a legacy table', ['tom.xlsx', '--out', 'plan.xlsx']],
    ['an unknown option', [LEGACY, '--out', 'plan.xlsx', '--years', '4']],
  ])('exits 2 with one line and writes nothing for %s', async (_name, args) => {
    writeFileSync(path.join(dir, 'tekst.xlsx'), 'ikke en arbeidsbok');
    await noLegacyTable();
    const before = folder();
    const result = await runCommand(run, args, dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder()).toEqual(before);
  });

  it('refuses to write over an existing --out', async () => {
    writeFileSync(path.join(dir, 'plan.xlsx'), 'mitt');
    const result = await runCommand(run, [LEGACY, '--out', 'plan.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, 'plan.xlsx'), 'utf8')).toBe('mitt');
  });

  it('prints help with exit 0', async () => {
    const result = await runCommand(run, ['--help'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--out');
  });
});
