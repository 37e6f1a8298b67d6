/**
 * Every Office.js operation of the task pane, run on the recording fake over a generated plan, with the syncs
 * it took and its largest single request or response. Shared by the budget test (test/workbook/excel/
 * budget.test.ts) and the benchmark (bench/excel.ts). Each operation sees the workbook the earlier ones left,
 * as in Excel; read and write reconciliation run on a workbook whose Avstemming sheet is already written, and
 * the last reads on one with a saved version of the whole plan.
 */
import {
  checkSnapshot,
  planAddMeasure,
  planMoveMeasure,
  planReconciliation,
  planRepair,
  planSaveVersion,
  planSummary,
  planTextAmounts,
  planUpdateMeasure,
  SHEETS,
  TABLES,
  type CheckResult,
  type Edit,
  type RowInput,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../../src/domain';
import { renderFinding } from '../../../src/i18n';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import type { ReadScope } from '../../../src/workbook/port';
import { generateWorkbookEdits, START_YEAR } from '../../../bench/generate';
import { recordingRunner, RecordingContext, type FakeModel } from './recordingContext';

/** One operation's cost: syncs, and the largest request or response of any of them (bytes of JSON). */
export interface OperationCost {
  readonly syncs: number;
  readonly largestBytes: number;
}

export const OPERATIONS = [
  'create workbook',
  'read',
  'write summary',
  'read structure',
  'write reconciliation',
  'add measure',
  'edit measure',
  'move measure',
  'select cell',
  'read for repair',
  'repair structure',
  'save version',
  'read structure, saved version',
  'read versions, saved version',
  'read for roll, saved version',
  'convert text amounts',
  'watch changes',
] as const;

export type Operation = (typeof OPERATIONS)[number];

const NEW_MEASURE: RowInput = {
  values: {
    section: 'Organisasjon',
    measure: '- Økt bemanning (6.10)',
    ref: '6.10',
    kind: 'Varig',
    costStatus: 'Må utredes',
    responsible: 'Leder boligkontor',
    areas: 'Oppvekst og utdanning',
  },
  years: [null, null, null, null],
};

const EDITED_MEASURE: RowInput = { values: { comment: '=SUM(A1)' }, years: [] };

function check(snapshot: WorkbookSnapshot): CheckResult {
  return checkSnapshot(snapshot, {
    file: 'fake.xlsx',
    defaultStartYear: START_YEAR,
    render: (f, unit) => renderFinding(f, 'nb', unit),
  });
}

/** Every plan-year cell of Tiltak drift's measures made the text of its number, in the text format ("@"). */
function textYears(model: FakeModel): void {
  const table = model.tables.find((t) => t.name === TABLES.operating);
  const sheet = model.sheets.find((s) => s.name === SHEETS.operating);
  const bottom = Number(/\d+$/.exec(table?.ref ?? '')?.[0] ?? 0);
  if (!sheet || bottom < 2) throw new Error('no operating table to put text into');
  const years = [...sheet.cells].filter(([a1, c]) => /^[A-Z]+1$/.test(a1) && /^\d{4}$/.test(String(c.value)));
  for (const [header] of years) {
    const col = header.replace(/\d+$/, '');
    for (let row = 2; row <= bottom; row++) {
      const cell = sheet.cells.get(`${col}${row}`);
      if (typeof cell?.value === 'number')
        sheet.cells.set(`${col}${row}`, { value: String(cell.value), numberFormat: '@' });
    }
  }
}

/** Runs each operation on a fresh recording context over `model`. */
async function measure<T>(model: FakeModel, op: (port: ExcelWorkbook) => Promise<T>): Promise<[OperationCost, T]> {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({
    run: recordingRunner(ctx),
    isSetSupported: () => true,
    retryDelayMs: 0,
    debounceMs: 0,
    quietAfterApplyMs: 0,
  });
  const result = await op(port);
  return [{ syncs: ctx.syncCount, largestBytes: ctx.largestPayload }, result];
}

/** Every operation once on a workbook with a generated plan of `measures` operating measures. */
export async function runOperations(measures: number): Promise<Record<Operation, OperationCost>> {
  const model: FakeModel = { sheets: [], tables: [], names: [] };
  const costs = {} as Record<Operation, OperationCost>;
  const apply = async (name: Operation | null, planned: readonly Edit[] | WritePlan) => {
    if ('ok' in planned && !planned.ok) throw new Error(`${name}: blocked by user cells`);
    const edits = 'ok' in planned ? planned.edits : planned;
    if (edits.length === 0) throw new Error(`${name}: the domain planned no edits`);
    const [cost] = await measure(model, (port) => port.apply(edits));
    if (name) costs[name] = cost;
  };
  const read = async (name: Operation | null, scope: ReadScope = 'check') => {
    const [cost, snapshot] = await measure(model, (port) => port.read(scope));
    if (name) costs[name] = cost;
    return snapshot;
  };
  const reconciliation = (snapshot: WorkbookSnapshot, result: CheckResult) =>
    planReconciliation(
      result.report.reconciliation,
      result.plan,
      snapshot,
      reconciliationSheetText('nb', result.plan.settings.unit),
    );

  await apply('create workbook', generateWorkbookEdits(measures));
  const first = await read(null);
  const firstCheck = check(first);
  await apply('write summary', planSummary(firstCheck.plan, firstCheck.report.totals, first));
  await apply(null, reconciliation(first, firstCheck));

  const snapshot = await read('read');
  const result = check(snapshot);
  // As the pane writes Avstemming: a structure read (the user's cells on the sheet), then the write.
  const structure = await read('read structure', 'structure');
  await apply('write reconciliation', reconciliation(structure, result));
  await apply('add measure', planAddMeasure(result.plan, 'operating', NEW_MEASURE, snapshot, { canInsertCells: true }));
  await apply('edit measure', planUpdateMeasure(result.plan, 'D-001', EDITED_MEASURE, snapshot));
  await apply('move measure', planMoveMeasure(result.plan, 'D-001', 'down'));
  await apply('select cell', [{ kind: 'select', sheet: SHEETS.operating, cell: 'A2' }]);

  model.sheets = model.sheets.filter((s) => s.name !== SHEETS.economyPlan);
  model.tables = model.tables.filter((t) => t.name !== TABLES.economyPlan);
  const damaged = await read('read for repair', 'structure');
  await apply('repair structure', planRepair(damaged, { defaultStartYear: START_YEAR }).edits);
  // Lagre versjon, the largest write there is: every measure and economy plan line as values on a new sheet.
  await apply(
    'save version',
    planSaveVersion(snapshot, result.plan, { label: 'Vedtatt', date: '2027-06-20' }, result.findings).edits,
  );
  // With that version of every measure in the workbook: the read before writing Avstemming or repairing, which
  // leaves the version unread; the read for Endringer, which reads the version whole and nothing of the plan;
  // and the read for roll forward, which reads the version whole and the plan's tables with the cells around them.
  await read('read structure, saved version', 'structure');
  await read('read versions, saved version', 'versions');
  await read('read for roll, saved version', 'roll');
  // «Gjør om til tall» where every year of every measure was pasted as text into cells formatted as text: each
  // such cell gets the amount format and its number (the largest number of cells this pane writes one by one).
  textYears(model);
  const texts = await read(null);
  const textsChecked = check(texts);
  await apply('convert text amounts', planTextAmounts(texts, textsChecked.findings, textsChecked.plan.settings.unit));

  [costs['watch changes']] = await measure(model, async (port) => {
    port.onUserChange(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
  });
  return costs;
}
