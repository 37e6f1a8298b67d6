/**
 * Every write path into a user's workbook (SPEC §11) on workbooks as Excel saves them (the fixture set of
 * test/fixtures/as-excel and real files from Apache POI): every part the product does not own comes back
 * byte for byte, the plumbing keeps what it held, the parts it owns hold what was planned, and the result
 * passes ooxml-check.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../../src/cli/main';
import { checkWorkbook } from '../../../../src/cli/commands/check';
import {
  planAddMeasure,
  planMoveMeasure,
  planReconciliation,
  planUpdateMeasure,
  readPlan,
  type Edit,
} from '../../../../src/domain';
import { reconciliationSheetText } from '../../../../src/i18n/sheets';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { testIo } from '../../../cli/testIo';
import { NOTES } from '../../../fixtures/make/asExcel';
import { diffPackages } from './compare';
import { ownedCellProblems } from './owned';
import { checkEdits, checkWriteParts, editsOf, expectPreserved, sheetParts } from './paths';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures');
const AS_EXCEL = ['as-excel/plan-as-excel.xlsx', 'as-excel/plan-as-excel.xlsm'];
const POI = [
  'poi/ExcelPivotTableSample.xlsx',
  'poi/WithChart.xlsx',
  'poi/64759.xlsx',
  'poi/SimpleMacro.xlsm',
  'poi/47889.xlsx',
  'poi/59021.xlsx',
  'poi/58760.xlsx',
];
const read = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, file)));

describe.each(AS_EXCEL)('%s', (file) => {
  const ext = path.extname(file);

  it('check --write: only Sammendrag, Avstemming and tblAvstemming change, as the check planned them', async () => {
    const planned = await checkEdits(read(file), file);
    const io = testIo();
    copyFileSync(path.join(FIXTURES, file), path.join(io.cwd, `plan${ext}`));
    await main(['check', `plan${ext}`, '--write', '--out', `ut${ext}`], io);
    const before = read(file);
    const after = new Uint8Array(readFileSync(path.join(io.cwd, `ut${ext}`)));
    expectPreserved(before, after, checkWriteParts(before, after), `ut${ext}`);
    expect(await ownedCellProblems(before, after, ['Sammendrag', 'Avstemming'], planned, true)).toEqual([]);
    expect(await main(['check', `ut${ext}`], testIo({ cwd: io.cwd }))).not.toBe(2);
    rmSync(io.cwd, { recursive: true, force: true });
  });

  it('check --write --in-place: the same, written over the file', async () => {
    const io = testIo();
    copyFileSync(path.join(FIXTURES, file), path.join(io.cwd, `plan${ext}`));
    await main(['check', `plan${ext}`, '--write', '--in-place'], io);
    const before = read(file);
    const after = new Uint8Array(readFileSync(path.join(io.cwd, `plan${ext}`)));
    expectPreserved(before, after, checkWriteParts(before, after), `plan${ext}`);
    rmSync(io.cwd, { recursive: true, force: true });
  });
});

// The POI files are no plans (no measure table): check --write writes nothing into them (check.ts), so the
// package writer is driven directly with what check plans for them — the parts it writes and keeps are the
// same as for a plan, and these real files carry what Excel writes (pivots, charts, macros, shared formulas).
describe.each(POI)('%s (no plan)', (file) => {
  const ext = path.extname(file);

  it('Sammendrag and Avstemming written by the package writer: only they and tblAvstemming change', async () => {
    const before = read(file);
    const planned = await checkEdits(before, file);
    const wb = await XlsxWorkbook.fromBuffer(before);
    await wb.apply(planned);
    const after = await wb.toBuffer();
    expectPreserved(before, after, checkWriteParts(before, after), `ut${ext}`);
    expect(await ownedCellProblems(before, after, ['Sammendrag', 'Avstemming'], planned, true)).toEqual([]);
  });

  it('check --write --in-place leaves it byte for byte: it is no plan', async () => {
    const io = testIo();
    copyFileSync(path.join(FIXTURES, file), path.join(io.cwd, `plan${ext}`));
    expect(await main(['check', `plan${ext}`, '--write', '--in-place'], io)).toBe(1);
    expect(new Uint8Array(readFileSync(path.join(io.cwd, `plan${ext}`)))).toEqual(read(file));
    expect(io.err()).toContain('ingenting er skrevet i filen');
    rmSync(io.cwd, { recursive: true, force: true });
  });
});

describe.each(AS_EXCEL)('%s in the browser pane', (file) => {
  const ext = path.extname(file);

  /** Opens the fixture as the pane does, applies the planned edits, and returns the bytes it downloads. */
  async function paneWrite(
    plan: (wb: XlsxWorkbook) => Promise<Edit[]>,
  ): Promise<{ before: Uint8Array; after: Uint8Array; edits: Edit[] }> {
    const before = read(file);
    const wb = await XlsxWorkbook.fromBuffer(before);
    const edits = await plan(wb);
    await wb.apply(edits);
    return { before, after: await wb.toBuffer(), edits };
  }

  const planOf = async (wb: XlsxWorkbook) => readPlan(await wb.read(), { defaultStartYear: 2027 }).plan;

  it.each([
    [
      'edit measure',
      async (wb: XlsxWorkbook) => {
        const snapshot = await wb.read();
        const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
        return planUpdateMeasure(
          plan,
          'D-002',
          { values: { measure: 'Endret tekst' }, years: [500, 500, 500, 500] },
          snapshot,
        );
      },
    ],
    ['move measure', async (wb: XlsxWorkbook) => planMoveMeasure(await planOf(wb), 'D-002', 'up')],
  ])('%s: only the measure sheet (and its table) change, in the cells the edits name', async (_what, plan) => {
    const { before, after, edits } = await paneWrite(plan);
    expect(edits.length).toBeGreaterThan(0);
    const sheets = [...new Set(edits.flatMap((e) => ('sheet' in e ? [e.sheet] : [])))];
    const tables = diffPackages(before, after).changed.filter((p) => p.startsWith('xl/tables/'));
    expectPreserved(before, after, [...sheetParts(after, sheets), ...tables], `pane${ext}`);
    expect(await ownedCellProblems(before, after, sheets, edits)).toEqual([]);
  });

  it.each([
    ['operating', NOTES.operating],
    ['investment', NOTES.investment],
  ] as const)('add %s measure: refused, naming the note typed under the table, on either read', async (kind, note) => {
    const wb = await XlsxWorkbook.fromBuffer(read(file));
    const row = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
    for (const snapshot of [await wb.read(), await wb.read('structure'), await wb.read('check')])
      expect(planAddMeasure(readPlan(snapshot, { defaultStartYear: 2027 }).plan, kind, row, snapshot)).toEqual({
        ok: false,
        blocked: [{ sheet: note.sheet, cell: note.cell }],
      });
  });

  it('write reconciliation: only Avstemming and its table change', async () => {
    const { before, after } = await paneWrite(async (wb) => {
      const snapshot = await wb.read('structure');
      const result = checkWorkbook(snapshot, file, 'nb', 2026);
      const text = reconciliationSheetText('nb', result.plan.settings.unit);
      return editsOf(planReconciliation(result.report.reconciliation, result.plan, snapshot, text));
    });
    const tables = diffPackages(before, after).changed.filter((p) => p.startsWith('xl/tables/'));
    expectPreserved(before, after, [...sheetParts(after, ['Avstemming']), ...tables], `avstemming${ext}`);
  });
});
