/**
 * Add a measure (SPEC §11): values written into the sheet below the table (never through a table's row API,
 * which Excel refuses in some states) and the table grown over them; never over a user's cell there. IDs are generated from the highest
 * number in use, so an ID is never handed out twice.
 */
import { columnNumber, toRange } from '../model/a1';
import type { RowInput } from '../model/content';
import type { CellInput, Edit } from '../model/edits';
import { formatMeasureId, highestIdNumber } from '../model/measureId';
import type { ColumnSpec } from '../model/schema';
import type { Plan, TableKind, TableLayout, Years } from '../model/plan';
import { sameName } from '../model/names';
import { blockedBy, writable, type UserCell, type WorkbookTarget, type WritePlan } from '../model/writePlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { sumYearsValue } from '../sheets/formulas';
import { isAmountColumn, periodSumFormula } from '../sheets/tableEdits';
import { userCellsIn } from '../sheets/userCells';
import { isRowSum } from '../sheets/rowSum';
import { findSheet } from '../read/locateTable';
import { formulaAt } from '../read/sheetCells';
import { amountFormatEdits, insertedCellFormats } from './amountFormat';
import { holdsPeriodSum } from './periodSumCell';
import { joinAreas, measuresOf, setCell, tableSpec } from './common';

/**
 * The next free ID of a table: highest number in use with its prefix + 1, as D-001 / I-001, counting the IDs on
 * saved versions and archives (plan.versionIds): a measure a roll archived keeps its ID there (SPEC §4, §14).
 */
export function nextMeasureId(plan: Plan, kind: TableKind): string {
  const prefix = tableSpec(kind).idPrefix;
  const ids = [...plan.operating, ...plan.investment].map((m) => m.id).concat(plan.versionIds ?? []);
  return formatMeasureId(prefix, highestIdNumber(ids, prefix) + 1);
}

/** The next priority in a section of a table: highest in use + 1. */
export function nextPriority(plan: Plan, kind: TableKind, section: string): number {
  const used = measuresOf(plan, kind)
    .filter((m) => sameName(m.section, section))
    .map((m) => (m.priority !== null && Number.isFinite(m.priority) ? Math.floor(m.priority) : 0));
  return used.reduce((a, b) => Math.max(a, b), 0) + 1;
}

/** The value to write for one schema column of a new row. */
function newValue(spec: ColumnSpec, row: RowInput): CellInput {
  const v = row.values[spec.key];
  if (v === undefined || v === null || v === '') return spec.default ?? null;
  return spec.type === 'multiList' && typeof v === 'string' ? joinAreas(v) : v;
}

/** Left and right column of a table. */
interface Span {
  readonly left: number;
  readonly right: number;
}

/** Left and right column of a table from its layout's headers. */
function tableSpan(layout: TableLayout): Span {
  const cols = layout.headers.map((h) => columnNumber(h.column)).filter((n) => n > 0);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/**
 * The first body row from `from` on that holds nothing in the table's columns, or the row below the table. A row
 * whose cells hold only formulas showing "" reads as empty (no measure) but is the user's (SPEC §11): not one to
 * write into. The calculated columns aside: the product's Sum periode formula stands in every row of the table.
 */
function freeRow(
  wb: WorkbookSnapshot,
  layout: TableLayout,
  kind: TableKind,
  years: Years,
  from: number,
  span: Span,
): number {
  const calculated = tableSpec(kind)
    .columns.filter((c) => c.type === 'formula')
    .flatMap((c) => (layout.columns[c.key] ? [columnNumber(layout.columns[c.key] as string)] : []));
  const sheet = findSheet(wb, layout.sheet);
  // The calculated column's cell is the product's only while it holds the product's per-row sum: a formula of
  // the user's there (or a value typed over it) is the user's.
  // isRowSum knows both spellings the product writes; holdsPeriodSum adds this row's own with other case and spaces.
  const productSum = (r: number, c: number) => {
    const formula = sheet === undefined ? undefined : formulaAt(sheet, r, c);
    return isRowSum(formula ?? '') || holdsPeriodSum(formula, layout, years, r);
  };
  for (let r = from; r <= layout.lastDataRow; r++) {
    const owned = calculated.filter((c) => productSum(r, c)).map((c) => ({ top: r, bottom: r, left: c, right: c }));
    if (userCellsIn(wb, layout.sheet, { top: r, bottom: r, ...span }, owned).length === 0) return r;
  }
  return layout.lastDataRow + 1;
}

/**
 * Writes a new measure: ID and priority filled in when not given, schema defaults for empty choices,
 * amounts as numbers in the workbook unit, the Sum periode formula (not when its cell inside the table holds the
 * product's sum already: periodSumCell.ts); into the first empty body row after
 * the last measure (freeRow: a formula of the user's there makes it no empty row), or the row below the table,
 * which then grows over it. A user's cell in that row (in
 * the table's columns) is never written over: a target that can insert cells gets a row inserted there as
 * Excel would, moving the cell down; any other target is blocked by it. A table that shows a Total Row grows over
 * it on a file: the Total Row moves down a row (the adapter moves its cells), so its new row must be free instead. An amount cell of that row that `wb`
 * reports in a date format (a "1.5" typed there and deleted leaves it) gets the amount format; in inserted cells,
 * which take the formats of the row above in Excel, every cell written gets the product's format (amountFormat.ts).
 * No layout → no edits.
 */
export function planAddMeasure(
  plan: Plan,
  kind: TableKind,
  row: RowInput,
  wb: WorkbookSnapshot,
  target: WorkbookTarget = { canInsertCells: false },
): WritePlan {
  const layout = plan.layouts[kind];
  if (!layout) return writable([]);
  // reduce, not Math.max(...rows): a spread of 100 000+ arguments overflows the stack.
  const lastUsed = measuresOf(plan, kind).reduce((a, m) => Math.max(a, m.row), layout.firstDataRow - 1);
  const { left, right } = tableSpan(layout);
  const at = freeRow(wb, layout, kind, plan.years, lastUsed + 1, { left, right });
  const edits: Edit[] = [];
  if (at > layout.lastDataRow) {
    // A Total Row stands in row `at`: the table's, it moves one row down as the table grows over `at` (review r22).
    const below = !target.canInsertCells && showsTotalsRow(wb, layout) ? at + 1 : at;
    const inTheWay = userCellsIn(wb, layout.sheet, { top: below, bottom: below, left, right });
    if (inTheWay.length > 0 && !target.canInsertCells) return blockedBy(namedBelow(inTheWay, layout, below));
    if (inTheWay.length > 0)
      edits.push({ kind: 'insertCells', sheet: layout.sheet, range: toRange(at, left, at, right) });
    // The table grows before the row is written: a structured Sum periode formula means something only inside it.
    if (layout.tableName)
      edits.push({ kind: 'resizeTable', name: layout.tableName, ref: toRange(layout.headerRow, left, at, right) });
  }
  const amountCells: string[] = [];
  const cells = rowEdits(plan, kind, layout, row, at, amountCells, keepsSum(wb, layout, plan, kind, at));
  const inserted = edits.some((e) => e.kind === 'insertCells');
  const written = cells.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
  const formats = inserted
    ? insertedCellFormats(layout.sheet, written, amountCells, plan.settings.unit)
    : amountFormatEdits(wb, layout.sheet, amountCells, plan.settings.unit);
  // The formats before the cells: a number Excel takes into a cell still in the text format is stored as text.
  return writable([...edits, ...formats, ...cells, ...shownRow(wb, layout, at, target, { left, right })]);
}

/**
 * The new row shown when her filter (or she) hid it (review r30: she would not see the measure added, and might add it
 * again), her filter kept as Excel keeps it when she types a row into her filtered table. A file says which rows it
 * hides; Excel's read does not (the target that can insert cells), so there the row is shown whatever it was — the
 * adapter names it only when it was hidden.
 */
function shownRow(wb: WorkbookSnapshot, layout: TableLayout, at: number, target: WorkbookTarget, span: Span): Edit[] {
  const hidden = findSheet(wb, layout.sheet)?.hiddenRows;
  const show = hidden === undefined ? target.canInsertCells : hidden.includes(at);
  if (!show) return [];
  const range = toRange(at, span.left, at, span.right);
  return [{ kind: 'showRows', sheet: layout.sheet, range, table: layout.tableName ?? layout.sheet }];
}

/**
 * The cells in the way of the new row, each marked as in a line of the table typed under it when the check tells row
 * `row` so (row-below-table): the refusal then gives the check's advice, to take that row into the table (review r30).
 */
function namedBelow(cells: readonly UserCell[], layout: TableLayout, row: number): readonly UserCell[] {
  const table = layout.tableName;
  if (table === null || !(layout.rowsBelow ?? []).includes(row)) return cells;
  return cells.map((c) => ({ ...c, rowBelow: { table, row } }));
}

/** Whether the layout's table shows Excel's Total Row (TableInfo.totalsRow), right under its body. */
const showsTotalsRow = (wb: WorkbookSnapshot, layout: TableLayout): boolean =>
  layout.tableName !== null && wb.tables.some((t) => sameName(t.name, layout.tableName ?? '') && t.totalsRow === true);

/**
 * Whether row `at`, inside the table, already holds the product's Sum periode (the calculated column): it is then
 * not written — a template's locked formula column stays as it is, and Excel (or the file adapter, write/rowSums.ts)
 * brings its result up to date as it recalculates.
 */
function keepsSum(wb: WorkbookSnapshot, layout: TableLayout, plan: Plan, kind: TableKind, at: number): boolean {
  const key = tableSpec(kind).columns.find((c) => c.formula === 'sumYears')?.key;
  const letter = key ? layout.columns[key] : undefined;
  const sheet = findSheet(wb, layout.sheet);
  if (!letter || !sheet || at > layout.lastDataRow) return false;
  return holdsPeriodSum(formulaAt(sheet, at, columnNumber(letter)), layout, plan.years, at);
}

/**
 * The cells of the new measure in row `at`; the amount cells written are added to `amountCells`. Sum periode is
 * left out when `keepSum` (its cell holds the product's sum already).
 */
function rowEdits(
  plan: Plan,
  kind: TableKind,
  layout: TableLayout,
  row: RowInput,
  at: number,
  amountCells: string[],
  keepSum: boolean,
): Edit[] {
  const section = String(row.values['section'] ?? '');
  const filled: RowInput = {
    years: row.years,
    values: {
      ...row.values,
      id: row.values['id'] || nextMeasureId(plan, kind),
      priority: row.values['priority'] ?? nextPriority(plan, kind, section),
    },
  };
  const edits: Edit[] = [];
  const write = (letter: string, value: CellInput, amount: boolean) => {
    if (amount) amountCells.push(`${letter}${at}`);
    edits.push(setCell(layout.sheet, `${letter}${at}`, value));
  };
  for (const col of tableSpec(kind).columns) {
    const letter = layout.columns[col.key];
    if (col.key === 'years' || !letter) continue;
    if (col.formula === 'sumYears') {
      // Kept, but a date or text format there is still mended (amountFormat.ts): none in a template's number format.
      if (keepSum) amountCells.push(`${letter}${at}`);
      if (keepSum) continue;
      const formula = periodSumFormula(layout, plan.years, at);
      if (formula) write(letter, { formula, value: sumYearsValue(row.years) }, true);
    } else {
      const value = newValue(col, filled);
      if (value !== null) write(letter, value, isAmountColumn(col));
    }
  }
  plan.years.forEach((y, i) => {
    const letter = layout.yearColumns[String(y)];
    const value = row.years[i] ?? null;
    if (letter && value !== null) write(letter, value, true);
  });
  return edits;
}
