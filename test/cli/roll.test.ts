import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run as importRun } from '../../src/cli/commands/import';
import { run } from '../../src/cli/commands/roll';
import { run as newRun } from '../../src/cli/commands/new';
import { readPlan } from '../../src/domain/read/plan';
import { findVersions } from '../../src/domain/read/versionHeader';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { cliText } from '../../src/i18n/cliCommand';
import { runCommand, scratchDir } from './cliRun';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const LEGACY = 'legacy-verdal-6-1-6-2.xlsx';

describe('tiltaksplan roll', () => {
  let dir: string;
  let cleanup: () => void;

  /** The Verdal import as the plan to roll, with a user's notes sheet and an earlier archive added. */
  beforeAll(async () => {
    ({ dir, cleanup } = scratchDir());
    copyFileSync(path.join(FIXTURES, LEGACY), path.join(dir, LEGACY));
    expect((await runCommand(importRun, [LEGACY, '--out', 'plan.xlsx'], dir)).code).toBe(0);
    const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Notater' },
      { kind: 'setCells', sheet: 'Notater', origin: 'A1', values: [['Husk møtet']] },
      { kind: 'ensureSheet', sheet: 'Arkiv 2010-2013' },
      { kind: 'setCells', sheet: 'Arkiv 2010-2013', origin: 'A1', values: [['Gammel plan'], ['D-001', 123]] },
    ]);
    await saveXlsxFile(wb, path.join(dir, 'plan-notater.xlsx'));
  });
  afterAll(() => cleanup());

  async function rolled(input: string, out: string): Promise<{ snapshot: WorkbookSnapshot; stdout: string }> {
    const result = await runCommand(run, [input, '--out', out], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return { snapshot: await (await openXlsxFile(path.join(dir, out))).read(), stdout: result.stdout };
  }

  it('writes the next period: first year out, Varig last year = Helårsvirkning, investment before the period', async () => {
    const { snapshot } = await rolled('plan.xlsx', 'rullert.xlsx');
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    expect(plan.settings).toMatchObject({ startYear: 2012, yearCount: 4, priceLevel: 'faste 2012-kroner' });
    expect(plan.years).toEqual([2012, 2013, 2014, 2015]);
    expect(plan.operating[0]?.years).toEqual([1_200_000, 1_800_000, 2_400_000, 2_400_000]);
    expect(plan.investment[0]).toMatchObject({ id: 'I-001', before: 3_000_000, budget: 3_000_000 });
    expect(plan.operating.map((m) => m.id)).toEqual([
      'D-001',
      'D-002',
      'D-003',
      'D-004',
      'D-005',
      'D-006',
      'D-007',
      'D-008',
      'D-009',
    ]);
  });

  it('keeps the old period on "Arkiv 2011–2014" as values', async () => {
    const { snapshot } = await rolled('plan.xlsx', 'rullert-arkiv.xlsx');
    const archive = snapshot.sheets.find((s) => s.sheet === 'Arkiv 2011–2014');
    const header = archive?.values.find((r) => r[0] === 'ID');
    const d1 = archive?.values.find((r) => r[0] === 'D-001');
    expect(header?.slice(7, 11)).toEqual([2011, 2012, 2013, 2014]);
    expect(d1?.slice(7, 11)).toEqual([600, 1200, 1800, 2400]);
    // A version of the old period (SPEC §14), stamped with today's date.
    const [version] = findVersions(snapshot);
    expect(version).toMatchObject({ sheet: 'Arkiv 2011–2014', label: 'Tiltaksplan 2011–2014 før rullering' });
    expect(version?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("writes into a copy of the workbook: the user's sheets and earlier archives stay as they were, unnamed", async () => {
    const { snapshot, stdout } = await rolled('plan-notater.xlsx', 'rullert-notater.xlsx');
    expect(snapshot.sheets.find((s) => s.sheet === 'Arkiv 2010-2013')?.values[1]).toEqual(['D-001', 123]);
    expect(snapshot.sheets.find((s) => s.sheet === 'Notater')?.values).toEqual([['Husk møtet']]);
    expect(snapshot.sheets.some((s) => s.sheet === 'Importlogg')).toBe(true);
    expect(stdout).not.toContain('«Notater»');
    expect(stdout).not.toContain('«Importlogg»');
  });

  it('says what it did in the chosen language', async () => {
    const result = await runCommand(run, ['plan-notater.xlsx', '--out', 'rolled-en.xlsx', '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      cliText('rollWritten', 'en', { file: 'rolled-en.xlsx', years: '2012–2015', sheet: 'Arkiv 2011–2014' }),
    );
    expect(result.stdout).not.toContain('arket');
  });

  it.each([
    ['a workbook without measure tables', [LEGACY, '--out', 'x.xlsx']],
    ['no --out', ['plan.xlsx']],
    ['--out is the input', ['plan.xlsx', '--out', './plan.xlsx']],
    ['an existing --out', ['plan.xlsx', '--out', LEGACY]],
    ['a missing input', ['borte.xlsx', '--out', 'x.xlsx']],
  ])('exits 2 with one line and writes nothing for %s', async (_name, args) => {
    const folder = (): Record<string, string> =>
      Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
    const before = folder();
    const result = await runCommand(run, args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder()).toEqual(before);
  });

  it.each([
    ['Antall planår', 100, '«100»'],
    ['Antall planår', -3, '«-3»'],
    ['Antall planår', 4.5, '«4,5»'],
    ['Første planår', 'tjue', '«tjue»'],
  ])(
    'refuses %s = %p with the setting-invalid finding of check, exit 1, nothing written',
    async (setting, value, shown) => {
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const settings = (await wb.read()).sheets.find((x) => x.sheet === 'Innstillinger');
      const row = settings?.values.findIndex((r) => r[0] === setting) ?? -1;
      expect(row).toBeGreaterThan(0);
      await wb.apply([{ kind: 'setCells', sheet: 'Innstillinger', origin: `B${row + 1}`, values: [[value]] }]);
      await saveXlsxFile(wb, path.join(dir, `ugyldig-${row}-${String(value)}.xlsx`));
      const before = readdirSync(dir).sort();
      const result = await runCommand(run, [`ugyldig-${row}-${String(value)}.xlsx`, '--out', 'aldri.xlsx'], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Ingenting er skrevet');
      expect(result.stderr).toContain(`Innstillinger!B${row + 1}`);
      expect(result.stderr).toContain(shown);
      expect(readdirSync(dir).sort()).toEqual(before);
    },
  );
});

describe('tiltaksplan roll of a plan whose year headers are not its period', () => {
  it('refuses with the year-columns finding, exit 1, nothing written', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example'], dir)).code).toBe(0);
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const layout = readPlan(await wb.read(), { defaultStartYear: 2027 }).plan.layouts.operating;
      const header = `${layout?.yearColumns['2030']}${layout?.headerRow}`;
      await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: header, values: [[2031]] }]);
      await saveXlsxFile(wb, path.join(dir, 'plan-2031.xlsx'));
      const before = readdirSync(dir).sort();
      const result = await runCommand(run, ['plan-2031.xlsx', '--out', 'aldri.xlsx'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('årskolonnene må rettes først');
      expect(result.stderr).toContain('Tiltak drift!');
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      cleanup();
    }
  });
});

describe('tiltaksplan roll of a one-off measure with cost left', () => {
  it('brings its financing down with its period sum and says so', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example'], dir)).code).toBe(0);
      // The example's D-002 (Engangs, 300 in 2027, Endret drift 300) gets 100 in 2028 too, financed 400.
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
      const d2 = plan.operating.find((m) => m.id === 'D-002');
      const layout = plan.layouts.operating;
      const cell = (column: string | undefined) => `${column}${d2?.row}`;
      await wb.apply([
        { kind: 'setCells', sheet: 'Tiltak drift', origin: cell(layout?.yearColumns['2028']), values: [[100]] },
        { kind: 'setCells', sheet: 'Tiltak drift', origin: cell(layout?.columns.finReallocation), values: [[400]] },
      ]);
      await saveXlsxFile(wb, path.join(dir, 'plan-d2.xlsx'));

      const result = await runCommand(run, ['plan-d2.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Finansieringen av D-002 følger Sum periode');
      const rolled = readPlan(await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read(), {
        defaultStartYear: 2028,
      });
      // 2027 leaves; 100 of 400 stays, all of it Endret drift (in kroner).
      expect(rolled.plan.operating.find((m) => m.id === 'D-002')).toMatchObject({
        years: [100_000, null, null, 0],
        finReallocation: 100_000,
      });
    } finally {
      cleanup();
    }
  });
});

describe('tiltaksplan roll of an investment with money in Etter perioden', () => {
  it('keeps the new last year 0 and tells the user the amount and the year', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example'], dir)).code).toBe(0);
      // The example's I-003 (1 000 a year, 1000 kr) gets 500 in Etter perioden.
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const { plan } = readPlan(await wb.read(), { defaultStartYear: 2027 });
      const i3 = plan.investment.find((m) => m.id === 'I-003');
      const column = plan.layouts.investment?.columns.after;
      await wb.apply([
        { kind: 'setCells', sheet: 'Tiltak investering', origin: `${column}${i3?.row}`, values: [[500]] },
      ]);
      await saveXlsxFile(wb, path.join(dir, 'plan-i3.xlsx'));

      const result = await runCommand(run, ['plan-i3.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const year = (plan.years[3] ?? 0) + 1;
      expect(result.stdout).toContain(
        `I-003 har 500 i Etter perioden; det nye året ${year} er 0. Flytt beløpet dit hvis det faller i ${year}.`,
      );
      const rolled = readPlan(await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read(), {
        defaultStartYear: year - 3,
      });
      expect(rolled.plan.investment.find((m) => m.id === 'I-003')).toMatchObject({
        years: [1_000_000, 1_000_000, 1_000_000, 0],
        after: 500_000,
      });
    } finally {
      cleanup();
    }
  });
});
