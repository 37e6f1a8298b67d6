/**
 * Workbooks saved by real LibreOffice Calc (test/fixtures/libreoffice/, NOTE.md there): every path a user
 * takes with such a file — check, check --write (--out, --in-place, and again on its own output), roll,
 * compare with the original, and the browser pane's add, edit and move measure — gives the figures of the
 * example it was saved from, changes only what the product owns, and writes a workbook that passes
 * ooxml-check. That LibreOffice opens and recalculates what we write is test/oracle's part (it needs soffice).
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../../src/cli/main';
import { parseA1 } from '../../../../src/domain';
import { cellAt } from '../../../../src/domain/read/sheetCells';
import { SUMMARY_AREA_NAME } from '../../../../src/domain/sheets/summary';
import type { CompareJson } from '../../../../src/report/compareJson';
import type { ReportJson } from '../../../../src/report/json';
import { cliText } from '../../../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { LIBREOFFICE_FIXTURES } from '../../../fixtures/make/libreoffice';
import { testIo } from '../../../cli/testIo';
import { diffPackages } from './compare';
import { ownedCellProblems } from './owned';
import { checkEdits, checkWriteParts, expectPreserved, sheetParts } from './paths';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const fixture = (file: string): string => path.join(ROOT, 'test', 'fixtures', 'libreoffice', file);
const example = (file: string): string => path.join(ROOT, 'examples', file);
const bytes = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

/** What must not change when LibreOffice saves a plan: everything `check --format json` says but the file. */
function figures(r: ReportJson) {
  const issues = r.issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell} ${i.measureId ?? ''}`);
  return { plan: r.plan, summary: r.summary, totals: r.totals, reconciliation: r.reconciliation, issues };
}

/** Runs the CLI in `dir`; returns its exit status and what it printed. */
async function cli(dir: string, args: readonly string[]): Promise<{ code: number; out: string }> {
  const io = testIo({ cwd: dir });
  const code = await main([...args], io);
  return { code, out: io.out() };
}

const checkJson = async (dir: string, file: string): Promise<ReportJson> =>
  JSON.parse((await cli(dir, ['check', file, '--format', 'json'])).out) as ReportJson;

/** The value of sheet!A1 in a workbook's bytes. */
async function valueAt(book: Uint8Array, sheet: string, a1: string) {
  const s = (await (await XlsxWorkbook.fromBuffer(book)).read()).sheets.find((x) => x.sheet === sheet);
  const at = parseA1(a1);
  return s && at ? cellAt(s, at.row, at.col) : undefined;
}

describe.each(LIBREOFFICE_FIXTURES)('$file (LibreOffice), against examples/$example', ({ file, example: original }) => {
  let dir = '';
  let expected: ReturnType<typeof figures>;
  let exit = 0;

  beforeAll(async () => {
    dir = testIo().cwd;
    copyFileSync(example(original), path.join(dir, 'original.xlsx'));
    copyFileSync(fixture(file), path.join(dir, 'lo.xlsx'));
    expected = figures(await checkJson(dir, 'original.xlsx'));
    exit = (await cli(dir, ['check', 'original.xlsx'])).code;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check reads the figures of the original: totals, reconciliation and findings', async () => {
    expect(expected.reconciliation.length).toBeGreaterThan(5);
    expect(figures(await checkJson(dir, 'lo.xlsx'))).toEqual(expected);
  });

  it('compare with the original finds the same plan: no measure or line changed, every difference 0', async () => {
    const { code, out } = await cli(dir, ['compare', 'original.xlsx', 'lo.xlsx', '--format', 'json']);
    expect(code).toBe(0);
    const c = JSON.parse(out) as CompareJson;
    expect(c.measures).toEqual({ added: [], removed: [], changed: [] });
    expect(c.economyPlan).toEqual({ added: [], removed: [], changed: [] });
    const { operating, newMoney, investment, byFrame } = c.totals;
    const years = [operating, newMoney, investment, ...byFrame].flatMap((t) => Object.values(t.years));
    expect(years.length).toBeGreaterThanOrEqual(12);
    expect(years.filter((y) => y.difference !== 0 || y.old !== y.new)).toEqual([]);
  });

  it('check --write --out changes only Sammendrag, Avstemming and tblAvstemming, as planned', async () => {
    const planned = await checkEdits(bytes(path.join(dir, 'lo.xlsx')), 'lo.xlsx');
    expect((await cli(dir, ['check', 'lo.xlsx', '--write', '--out', 'ut.xlsx'])).code).toBe(exit);
    const [before, after] = [bytes(path.join(dir, 'lo.xlsx')), bytes(path.join(dir, 'ut.xlsx'))];
    expectPreserved(before, after, checkWriteParts(before, after), 'ut.xlsx', [SUMMARY_AREA_NAME]);
    expect(await ownedCellProblems(before, after, ['Sammendrag', 'Avstemming'], planned, true)).toEqual([]);
    expect(figures(await checkJson(dir, 'ut.xlsx'))).toEqual(expected);
  });

  it('check --write --in-place, then once more: the second run changes no part', async () => {
    copyFileSync(path.join(dir, 'lo.xlsx'), path.join(dir, 'inplace.xlsx'));
    expect((await cli(dir, ['check', 'inplace.xlsx', '--write', '--in-place'])).code).toBe(exit);
    const [before, first] = [bytes(path.join(dir, 'lo.xlsx')), bytes(path.join(dir, 'inplace.xlsx'))];
    expectPreserved(before, first, checkWriteParts(before, first), 'inplace.xlsx', [SUMMARY_AREA_NAME]);
    expect((await cli(dir, ['check', 'inplace.xlsx', '--write', '--in-place'])).code).toBe(exit);
    expect(diffPackages(first, bytes(path.join(dir, 'inplace.xlsx')))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('roll makes the same rolled plan as the roll of the original', async () => {
    expect((await cli(dir, ['roll', 'original.xlsx', '--out', 'original-rullert.xlsx'])).code).toBe(0);
    expect((await cli(dir, ['roll', 'lo.xlsx', '--out', 'lo-rullert.xlsx'])).code).toBe(0);
    const rolled = figures(await checkJson(dir, 'original-rullert.xlsx'));
    expect(rolled.plan.startYear).toBe(expected.plan.startYear + 1);
    expect(figures(await checkJson(dir, 'lo-rullert.xlsx'))).toEqual(rolled);
  });
});

describe('what the user added in LibreOffice (eksempel-libreoffice.xlsx)', () => {
  const lo = fixture('eksempel-libreoffice.xlsx');

  it('check --write keeps the Status and Kommentar typed in Avstemming, its comment and the note beside it', async () => {
    const dir = testIo().cwd;
    copyFileSync(lo, path.join(dir, 'lo.xlsx'));
    await cli(dir, ['check', 'lo.xlsx', '--write', '--out', 'ut.xlsx']);
    const [before, after] = [bytes(lo), bytes(path.join(dir, 'ut.xlsx'))];
    // The row typed on was D-001's new money in 2028; the new run has the same item on the same row.
    const key = await Promise.all(['B3', 'D3', 'G3'].map((c) => valueAt(before, 'Avstemming', c)));
    expect(key).toEqual(['Nye midler per tiltak', 'D-001', 2028]);
    expect(await Promise.all(['B3', 'D3', 'G3'].map((c) => valueAt(after, 'Avstemming', c)))).toEqual(key);
    expect(await valueAt(after, 'Avstemming', 'O3')).toBe('Akseptert');
    expect(await valueAt(after, 'Avstemming', 'P3')).toBe('Avklart med økonomi');
    expect(await valueAt(after, 'Avstemming', 'R6')).toBe('Notat ved Avstemming');
    // The comment on P3 lives in parts of its own, reached from the sheet's relationships: all still there.
    const rels = (b: Uint8Array) => strFromU8(unzipSync(b)[sheetParts(b, ['Avstemming'])[1] ?? ''] ?? new Uint8Array());
    expect(rels(before)).toContain('/comments"');
    for (const target of rels(before).match(/Target="[^"]*"/g) ?? []) expect(rels(after)).toContain(target);
    rmSync(dir, { recursive: true, force: true });
  });

  it('roll keeps the sheet Figurer as it was, and names the comment and conditional format on the table', async () => {
    const dir = testIo().cwd;
    copyFileSync(lo, path.join(dir, 'lo.xlsx'));
    const { out } = await cli(dir, ['roll', 'lo.xlsx', '--out', 'rullert.xlsx']);
    const line = (what: string) => cliText('notCarried', 'nb', { what });
    expect(out.split('\n')).toEqual(
      expect.arrayContaining([
        line(cliText('extra.notes', 'nb', { sheet: 'Tiltak drift' })),
        line(cliText('extra.conditionalFormats', 'nb', { sheet: 'Tiltak drift' })),
      ]),
    );
    // Figurer is kept, not named as lost; its chart is named once (docs/spec.md §11): it plots rows 2…5 (D-001…D-004;
    // D-002 leaves, so D-001, D-003, D-004, D-005 afterwards) of the year columns H…K (2027…2030 → 2028…2031), each
    // series named by its year's header, with Tiltak, Type and Kostnadsstatus (E…G) as categories.
    const y = (col: string, year: number) => [
      `'Tiltak drift'!$${col}$1 (${year} → ${year + 1})`,
      `'Tiltak drift'!$${col}$2:$${col}$5 (${year} → ${year + 1})`,
    ];
    const refs = [
      ...y('H', 2027).slice(0, 1),
      "'Tiltak drift'!$E$2:$G$5 (D-001, D-002, D-003, D-004 → D-001, D-003, D-004, D-005)",
      ...y('H', 2027).slice(1),
      ...y('I', 2028),
      ...y('J', 2029),
      ...y('K', 2030),
    ];
    const chart = cliText('rollStaleChart', 'nb', {
      where: 'Diagrammet «Figurer» på arket «Figurer»',
      refs: refs.join('; '),
    });
    expect(out.split('\n').filter((l) => l.includes('«Figurer»'))).toEqual([chart]);
    const [before, after] = [bytes(lo), bytes(path.join(dir, 'rullert.xlsx'))];
    const part = sheetParts(before, ['Figurer'])[0] ?? '';
    expect(diffPackages(before, after).changed).not.toContain(part);
    expect(sheetParts(after, ['Figurer'])[0]).toBe(part);
    rmSync(dir, { recursive: true, force: true });
  });
});
