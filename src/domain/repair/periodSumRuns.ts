/**
 * Sum periode rewritten where it sums another column than the years (SPEC §4 as built, docs/spec.md): when check
 * tells that the column's per-row sum counts her column between two years or misses a year dragged out of order
 * (read/periodSumSpan.ts, formula-overwritten with a span reason), repair gives the column the sum of the year runs
 * that add writes (sheets/tableEdits.ts periodSumFormula), in the table's calculated-column definition and in every
 * body cell the product owns: an empty cell, or one holding a per-row sum in a spelling the product writes (the old
 * span, a sum of runs written before she moved a column again), the cells check judges as the product's. A cell
 * holding a typed value (formula-overwritten, hers) or another formula of hers stays as it is. Each cell written
 * carries its cached value, the sum of its row's year cells as Excel's SUM adds them over a reference (numbers only:
 * text and «?» ignored, empty 0), so that the file shows the right figure before Excel recalculates; none when a year
 * holds an error, where Excel's SUM is that error.
 */
import { columnNumber, toA1 } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import type { Finding } from '../model/finding';
import type { Plan, TableLayout } from '../model/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { columnSpec, OPERATING_COLUMNS } from '../model/schema';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, isBlank } from '../read/sheetCells';
import { sumYearsValue } from '../sheets/formulas';
import { isRowSum } from '../sheets/rowSum';
import { periodSumFormula } from '../sheets/tableEdits';
import { NO_STEP, type RepairStep } from './place';

const SPAN_REASONS: ReadonlySet<unknown> = new Set(['span-other', 'span-missing', 'span-other-missing', 'span-twice']);

const isCellError = (v: CellValue): boolean => typeof v === 'object' && v !== null;

/** Whether `findings` tell that the Sum periode of `sheet` counts another column than the years or misses one. */
const spanTold = (findings: readonly Finding[], sheet: string): boolean =>
  findings.some((f) => f.code === 'formula-overwritten' && f.sheet === sheet && SPAN_REASONS.has(f.params.reason));

/** Whether the Sum periode cell at (row, col) is the product's: empty, or a per-row sum the product writes. */
function isProducts(sheet: SheetSnapshot, row: number, col: number): boolean {
  const formula = formulaAt(sheet, row, col) ?? '';
  return formula === '' ? isBlank(cellAt(sheet, row, col)) : isRowSum(formula);
}

/** The rows of `rows` cut into runs of consecutive rows. */
function rowRuns(rows: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const r of rows) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === r - 1) run.push(r);
    else runs.push([r]);
  }
  return runs;
}

/**
 * The repair of a Sum periode that counts another column than the years (see the file comment): the table's
 * calculated-column formula and the product's body cells written with the sum of the year runs. NO_STEP when check
 * tells no such Sum periode, or when a year has no column.
 */
export function periodSumRunsStep(
  wb: WorkbookSnapshot,
  plan: Plan,
  layout: TableLayout | null,
  findings: readonly Finding[],
): RepairStep {
  const column = layout?.columns['periodSum'];
  const sheet = layout && findSheet(wb, layout.sheet);
  if (!layout || !column || !sheet || !spanTold(findings, layout.sheet)) return NO_STEP;
  const definition = periodSumFormula(layout, plan.years, layout.firstDataRow);
  if (!definition) return NO_STEP;
  const col = columnNumber(column);
  const yearCols = plan.years.map((y) => columnNumber(layout.yearColumns[String(y)] ?? ''));
  const cell = (row: number): CellInput => {
    const formula = periodSumFormula(layout, plan.years, row) ?? definition;
    const years = yearCols.map((c) => cellAt(sheet, row, c));
    // A year holding an error (#DIV/0!, or a formula not calculated) makes Excel's SUM that error: no figure cached,
    // Excel computes it on opening and check reads no Sum periode meanwhile, as before the repair.
    if (years.some(isCellError)) return { formula };
    return { formula, value: sumYearsValue(years.map((v) => (typeof v === 'number' ? v : null))) };
  };
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) if (isProducts(sheet, r, col)) rows.push(r);
  // One write over the whole body when every cell is the product's: Excel makes that its calculated column.
  const edits: Edit[] = rowRuns(rows).map((run) => ({
    kind: 'setCells',
    sheet: layout.sheet,
    origin: toA1(run[0] ?? 0, col),
    values: run.map((r) => [cell(r)]),
  }));
  // The table's own definition (a table found by its sheet has none): what Excel fills into a row added to it.
  const header = layout.headers.find((h) => h.column === column)?.name;
  if (layout.tableName && header !== undefined) {
    const table = layout.tableName;
    edits.unshift({ kind: 'setCalculatedColumn', sheet: layout.sheet, table, column: header, formula: definition });
  }
  if (edits.length === 0) return NO_STEP;
  const target = columnSpec(OPERATING_COLUMNS, 'periodSum').header;
  return { changes: [{ kind: 'sum-years', sheet: layout.sheet, target, detail: `${rows.length}` }], edits };
}
