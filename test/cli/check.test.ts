import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { EXAMPLE_DIFFERENCES } from '../../src/domain/example/example';
import type { Report } from '../../src/domain/model/report';
import { reconciliationCodeLabel } from '../../src/i18n';
import { fileText } from '../../src/i18n/cliFiles';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FIXTURES } from '../fixtures/make/plans';
import { partOf, sheetPartOf } from '../workbook/xlsx/parts';
import { testIo, type TestIo } from './testIo';

const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures');
const ALL_FIXTURES = [...FIXTURES.map((f) => f.file), 'calculated-column-as-excel.xlsx'];

const copyFixture = (io: TestIo, name: string, as = name): string => {
  copyFileSync(path.join(FIXTURE_DIR, name), path.join(io.cwd, as));
  return as;
};

const json = (io: TestIo): Report => JSON.parse(io.out()) as Report;

const readFile = async (file: string): Promise<WorkbookSnapshot> =>
  (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();

/** Every sheet except the ones check --write owns, as comparable values and formulas. */
const userCells = (wb: WorkbookSnapshot): Pick<SheetSnapshot, 'sheet' | 'origin' | 'values' | 'formulas'>[] =>
  wb.sheets
    .filter((s) => s.sheet !== 'Sammendrag' && s.sheet !== 'Avstemming')
    .map((s) => ({ sheet: s.sheet, origin: s.origin, values: s.values, formulas: s.formulas }));

describe('new → check', () => {
  it('a new empty plan checks clean', async () => {
    const io = testIo();
    const made = testIo({ cwd: io.cwd });
    expect(await main(['new', 'plan.xlsx', '--start', '2027'], made)).toBe(0);
    // Issue 14: the tables are empty, the lists are not, and the message says so.
    expect(made.out()).toContain('plan uten tiltak for 2027–2030, 1000 kr, med eksempellister');
    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(0);
    const report = json(io);
    expect(report.summary.errors).toBe(0);
    expect(report.plan).toEqual({ startYear: 2027, years: [2027, 2028, 2029, 2030], unit: '1000 kr' });
  });

  it.each([['kr'], ['mill kr']])('a new plan in %s with 6 years checks clean', async (unit) => {
    const io = testIo();
    expect(
      await main(['new', 'plan.xlsx', '--start', '2030', '--years', '6', '--unit', unit], testIo({ cwd: io.cwd })),
    ).toBe(0);
    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(0);
    expect(json(io).plan.years).toHaveLength(6);
    expect(json(io).plan.unit).toBe(unit);
  });

  it('new refuses to write over an existing file', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), 'mine');
    expect(await main(['new', 'plan.xlsx'], io)).toBe(2);
    expect(readFileSync(path.join(io.cwd, 'plan.xlsx'), 'utf8')).toBe('mine');
  });

  it('the example shows exactly EXAMPLE_DIFFERENCES besides matches', async () => {
    const io = testIo();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    await main(['check', 'eksempel.xlsx', '--format', 'json'], io);
    const items = json(io).reconciliation.filter((i) => i.class !== 'match' && i.class !== 'rounding');
    const seen = items
      .map((i) => ({ code: i.code, class: i.class, ref: i.ref, year: i.year }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const expected = EXAMPLE_DIFFERENCES.map((d) => ({
      code: d.code,
      class: d.class,
      ref: d.ref,
      year: d.yearOffset === undefined ? undefined : 2027 + d.yearOffset,
    })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(seen).toEqual(expected);
  });
});

describe('check formats', () => {
  it('json: one document for one file, an array for several, exit = worst', async () => {
    const io = testIo();
    copyFixture(io, 'clean-plan.xlsx');
    copyFixture(io, 'error-operating.xlsx');
    expect(await main(['check', 'clean-plan.xlsx', '--format', 'json'], io)).toBe(0);
    expect(Array.isArray(JSON.parse(io.out()))).toBe(false);
    const both = testIo({ cwd: io.cwd });
    expect(await main(['check', 'clean-plan.xlsx', 'error-operating.xlsx', '--format', 'json'], both)).toBe(1);
    const reports = JSON.parse(both.out()) as Report[];
    expect(reports.map((r) => r.file)).toEqual(['clean-plan.xlsx', 'error-operating.xlsx']);
    expect(Object.keys(reports[0] ?? {})).toEqual(['file', 'plan', 'summary', 'issues', 'totals', 'reconciliation']);
    expect(Object.keys(reports[0]?.totals ?? {})).toEqual(['operating', 'investment', 'statusCounts']);
    expect(reports[0]?.totals.operating.all.years['2027']).toBe(900_000);
  });

  it('text: Norwegian by default, amounts in the unit, findings by sheet', async () => {
    const io = testIo();
    copyFixture(io, 'error-operating.xlsx');
    expect(await main(['check', 'error-operating.xlsx'], io)).toBe(1);
    expect(io.out()).toContain('Kontroll av tiltaksplan');
    expect(io.out()).toContain('Tiltak drift');
    expect(io.out()).toContain('Finansieringen (');
    expect(io.out()).not.toContain('financing-sum');
    expect(io.out()).toMatch(/2[\s\u00a0\u202f]400/);
    const en = testIo({ cwd: io.cwd });
    await main(['check', 'error-operating.xlsx', '--lang', 'en'], en);
    expect(en.out()).toContain('Measures plan check');
  });

  it('text: the example lists each deliberate difference and counts the matches without listing them', async () => {
    const io = testIo();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    await main(['check', 'eksempel.xlsx'], io);
    const lines = io.out().split('\n');
    for (const d of EXAMPLE_DIFFERENCES) {
      const label = reconciliationCodeLabel(d.code, 'nb');
      expect(lines.some((l) => l.includes(d.ref) && l.includes(label))).toBe(true);
    }
    expect(lines.some((l) => l.includes('measure-new-money'))).toBe(false);
    const jsonIo = testIo({ cwd: io.cwd });
    await main(['check', 'eksempel.xlsx', '--format', 'json'], jsonIo);
    const matches = json(jsonIo).reconciliation.filter((i) => i.class === 'match');
    expect(matches.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes('Nye midler per tiltak') && l.includes('D-001'))).toHaveLength(0);
    expect(io.out()).toContain(`${matches.length} sammenligninger er i samsvar`);
    // The summary tells the sheets' findings from the reconciliation, whose matches are not news.
    const report = json(jsonIo);
    const of = <T extends { severity: string }>(list: readonly T[], s: string) =>
      list.filter((x) => x.severity === s).length;
    const [issues, items] = [report.issues, report.reconciliation];
    expect(io.out()).toContain(
      `Funn i arkene: ${of(issues, 'error')} feil, ${of(issues, 'warning')} advarsler, ${of(issues, 'info')} merknader. ` +
        `Avstemming: ${of(items, 'error')} feil, ${of(items, 'warning')} advarsler, ${of(items, 'info')} i samsvar`,
    );
    expect(of(items, 'error')).toBeGreaterThan(0);
  });

  it('html: one self-contained page with every workbook string escaped', async () => {
    const io = testIo();
    const evil = '<img src=x onerror=alert(1)>';
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(path.join(FIXTURE_DIR, 'clean-plan.xlsx')));
    // D-003 is not costed: its Tiltak text is listed in the report, and its section is unknown (a finding).
    await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'B4', values: [[evil, null, null, evil]] }]);
    writeFileSync(path.join(io.cwd, 'evil.xlsx'), await wb.toBuffer());
    await main(['check', 'evil.xlsx', '--format', 'html', '--out', 'rapport.html'], io);
    const html = readFileSync(path.join(io.cwd, 'rapport.html'), 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});

describe('check --write', () => {
  it.each(ALL_FIXTURES)(
    '%s: read → check --write → read keeps every cell outside Sammendrag/Avstemming',
    async (name) => {
      const io = testIo();
      copyFixture(io, name, 'plan.xlsx');
      const before = await readFile(path.join(io.cwd, 'plan.xlsx'));
      const code = await main(['check', 'plan.xlsx', '--write', '--format', 'json'], io);
      expect([0, 1]).toContain(code);
      const after = await readFile(path.join(io.cwd, 'plan-kontrollert.xlsx'));
      expect(userCells(after)).toEqual(userCells(before));
      expect(after.sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['Sammendrag', 'Avstemming']));
      expect(after.tables.map((t) => t.name)).toContain('tblAvstemming');
    },
  );

  it('never writes over an existing copy, and --in-place writes the file itself', async () => {
    const io = testIo();
    copyFixture(io, 'clean-plan.xlsx', 'plan.xlsx');
    writeFileSync(path.join(io.cwd, 'plan-kontrollert.xlsx'), 'mine');
    expect(await main(['check', 'plan.xlsx', '--write'], io)).toBe(2);
    expect(readFileSync(path.join(io.cwd, 'plan-kontrollert.xlsx'), 'utf8')).toBe('mine');
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
    expect((await readFile(path.join(io.cwd, 'plan.xlsx'))).sheets.map((s) => s.sheet)).toContain('Avstemming');
  });

  it('--lang nn writes Sammendrag and Avstemming in nynorsk, headers and codes in JSON as they were', async () => {
    const io = testIo();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['check', 'eksempel.xlsx', '--write', '--lang', 'nn', '--format', 'json'], io)).toBe(1);
    const after = await readFile(path.join(io.cwd, 'eksempel-kontrollert.xlsx'));
    const sheet = (name: string) => after.sheets.find((s) => s.sheet === name)?.values ?? [];
    const avstemming = sheet('Avstemming');
    expect(avstemming[0]?.slice(0, 3)).toEqual(['Alvor', 'Kode', 'Klasse']);
    const labels = new Set(avstemming.slice(1).flatMap((r) => r.slice(0, 3)));
    expect(labels).toContain('Nye midlar per tiltak');
    expect(labels).toContain('Samsvar');
    expect([...labels].filter((v) => typeof v === 'string' && /^[a-z]+(-[a-z]+)+$/.test(v))).toEqual([]);
    expect([...labels].filter((v) => ['Advarsel', 'Info', 'Ikke kostnadsberegnet'].includes(String(v)))).toEqual([]);
    const summary = sheet('Sammendrag').map((r) => r[0]);
    expect(summary).toEqual(expect.arrayContaining(['Samandrag', 'Alle seksjonar', 'Tiltak som ikkje er berekna']));
    expect(JSON.parse(io.out()).reconciliation[0].code).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('writes every formula with its cached value, so Excel opens the copy without recalculating', async () => {
    const io = testIo();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['check', 'eksempel.xlsx', '--write'], io)).toBe(1);
    const bytes = readFileSync(path.join(io.cwd, 'eksempel-kontrollert.xlsx'));
    expect(partOf(bytes, 'xl/workbook.xml')).not.toContain('fullCalcOnLoad');
    const avstemming = sheetPartOf(bytes, 'Avstemming');
    const formulas = [...avstemming.matchAll(/<c [^>]*>(<f>.*?<\/f>)(.*?)<\/c>/g)];
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((m) => !m[2]?.startsWith('<v>'))).toEqual([]);
    // The link to Tiltak drift!H2 shows its address, and that is its cached value.
    expect(avstemming).toContain(
      `<c r="M2" t="str"><f>HYPERLINK("#'Tiltak drift'!H2","Tiltak drift!H2")</f><v>Tiltak drift!H2</v></c>`,
    );
  });

  it.each([
    ['clean-plan.xlsx', 'plan.xlsx', 'rapport.html', '.xlsx'],
    ['clean-plan.xlsx', 'plan.xlsx', 'plan.xlsm', '.xlsx'],
    ['as-excel/plan-as-excel.xlsm', 'plan.xlsm', 'ut.xlsx', '.xlsm'],
  ])(
    '--write --out under a name Excel would refuse for the copy: %s as %s to %s is refused, nothing written',
    async (fixture, input, out, ext) => {
      const io = testIo();
      copyFixture(io, fixture, input);
      expect(await main(['check', input, '--write', '--out', out], io)).toBe(2);
      expect(io.files()).toEqual([input]);
      expect(io.out()).toBe('');
      expect(io.err()).toBe(`${fileText('copyExtension', 'nb', { file: out, ext, input })}\n`);
    },
  );

  it('--write --out keeps the kind of workbook: an .xlsm to an .XLSM copy, a .XLSX to an .xlsx one', async () => {
    const io = testIo();
    copyFixture(io, 'as-excel/plan-as-excel.xlsm', 'plan.xlsm');
    copyFixture(io, 'clean-plan.xlsx', 'PLAN.XLSX');
    expect([0, 1]).toContain(await main(['check', 'plan.xlsm', '--write', '--out', 'UT.XLSM'], io));
    expect(await main(['check', 'PLAN.XLSX', '--write', '--out', 'ut.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(io.files()).toEqual(['PLAN.XLSX', 'UT.XLSM', 'plan.xlsm', 'ut.xlsx']);
  });

  it('--out names the copy', async () => {
    const io = testIo();
    copyFixture(io, 'clean-plan.xlsx', 'plan.xlsx');
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(0);
    expect(existsSync(path.join(io.cwd, 'ut.xlsx'))).toBe(true);
    expect(existsSync(path.join(io.cwd, 'plan-kontrollert.xlsx'))).toBe(false);
  });
});

describe('a measure table whose header row the user turned off (Table Design → Header Row)', () => {
  it('is checked as the same plan with its header row shown: the names come from the table part', async () => {
    const io = testIo();
    copyFixture(io, 'clean-plan.xlsx');
    // As Excel saves it: headerRowCount="0", the ref from the first body row, the header cells emptied.
    const files = unzipSync(readFileSync(path.join(io.cwd, 'clean-plan.xlsx')));
    const table = strFromU8(files['xl/tables/table6.xml'] ?? new Uint8Array());
    expect(table).toContain('ref="A1:U4"');
    files['xl/tables/table6.xml'] = strToU8(
      table
        .replace('ref="A1:U4"', 'ref="A2:U4"')
        .replace('headerRowCount="1"', 'headerRowCount="0"')
        .replace(/<autoFilter [^>]*\/>|<autoFilter [\s\S]*?<\/autoFilter>/, ''),
    );
    const sheet = sheetPartOf(readFileSync(path.join(io.cwd, 'clean-plan.xlsx')), 'Tiltak drift');
    const name = Object.keys(files).find(
      (n) => n.startsWith('xl/worksheets/sheet') && strFromU8(files[n] ?? new Uint8Array()) === sheet,
    );
    expect(name).toBeDefined();
    files[name ?? ''] = strToU8(sheet.replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, ''));
    writeFileSync(path.join(io.cwd, 'headerless.xlsx'), zipSync(files));
    expect(await main(['check', 'clean-plan.xlsx', '--format', 'json'], io)).toBe(0);
    const shown = testIo({ cwd: io.cwd });
    expect(await main(['check', 'headerless.xlsx', '--format', 'json'], shown)).toBe(0);
    expect({ ...json(shown), file: '' }).toEqual({ ...json(io), file: '' });
  });
});
