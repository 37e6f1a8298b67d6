/**
 * A municipal template's protected «Tiltak drift» in the recording fake (SPEC §11, "Writing into a user's
 * workbook"), for the protected-sheet tests of the Excel adapter: the example workbook (tblTiltakDrift A1:U12, Sum
 * periode in L) with row 13 taken into the table as an empty input row, its cells unlocked but those in `locked`, and
 * the sheet protected as Excel protects it; and apply run on a fresh recording context.
 */
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planWorkbook,
  type Edit,
  type RowInput,
} from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

export const ROW: RowInput = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };

export const port = (ctx: RecordingContext) =>
  new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });

const COLUMNS = [...'ABCDEFGHIJKLMNOPQRSTU'];

/** The example workbook with its input row 13, as the file comment says; `locked` holds column letters. */
export async function protectedWithInputRow(locked: readonly string[] = []): Promise<FakeModel> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  await port(new RecordingContext(model)).apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  if (!table || !sheet) throw new Error('no tblTiltakDrift');
  expect(table.ref).toBe('A1:U12');
  table.ref = 'A1:U13';
  sheet.unlocked = new Set(COLUMNS.filter((c) => !locked.includes(c)).map((c) => `${c}13`));
  sheet.protected = true;
  return model;
}

/** «Tiltak drift» of the fake workbook. */
export function driftSheet(model: FakeModel) {
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  if (!sheet) throw new Error('no Tiltak drift');
  return sheet;
}

/** *Nytt tiltak* planned as the pane plans it, on what its check read. */
export async function addMeasure(model: FakeModel, row: RowInput = ROW): Promise<readonly Edit[]> {
  const snapshot = await port(new RecordingContext(model)).read();
  const { plan } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  const planned = planAddMeasure(plan, 'operating', row, snapshot, { canInsertCells: true });
  if (!planned.ok) throw new Error('blocked');
  return planned.edits;
}

/** Runs apply on a fresh recording context: the error it threw (or null), its syncs, what it queued, the locks asked. */
export async function apply(model: FakeModel, edits: readonly Edit[]) {
  const ctx = new RecordingContext(model);
  const error = await port(ctx)
    .apply(edits)
    .then(() => null)
    .catch((e: unknown) => e);
  const probed = ctx.loads.filter((l) => l.target.endsWith('.format.protection')).map((l) => l.target);
  return { error, syncs: ctx.syncCount, ops: ctx.ops, probed };
}

/** A cell of «Tiltak drift» in the fake. */
export const cell = (model: FakeModel, a1: string) => driftSheet(model).cells.get(a1);
