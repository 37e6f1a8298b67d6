/**
 * Saved versions on the Excel path (SPEC §14): a version is known by its header, as the CLI and the file
 * adapter know it, whatever the user renamed its sheet to — and finding it reads only the top of the user's
 * other sheets, and costs no sync of its own.
 */
import {
  comparePlans,
  findVersions,
  planReconciliation,
  planRolledWorkbook,
  planSaveVersion,
  readVersion,
} from '../../../src/domain';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkModel, exampleModel } from './exampleModel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const stamp = { label: 'Vedtatt 2026', date: '2026-12-10' };

const port = (ctx: RecordingContext) =>
  new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, retryDelayMs: 0 });

/** The example with a saved version, renamed by the user from «Versjon 1» to `name`. */
async function withVersion(name: string): Promise<FakeModel> {
  const model = await exampleModel();
  const { snapshot, result } = await checkModel(model);
  await port(new RecordingContext(model)).apply(planSaveVersion(snapshot, result.plan, stamp).edits);
  const sheet = model.sheets.find((s) => s.name === 'Versjon 1');
  if (!sheet) throw new Error('the version was not written');
  sheet.name = name;
  return model;
}

/** Sets the cell under `header` in the row of `id` on Tiltak drift (the example has D-001 in row 2). */
function setOperating(model: FakeModel, id: string, header: string, value: number): void {
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  const column = [...cells].find(([a1, c]) => /^[A-Z]+1$/.test(a1) && String(c.value) === header)?.[0];
  const row = [...cells].find(([a1, c]) => /^A\d+$/.test(a1) && c.value === id)?.[0];
  if (!column || !row) throw new Error(`no ${header} of ${id}`);
  cells.set(`${column.replace(/\d+$/, '')}${row.slice(1)}`, { value });
}

describe('ExcelWorkbook.read: saved versions', () => {
  // Endringer compares the plan of the pane's check with a version from a versions read; roll forward carries it.
  it.each(['versions', 'roll'] as const)(
    'lists a version the user renamed in a %s read, and compares the checked plan with it',
    async (scope) => {
      const model = await withVersion('Min kopi');
      // Since the version: D-001 costs 1 500 (thousand kr) in 2028 instead of the example's 1 200.
      setOperating(model, 'D-001', '2028', 1500);
      const snapshot = await port(new RecordingContext(model)).read(scope);

      expect(findVersions(snapshot).map((v) => [v.sheet, v.label, v.date])).toEqual([
        ['Min kopi', 'Vedtatt 2026', '2026-12-10'],
      ]);
      const version = readVersion(snapshot, 'Min kopi');
      const now = (await checkModel(model)).result.plan;
      const diff = comparePlans(version!.plan, now, {
        old: { file: 'x', label: 'v' },
        new: { file: 'x', label: 'n' },
      });
      expect(diff.measures.added).toEqual([]);
      expect(diff.measures.removed).toEqual([]);
      expect(diff.measures.changed.map((c) => [c.id, c.changes])).toEqual([
        ['D-001', [{ field: 'years', year: 2028, old: 1_200_000, new: 1_500_000 }]],
      ]);
      expect(diff.totals.operating['2028']?.difference).toBe(300_000);
    },
  );

  it("reads for Endringer the versions only: nothing of the plan's tables", async () => {
    const model = await withVersion('Versjon 1');
    const ctx = new RecordingContext(model);
    const snapshot = await port(ctx).read('versions');
    expect(readVersion(snapshot, 'Versjon 1')?.plan.operating.length).toBeGreaterThan(0);
    // The measure tables are not located, and of their sheet only the top (the version probe) is loaded.
    expect(ctx.loads.filter((l) => l.props === 'address' && !l.target.includes('!used'))).toEqual([]);
    expect(snapshot.sheets.find((s) => s.sheet === 'Tiltak drift')?.values).toEqual([]);
    expect(snapshot.tables).toEqual([]);
  });

  it("reads of the user's other sheets only the top of the used range, and a sheet of notes is no version", async () => {
    const model = await withVersion('Min kopi');
    const notes = new Map(Array.from({ length: 1000 }, (_, i) => [`C${i + 3}`, { value: `notat ${i}` }]));
    model.sheets.push({ name: 'Notater', id: '{notes}', cells: notes });
    const ctx = new RecordingContext(model);
    const snapshot = await port(ctx).read('versions');

    // The used range C3:C1002: 35 rows × 5 columns from its top-left, cut to its one column.
    expect(ctx.loads.filter((l) => l.target.startsWith('Notater!')).map((l) => `${l.target} ${l.props}`)).toEqual([
      'Notater!used address',
      'Notater!C3:C37 values',
    ]);
    expect(snapshot.sheets.find((s) => s.sheet === 'Notater')?.values).toEqual([]);
    expect(findVersions(snapshot).map((v) => v.sheet)).toEqual(['Min kopi']);
  });

  // 1: sheets, tables, names. 2: the tables' ranges and headers (a roll read), and the used range of every sheet.
  // 3: the example's blocks (far under the 3 MB budget), with the top of every sheet a table or name does not
  // select. A sheet still named «Versjon 1» is read whole by its name in 3; a renamed one is known only once its
  // top is in, and read whole in 4.
  it.each([
    ['versions', 'Versjon 1', 3],
    ['versions', 'Min kopi', 4],
    ['roll', 'Versjon 1', 3],
    ['roll', 'Min kopi', 4],
  ] as const)(
    'takes a fixed number of syncs for a %s read of the example with a version named «%s»: %i',
    async (scope, name, syncs) => {
      const ctx = new RecordingContext(await withVersion(name));
      const snapshot = await port(ctx).read(scope);
      expect(findVersions(snapshot).map((v) => v.sheet)).toEqual([name]);
      expect(ctx.syncCount).toBe(syncs);
    },
  );

  // The reads before the common writes (SPEC §13): a version is a copy of every measure, megabytes at 10 000
  // measures, and no such write touches it. Only its ID columns are read (never handed out again, SPEC §4), as a
  // check reads them (versionIdColumns.test.ts), so that check --write suggests the IDs check does.
  it.each(['Versjon 1', 'Min kopi'])(
    'writes Avstemming after a structure read that loads of a version named «%s» its ID columns only',
    async (name) => {
      const model = await withVersion(name);
      const ctx = new RecordingContext(model);
      const snapshot = await port(ctx).read('structure');

      // Its used range, its top from A1 (the header: 35 rows × 5 columns), and columns A (the IDs) and C (the economy
      // plan lines' Ref, taken whole as the plan's blocks leave room in their sync) of the example's version: 12 rows
      // of header, 14 of drift, 8 of investering, the economy plan's 24 (title, header, 22 lines), the blank row
      // after it not used.
      expect(ctx.loads.filter((l) => l.target.startsWith(`${name}!`)).map((l) => `${l.target} ${l.props}`)).toEqual([
        `${name}!used address`,
        `${name}!A1:E35 values`,
        `${name}!A1:A58 values`,
        `${name}!C1:C58 values`,
      ]);
      expect(snapshot.sheets.find((s) => s.sheet === name)?.values).toEqual([]);
      expect(findVersions(snapshot)).toEqual([]);
      // 1: sheets, tables, names. 2: the ranges to read and the top of the other sheets. 3: the product sheets and
      // the version's ID columns in one block.
      expect(ctx.syncCount).toBe(3);
      const { result } = await checkModel(model);
      const plan = planReconciliation(
        result.report.reconciliation,
        result.plan,
        snapshot,
        reconciliationSheetText('nb', result.plan.settings.unit),
      );
      expect(plan.ok).toBe(true);
      const edited = new Set(plan.ok ? plan.edits.flatMap((e) => ('sheet' in e ? [e.sheet] : [])) : []);
      expect([...edited]).toEqual(['Avstemming']);
    },
  );

  it('rolls forward from a roll read, carrying a version the user renamed onto the new workbook', async () => {
    const model = await withVersion('Min kopi');
    const snapshot = await port(new RecordingContext(model)).read('roll');
    const { result } = await checkModel(model);
    const rolled = planRolledWorkbook(snapshot, result.plan, { date: '2027-12-01', findings: result.findings });
    const carried = rolled.edits.filter((e) => 'sheet' in e && e.sheet === 'Min kopi');
    expect(carried.map((e) => e.kind)).toEqual(['ensureSheet', 'setCells']);
    // The version's cells as saved, its label in its header among them.
    const cells = carried.find((e) => e.kind === 'setCells');
    expect(JSON.stringify(cells)).toContain('Vedtatt 2026');
  });
});
