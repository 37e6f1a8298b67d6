/**
 * context.sync() calls per Office.js operation of src/workbook/excel, counted with the recording fake of
 * the adapter's tests (test/workbook/excel/recordingContext.ts) on workbooks of growing size. Each operation
 * is the one the task pane runs: the port's read, apply of the edits the domain plans for that button, and
 * the change subscription. The fake applies every write, so each operation sees the workbook the earlier
 * ones left, as in Excel.
 */
import {
  planAddMeasure,
  planMoveMeasure,
  planReconciliation,
  planRepair,
  planSummary,
  planUpdateMeasure,
  SHEETS,
  TABLES,
  type Edit,
  type RowInput,
} from '../src/domain';
import { reconciliationSheetText } from '../src/i18n/sheets';
import { ExcelWorkbook } from '../src/workbook/excel';
import { recordingRunner, RecordingContext, type FakeModel } from '../test/workbook/excel/recordingContext';
import { assertClean, checkPlan } from './domain';
import { generateWorkbookEdits, START_YEAR } from './generate';

/** Operation name → sync() count. */
export type SyncCounts = Record<string, number>;

const NEW_MEASURE: RowInput = {
  values: {
    section: 'Organisasjon',
    measure: 'Nytt tiltak fra benchmark',
    kind: 'Varig',
    costStatus: 'Må utredes',
    responsible: 'Leder boligkontor',
    areas: 'Oppvekst og utdanning',
  },
  years: [null, null, null, null],
};

const EDITED_MEASURE: RowInput = { values: { comment: 'Endret i benchmark' }, years: [] };

/** Runs one operation on a fresh recording context over `model` and counts its syncs. */
async function countSyncs<T>(model: FakeModel, op: (port: ExcelWorkbook) => Promise<T>): Promise<[number, T]> {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({
    run: recordingRunner(ctx),
    isSetSupported: () => true,
    retryDelayMs: 0,
    debounceMs: 0,
    quietAfterApplyMs: 0,
  });
  const result = await op(port);
  return [ctx.syncCount, result];
}

/** The Økonomiplan sheet and its table gone: what create/repair then has to put back. */
function dropEconomyPlan(model: FakeModel): void {
  model.sheets = model.sheets.filter((s) => s.name !== SHEETS.economyPlan);
  model.tables = model.tables.filter((t) => t.name !== TABLES.economyPlan);
}

/** Counts every operation once on a workbook holding a generated plan with `measures` operating measures. */
export async function countOperationSyncs(measures: number): Promise<SyncCounts> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  const counts: SyncCounts = {};
  const apply = async (name: string, edits: readonly Edit[]) => {
    if (edits.length === 0) throw new Error(`${name}: the domain planned no edits`);
    [counts[name]] = await countSyncs(model, (port) => port.apply(edits));
  };

  await apply('create workbook', generateWorkbookEdits(measures));
  const [readSyncs, snapshot] = await countSyncs(model, (port) => port.read());
  counts.read = readSyncs;
  const result = checkPlan(snapshot);
  assertClean(result, measures);
  const { plan, report } = result;
  await apply('write summary', planSummary(plan, report.totals));
  const texts = reconciliationSheetText('nb', plan.settings.unit);
  await apply('write reconciliation', planReconciliation(report.reconciliation, plan, snapshot, texts));
  await apply('add measure', planAddMeasure(plan, 'operating', NEW_MEASURE));
  await apply('edit measure', planUpdateMeasure(plan, 'D-001', EDITED_MEASURE));
  await apply('move measure', planMoveMeasure(plan, 'D-001', 'down'));
  await apply('select cell', [{ kind: 'select', sheet: SHEETS.operating, cell: 'A2' }]);

  dropEconomyPlan(model);
  const [, damaged] = await countSyncs(model, (port) => port.read());
  await apply('repair structure', planRepair(damaged, { defaultStartYear: START_YEAR }).edits);

  [counts['watch changes']] = await countSyncs(model, async (port) => {
    port.onUserChange(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
  });
  return counts;
}

/** Sync counts per operation and workbook size: `{ operation: { "10": n, … } }`. */
export async function countSyncsBySize(sizes: readonly number[]): Promise<Record<string, Record<string, number>>> {
  const bySize: Record<string, Record<string, number>> = {};
  for (const n of sizes) {
    for (const [op, syncs] of Object.entries(await countOperationSyncs(n))) {
      bySize[op] = { ...bySize[op], [String(n)]: syncs };
    }
  }
  return bySize;
}
