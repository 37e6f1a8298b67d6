/**
 * The Office.js operations of src/workbook/excel at growing plan sizes, on the recording fake of the adapter's
 * tests (test/workbook/excel/operations.ts runs them: the port's read, apply of the edits the domain plans
 * for each button, and the change subscription, on a workbook whose Avstemming sheet is already written):
 * the context.sync() calls each takes, and its largest single request or response in kB of JSON.
 */
import { runOperations } from '../test/workbook/excel/operations';

/** `{ operation: { "10": n, … } }`. */
export type BySize = Record<string, Record<string, number>>;

export interface ExcelCosts {
  readonly syncs: BySize;
  /** The largest request or response of each operation, in kB (1 000 bytes) of JSON. */
  readonly request_kb: BySize;
}

/** Syncs and largest payload per operation and workbook size. */
export async function measureExcel(sizes: readonly number[]): Promise<ExcelCosts> {
  const syncs: BySize = {};
  const requestKb: BySize = {};
  for (const n of sizes) {
    for (const [op, cost] of Object.entries(await runOperations(n))) {
      syncs[op] = { ...syncs[op], [String(n)]: cost.syncs };
      requestKb[op] = { ...requestKb[op], [String(n)]: Math.round(cost.largestBytes / 100) / 10 };
    }
  }
  return { syncs, request_kb: requestKb };
}
