/**
 * The user's own columns of a measure table through the Excel adapter (SPEC §11 roll, §14 Lagre versjon): a date
 * typed in one («Vedtatt dato» 15.03.2027) is stored by Excel as its day number with a date format, and
 * `range.values` gives only the number; a number keeps its own format. Lagre versjon (planned on a check read)
 * and roll forward (a roll read) must carry the date as a date and the number with its format, as the file path
 * does (test/domain/sheets/versionUserColumns.test.ts, test/cli/rollUserColumns.test.ts).
 */
import { planRolledWorkbook, planSaveVersion, readPlan } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkModel, excelPort, exampleModel } from './exampleModel';
import type { FakeCell } from './fakeModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

// 15.03.2027: 01.03.2027 is day 46447 (46023 is 01.01.2026, + 365 = 46388 for 01.01.2027, + 31 + 28 = 46447),
// + 14 days = 46461.
const MARCH_15_2027 = 46461;

/**
 * The example with three columns of the user's after Kommentar (U) in tblTiltakDrift, filled on D-003's row 4
 * (not the first body row, whose formats a roll read loads for every column):
 * V «Vedtatt dato» a date, W «Andel» 0,25 shown as 25 %, X «Merk» a formula showing "ja".
 */
async function withUserColumns(): Promise<FakeModel> {
  const model = await exampleModel();
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  expect(table?.ref).toBe('A1:U12');
  if (table) table.ref = 'A1:X12';
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  expect([cells.get('A4')?.value, cells.get('U1')?.value]).toEqual(['D-003', 'Kommentar']);
  const set: [string, FakeCell][] = [
    ['V1', { value: 'Vedtatt dato' }],
    ['W1', { value: 'Andel' }],
    ['X1', { value: 'Merk' }],
    ['V4', { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' }],
    ['W4', { value: 0.25, numberFormat: '0%' }],
    ['X4', { value: 'ja', formula: '=IF(A4="","","ja")' }],
  ];
  for (const [a1, cell] of set) cells.set(a1, cell);
  return model;
}

const cellsOf = (model: FakeModel, sheet: string) => model.sheets.find((s) => s.name === sheet)?.cells;

/** The row of `id` in column A of a sheet. */
function rowOf(model: FakeModel, sheet: string, id: string): number {
  const found = [...(cellsOf(model, sheet) ?? [])].find(([a1, c]) => /^A\d+$/.test(a1) && c.value === id);
  if (!found) throw new Error(`no ${id} on ${sheet}`);
  return Number(found[0].slice(1));
}

describe("a date and a formatted number in a user's column, on the Excel path", () => {
  it('Lagre versjon (on a check read) writes the date as a date and the number with its format', async () => {
    const model = await withUserColumns();
    const { snapshot, result } = await checkModel(model);
    const planned = planSaveVersion(snapshot, result.plan, { label: 'Vedtatt', date: '2027-01-10' }, result.findings);
    await excelPort(model).apply(planned.edits);

    // The version sheet as test/domain/sheets/versionUserColumns.test.ts lays it out: Tiltak drift's header on
    // row 14, D-001 on row 15, D-003 on 17; 21 product columns (A … U), so the user's are V, W, X.
    const version = cellsOf(model, planned.sheet);
    expect([version?.get('V14')?.value, version?.get('W14')?.value, version?.get('X14')?.value]).toEqual([
      'Vedtatt dato',
      'Andel',
      'Merk',
    ]);
    expect(version?.get('A17')?.value).toBe('D-003');
    expect(version?.get('V17')).toEqual({ value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
    expect(version?.get('W17')).toEqual({ value: 0.25, numberFormat: '0%' });
    expect(version?.get('X17')?.value).toBe('ja');
  });

  it('roll forward (on a roll read) carries the date as a date, the number with its format, and names the formula', async () => {
    const model = await withUserColumns();
    const snapshot = await excelPort(model).read('roll');
    const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
    const rolled = planRolledWorkbook(snapshot, plan, { date: '2027-12-01', findings });
    const fresh: FakeModel = { sheets: [], tables: [], names: [] };
    await excelPort(fresh).apply(rolled.edits);

    // The rolled table keeps 21 product columns (the first year leaves, a new last year comes): V, W, X again.
    const row = rowOf(fresh, 'Tiltak drift', 'D-003');
    const table = cellsOf(fresh, 'Tiltak drift');
    expect(table?.get('V1')?.value).toBe('Vedtatt dato');
    expect(table?.get(`V${row}`)).toEqual({ value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
    expect(table?.get(`W${row}`)).toEqual({ value: 0.25, numberFormat: '0%' });
    expect(table?.get(`X${row}`)?.value).toBe('ja');
    // The archive of the old period is a version too: the same cells after its product columns.
    const archived = cellsOf(fresh, rolled.archiveSheet);
    expect(archived?.get('V17')).toEqual({ value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
    // A formula in a user's column is carried as the value it showed, and the roll names it (SPEC §11).
    expect(rolled.formulaValues).toEqual([
      { cell: 'Tiltak drift!X4', formula: '=IF(A4="","","ja")', value: 'ja', table: 'tblTiltakDrift' },
    ]);
  });

  // The plan a roll rolls is read from the roll read (Struktur → Rull fram), as the command line reads it.
  it('a roll read tells an amount Excel shows as a date below the first body row, as a check read does', async () => {
    const model = await exampleModel();
    // H6: D-005's 2027, 46143 shown as a date (the 1st of May 2026, a "1.5" typed in Norwegian Excel).
    cellsOf(model, 'Tiltak drift')?.set('H6', { value: 46143, numberFormat: 'd-mmm' });
    const invalidAtH6 = (fs: readonly { code: string; cell: string }[]) =>
      fs.filter((f) => f.code === 'amount-invalid' && f.cell === 'H6').length;
    expect(invalidAtH6((await checkModel(model)).result.findings)).toBe(1);
    const roll = readPlan(await excelPort(model).read('roll'), { defaultStartYear: 2027 });
    expect(invalidAtH6(roll.findings)).toBe(1);
    expect(roll.plan.operating.find((m) => m.row === 6)?.years[0]).toBe(0);
  });

  it("reads the formats of the user's columns' body in the check's own syncs, and their formulas in a roll only", async () => {
    const formatsOf = async (model: FakeModel, scope: 'check' | 'roll') => {
      const ctx = new RecordingContext(model);
      await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true }).read(scope);
      const loads = ctx.loads.map((l) => `${l.target} ${l.props}`);
      return { syncs: ctx.syncCount, user: loads.filter((l) => /^Tiltak drift![VWX]\d/.test(l)) };
    };
    const plain = await formatsOf(await exampleModel(), 'check');
    const check = await formatsOf(await withUserColumns(), 'check');
    // The body is rows 2–12; the user's columns are V, W and X, one block each; no formulas of them.
    expect(check.user).toEqual([
      'Tiltak drift!V2:V12 numberFormat',
      'Tiltak drift!W2:W12 numberFormat',
      'Tiltak drift!X2:X12 numberFormat',
    ]);
    expect([plain.syncs, check.syncs]).toEqual([3, 3]);
    const roll = await formatsOf(await withUserColumns(), 'roll');
    expect(roll.user.filter((l) => l.endsWith(' formulas'))).toEqual([
      'Tiltak drift!V2:V12 formulas',
      'Tiltak drift!W2:W12 formulas',
      'Tiltak drift!X2:X12 formulas',
    ]);
  });
});
