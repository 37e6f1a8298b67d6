/**
 * SPEC §4 (an ID is never reused), §14 (a version holds the measure tables and the economy plan) on the Excel path,
 * as test/cli/checkVersionRefIds.test.ts on the file path: a check read takes of a saved version the columns that may
 * hold IDs only, and the ID id-missing suggests skips every ID the version holds — also one only an economy plan
 * line's Ref names there, and those of a version the user moved off A1 — at no sync of its own.
 *
 * By hand: the example holds D-001 … D-011; D-005's ID is emptied in the table (tables' highest then D-011 → D-012).
 * (a) The version's first economy plan line has Ref «D-014», none of its measure rows: D-015.
 * (b) The version starts at C3 and its D-011 row has ID «D-013»: D-014.
 */
import { readPlan, SHEETS, type CellInput, type Edit } from '../../../src/domain';
import { planVersionSheet, versionLayout } from '../../../src/domain/sheets/version';
import { validatePlan } from '../../../src/domain/validate/plan';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkModel, exampleModel } from './exampleModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (ctx: RecordingContext, budget?: number) =>
  new ExcelWorkbook({
    run: recordingRunner(ctx),
    isSetSupported: () => true,
    retryDelayMs: 0,
    ...(budget && { budget }),
  });

/** The example with a version written by `edits` of its layout (rows changed by `change`), D-005's ID emptied. */
async function withVersion(change: (rows: CellInput[][]) => void, origin: string): Promise<FakeModel> {
  const model = await exampleModel();
  const { result } = await checkModel(model);
  const layout = versionLayout(result.plan, { label: 'Vedtatt 2026', date: '2026-12-10' });
  const rows = layout.rows.map((r) => [...r]);
  change(rows);
  const edits = planVersionSheet('Versjon 1', { ...layout, rows }, true).map((e): Edit =>
    e.kind === 'setCells' ? { ...e, origin } : e,
  );
  await port(new RecordingContext(model)).apply(edits);
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  const at = [...cells].find(([a1, c]) => /^A\d+$/.test(a1) && c.value === 'D-005')?.[0];
  if (!at) throw new Error('no D-005');
  cells.delete(at);
  return model;
}

const rowOf = (rows: readonly CellInput[][], first: string): CellInput[] => {
  const row = rows.find((r) => r[0] === first);
  if (!row) throw new Error(`no row ${first}`);
  return row;
};

/** What id-missing suggests on a check read of `model` (under `budget`), and the syncs of that read. */
async function suggested(model: FakeModel, budget?: number): Promise<{ ids: unknown[]; syncs: number }> {
  const ctx = new RecordingContext(model);
  const snapshot = await port(ctx, budget).read('check');
  const missing = validatePlan(readPlan(snapshot, { defaultStartYear: 2027 }).plan).filter(
    (f) => f.code === 'id-missing',
  );
  return { ids: missing.map((f) => f.params['suggestion']), syncs: ctx.syncCount };
}

/** The version's first economy plan line names D-014 in its Ref. */
const refOnly = (rows: CellInput[][]) => {
  const title = rows.indexOf(rowOf(rows, SHEETS.economyPlan));
  rows[title + 2]![2] = 'D-014';
};

describe('ExcelWorkbook.read(check): every ID a saved version holds is skipped', () => {
  test('an ID only an economy plan line’s Ref names: D-015, in the 3 syncs of a check read', async () => {
    expect(await suggested(await withVersion(refOnly, 'A1'))).toEqual({ ids: ['D-015'], syncs: 3 });
  });

  test('where the Ref column whole would take a sync more, it is taken from the economy plan’s title down', async () => {
    const model = await withVersion(refOnly, 'A1');
    // A budget under which the example's blocks take three syncs (its tables estimated at the weight of their first
    // rows, more than 24 bytes a cell, payload.ts), and the Ref column whole would take a fourth.
    const ctx = new RecordingContext(model);
    const snapshot = await port(ctx, 35_500).read('check');
    const missing = validatePlan(readPlan(snapshot, { defaultStartYear: 2027 }).plan).filter(
      (f) => f.code === 'id-missing',
    );
    expect(missing.map((f) => f.params['suggestion'])).toEqual(['D-015']);
    const refs = ctx.loads.filter((l) => /^Versjon 1!C/.test(l.target)).map((l) => l.target);
    // The version (A1:…58): its economy plan's title in A35, then its header and lines down to row 58.
    expect(refs).toEqual(['Versjon 1!C36:C58']);
    expect(ctx.syncCount).toBe(5);
  });

  test('a version moved to C3, within the header’s scan from A1: D-014, in 3 syncs', async () => {
    const model = await withVersion((rows) => void (rowOf(rows, 'D-011')[0] = 'D-013'), 'C3');
    expect(await suggested(model)).toEqual({ ids: ['D-014'], syncs: 3 });
  });

  // Further than the header's scan from A1, the sheet's top is probed with the plan's blocks, and its ID columns
  // follow: a sync more for a plan whose blocks take one (as a version renamed costs a versions read, versions.test.ts).
  test.each(['F3', 'A20', 'H30'])('a version moved to %s: D-014, in 4 syncs', async (at) => {
    const model = await withVersion((rows) => void (rowOf(rows, 'D-011')[0] = 'D-013'), at);
    expect(await suggested(model)).toEqual({ ids: ['D-014'], syncs: 4 });
  });
});
