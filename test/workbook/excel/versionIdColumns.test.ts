/**
 * SPEC §4 (an ID is never reused) on the Excel path, as the file adapter reads it (test/cli/checkArchivedIds.test.ts):
 * a check read takes of a saved version its ID columns alone (domain model/readScope.ts versionIdColumns), and the
 * ID id-missing suggests skips the IDs held there. By hand: the example holds D-001 … D-011; a version saved of it
 * holds them too; then D-011's ID is emptied in the table. The tables' highest is D-010, but D-011 was handed out:
 * id-missing suggests D-012 (D-011 without the version's IDs).
 */
import { findVersions, planSaveVersion, readPlan } from '../../../src/domain';
import { validatePlan } from '../../../src/domain/validate/plan';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkModel, exampleModel } from './exampleModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const port = (ctx: RecordingContext) =>
  new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, retryDelayMs: 0 });

/** The example with a version saved on `name` (renamed by the user from «Versjon 1»), then D-011's ID emptied. */
async function withVersionAndNoD011(name: string): Promise<FakeModel> {
  const model = await exampleModel();
  const { snapshot, result } = await checkModel(model);
  const stamp = { label: 'Vedtatt 2026', date: '2026-12-10' };
  await port(new RecordingContext(model)).apply(planSaveVersion(snapshot, result.plan, stamp).edits);
  const version = model.sheets.find((s) => s.name === 'Versjon 1');
  if (!version) throw new Error('the version was not written');
  version.name = name;
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  const at = [...cells].find(([a1, c]) => /^A\d+$/.test(a1) && c.value === 'D-011')?.[0];
  if (!at) throw new Error('no D-011');
  cells.delete(at);
  return model;
}

describe('ExcelWorkbook.read(check): the ID columns of saved versions', () => {
  it.each(['Versjon 1', 'Min kopi'])('id-missing skips the IDs of a version named «%s»: D-012', async (name) => {
    const model = await withVersionAndNoD011(name);
    const ctx = new RecordingContext(model);
    const snapshot = await port(ctx).read('check');
    const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
    expect(plan.versionIds).toEqual(expect.arrayContaining(['D-011', 'I-005']));
    const missing = validatePlan(plan).filter((f) => f.code === 'id-missing');
    expect(missing.map((f) => f.params['suggestion'])).toEqual(['D-012']);

    // Of the version: its used range and its top from A1 (the header), then over its used range column A (the IDs)
    // and column C (the economy plan lines' Ref, whole: the example's blocks leave room for it in their sync).
    const loads = ctx.loads.filter((l) => l.target.startsWith(`${name}!`)).map((l) => `${l.target} ${l.props}`);
    expect(loads).toHaveLength(4);
    expect(loads.slice(0, 2)).toEqual([`${name}!used address`, `${name}!A1:E35 values`]);
    expect(loads[2]).toMatch(new RegExp(`^${name}!A1:A\\d+ values$`));
    expect(loads[3]).toMatch(new RegExp(`^${name}!C1:C\\d+ values$`));
    // Its sheet stays unread: nothing takes two columns of it for the version (Endringer reads it whole).
    expect(snapshot.sheets.find((s) => s.sheet === name)?.values).toEqual([]);
    expect(findVersions(snapshot)).toEqual([]);
    // As without a version: 1: sheets, tables, names. 2: the ranges, and the top of every sheet the check reads
    // nothing of (the version, Sammendrag). 3: the example's blocks with the version's ID column.
    expect(ctx.syncCount).toBe(3);
  });

  it('without a version the check read costs what it did: 3 syncs, and the next ID is the tables’ D-011', async () => {
    const model = await exampleModel();
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
    const at = [...cells].find(([a1, c]) => /^A\d+$/.test(a1) && c.value === 'D-011')?.[0];
    cells.delete(at!);
    const ctx = new RecordingContext(model);
    const snapshot = await port(ctx).read('check');
    expect(snapshot.versionIdCells).toBeUndefined();
    const missing = validatePlan(readPlan(snapshot, { defaultStartYear: 2027 }).plan).filter(
      (f) => f.code === 'id-missing',
    );
    expect(missing.map((f) => f.params['suggestion'])).toEqual(['D-011']);
    expect(ctx.syncCount).toBe(3);
  });
});
