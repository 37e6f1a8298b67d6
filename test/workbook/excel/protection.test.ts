/**
 * The workbook's protection in Excel (SPEC §11, "Writing into a user's workbook"): a write that would add a sheet to
 * a workbook whose structure is locked, or write into a protected sheet, is refused before anything is queued, with
 * the sheets named (WorkbookProtectedError, worded by i18n/protection.ts as on the file path) — not failed by Excel
 * with AccessDenied mid-batch, after earlier batches were written. Judged from apply's first sync: no sync added.
 */
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planSummary,
  planWorkbook,
  type Edit,
  type RowInput,
} from '../../../src/domain';
import { paneErrorText, toPaneError } from '../../../src/taskpane/errors';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { WorkbookProtectedError } from '../../../src/workbook/port';
import { cloneCells, recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

const ROW: RowInput = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };

const port = (ctx: RecordingContext) => new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });

/** The example workbook in the fake Excel; without Sammendrag when `summary` is false (a plan never checked). */
async function example(summary = true): Promise<FakeModel> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  if (!summary) model.sheets = model.sheets.filter((s) => s.name !== 'Sammendrag');
  return model;
}

/** As the pane plans: on what its check read. */
async function planned(model: FakeModel, what: 'add measure' | 'summary'): Promise<readonly Edit[]> {
  const snapshot = await port(new RecordingContext(model)).read();
  const { plan, report } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const result =
    what === 'add measure'
      ? planAddMeasure(plan, 'operating', ROW, snapshot, { canInsertCells: true })
      : planSummary(plan, report.totals, snapshot);
  if (!result.ok) throw new Error('blocked');
  return result.edits;
}

const sheet = (model: FakeModel, name: string) => {
  const s = model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Everything the user sees of the fake workbook, for "nothing written". */
const state = (model: FakeModel) =>
  JSON.stringify({
    cells: cloneCells(model),
    sheets: model.sheets.map((s) => s.name),
    tables: model.tables,
    names: model.names,
  });

/** Runs apply on a fresh recording context; the error it threw (or null), its syncs and what it queued. */
async function apply(model: FakeModel, edits: readonly Edit[]) {
  const ctx = new RecordingContext(model);
  const error = await port(ctx)
    .apply(edits)
    .then(() => null)
    .catch((e: unknown) => e);
  return { error, syncs: ctx.syncCount, ops: ctx.ops };
}

describe('the workbook’s protection in Excel', () => {
  it('refuses a new measure on a protected «Tiltak drift»: nothing queued or written, the sheet named', async () => {
    const model = await example();
    const edits = await planned(model, 'add measure');
    sheet(model, 'Tiltak drift').protected = true;
    const before = state(model);

    const { error, syncs, ops } = await apply(model, edits);

    expect(error).toBeInstanceOf(WorkbookProtectedError);
    expect((error as WorkbookProtectedError).kind).toBe('sheet-protected');
    // The measure goes below the table (A1:U12), which would grow over row 13: named, with why Excel refuses it.
    expect((error as WorkbookProtectedError).conflict).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      tables: [{ sheet: 'Tiltak drift', table: 'tblTiltakDrift', range: 'A1:U13', change: 'grow' }],
    });
    // Only the first sync (what exists, what is protected); no write was queued.
    expect(syncs).toBe(1);
    expect(ops).toEqual([]);
    expect(state(model)).toBe(before);
    // The pane says it as on the file path: the sheet and the table named, not Excel's «Arket er beskyttet».
    expect(paneErrorText('nb', toPaneError(error))).toMatch(
      /^Ingenting er skrevet: Tiltaksplan måtte skrive i «Tiltak drift» \(tabellen tblTiltakDrift måtte utvides til A1:U13; Excel endrer ikke størrelsen på en tabell i et beskyttet ark, uansett hva beskyttelsen tillater\), og Excel/,
    );
    expect(paneErrorText('nn', toPaneError(error))).toContain(
      '«Tiltak drift» (tabellen tblTiltakDrift måtte utvidast til A1:U13; Excel endrar ikkje storleiken på ein tabell i eit verna ark, uansett kva vernet tillèt)',
    );
    expect(paneErrorText('en', toPaneError(error))).toContain(
      '"Tiltak drift" (table tblTiltakDrift would have to grow to A1:U13; Excel never resizes a table on a protected sheet, whatever the protection allows)',
    );
  });

  it('writes the same new measure when only another sheet is protected', async () => {
    const model = await example();
    const edits = await planned(model, 'add measure');
    sheet(model, 'Innstillinger').protected = true;
    const before = sheet(model, 'Tiltak drift').cells.size;

    const { error, syncs } = await apply(model, edits);

    expect(error).toBeNull();
    // The example's add: the first sync, then one batch (as before protection was judged).
    expect(syncs).toBe(2);
    expect(sheet(model, 'Tiltak drift').cells.size).toBeGreaterThan(before);
  });

  it('refuses to add Sammendrag to a workbook whose structure is locked, naming it', async () => {
    const model = await example(false);
    const edits = await planned(model, 'summary');
    expect(edits).toContainEqual({ kind: 'ensureSheet', sheet: 'Sammendrag' });
    model.structureLocked = true;
    const before = state(model);

    const { error, syncs, ops } = await apply(model, edits);

    expect((error as WorkbookProtectedError).conflict).toEqual({ added: ['Sammendrag'], protected: [] });
    expect([syncs, ops.length]).toEqual([1, 0]);
    expect(state(model)).toBe(before);
  });

  it('names both: Sammendrag added to a locked workbook and a protected sheet written', async () => {
    const model = await example(false);
    const edits: Edit[] = [
      ...(await planned(model, 'summary')),
      { kind: 'setCells', sheet: 'Tiltak investering', origin: 'Z1', values: [['x']] },
    ];
    model.structureLocked = true;
    sheet(model, 'Tiltak investering').protected = true;

    const { error, ops } = await apply(model, edits);

    // Z1 is locked (Excel's default): the only thing in the way on that sheet, so it is named.
    expect((error as WorkbookProtectedError).conflict).toEqual({
      added: ['Sammendrag'],
      protected: ['Tiltak investering'],
      locked: [{ sheet: 'Tiltak investering', cell: 'Z1' }],
    });
    expect(ops).toEqual([]);
  });

  it('writes Sammendrag into a workbook whose windows only are locked (its structure is not)', async () => {
    const model = await example(false);
    const edits = await planned(model, 'summary');

    const { error, syncs } = await apply(model, edits);

    expect(error).toBeNull();
    expect(syncs).toBe(2);
    expect(model.sheets.map((s) => s.name)).toContain('Sammendrag');
  });

  it('writes an existing Sammendrag in a structure-locked workbook: no sheet is added (Excel allows it)', async () => {
    const model = await example();
    const edits = await planned(model, 'summary');
    model.structureLocked = true;

    const { error, syncs } = await apply(model, edits);

    expect(error).toBeNull();
    expect(syncs).toBe(2);
  });

  it('names the sheet of a table grown on a protected sheet (the table named, not the sheet)', async () => {
    const model = await example();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    if (!table) throw new Error('no table');
    sheet(model, 'Tiltak drift').protected = true;
    const ref = table.ref;

    const { error, ops } = await apply(model, [{ kind: 'resizeTable', name: 'TBLTILTAKDRIFT', ref: 'A1:Z99' }]);

    expect((error as WorkbookProtectedError).conflict).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      tables: [{ sheet: 'Tiltak drift', table: 'TBLTILTAKDRIFT', range: 'A1:Z99', change: 'grow' }],
    });
    expect(ops).toEqual([]);
    expect(table.ref).toBe(ref);
  });

  it('does not judge a view: selecting a cell on a protected sheet is no write', async () => {
    const model = await example();
    sheet(model, 'Tiltak drift').protected = true;

    const { error } = await apply(model, [{ kind: 'select', sheet: 'Tiltak drift', cell: 'A2' }]);

    expect(error).toBeNull();
  });
});
