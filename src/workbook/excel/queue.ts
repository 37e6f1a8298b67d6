/**
 * One planned edit → Office.js calls queued on the request context. Nothing here syncs: apply.ts owns the
 * batch. Every write targets exactly the cells the edit names.
 */
import { parseA1, parseRange, toRange, type CellInput, type Edit, type ValidationRule } from '../../domain';
import { WorkbookError } from '../port';
import { queueStyle, widthToPoints } from './styles';

/** What the first sync told us, updated as edits create things. Keys are lower-case (Excel ignores case). */
export interface ApplyState {
  readonly sheets: Map<string, string>;
  /** Table name → sheet name. */
  readonly tables: Map<string, string>;
  /** Names that exist or that this batch defines (for telling a list source name from a literal list). */
  readonly names: Set<string>;
  readonly existingNames: Set<string>;
  readonly canResizeTable: boolean;
}

/** Queues one edit (no sync). */
export function queueEdit(context: Excel.RequestContext, edit: Edit, state: ApplyState): void {
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  switch (edit.kind) {
    case 'ensureSheet':
      if (!state.sheets.has(edit.sheet.toLowerCase())) {
        const added = context.workbook.worksheets.add(edit.sheet);
        if (edit.hidden) added.visibility = 'Hidden';
        state.sheets.set(edit.sheet.toLowerCase(), edit.sheet);
      }
      return;
    case 'setCells':
      return queueCells(sheet(edit.sheet), edit.origin, edit.values);
    case 'createTable':
      return queueCreateTable(sheet(edit.sheet), edit, state);
    case 'resizeTable':
      return queueResizeTable(context, edit.name, edit.ref, state);
    case 'defineName':
      return queueDefineName(context, edit.name, edit.ref, state);
    case 'setValidation':
      return queueValidation(sheet(edit.sheet).getRange(edit.range), edit.rule, state);
    case 'setNumberFormat':
      return queueNumberFormat(sheet(edit.sheet).getRange(edit.range), edit.range, edit.format);
    case 'setStyle':
      return queueStyle(sheet(edit.sheet).getRange(edit.range), edit.style);
    case 'setColumnWidth':
      sheet(edit.sheet).getRange(`${edit.column}:${edit.column}`).format.columnWidth = widthToPoints(edit.width);
      return;
    case 'freezeRows':
      sheet(edit.sheet).freezePanes.freezeRows(edit.rows);
      return;
    case 'clearOwnedRange': {
      const range = sheet(edit.sheet).getRange(edit.range);
      range.clear('All');
      range.dataValidation.clear();
      return;
    }
    case 'deleteOwnedTable':
      // Table.delete would take every cell of the table with it; the owned ones go by clearOwnedRange.
      if (state.tables.delete(edit.name.toLowerCase())) context.workbook.tables.getItem(edit.name).convertToRange();
      return;
    case 'insertCells':
      sheet(edit.sheet).getRange(edit.range).insert('Down');
      return;
    case 'select': {
      const ws = sheet(edit.sheet);
      ws.activate();
      ws.getRange(edit.cell).select();
      return;
    }
  }
}

/** A formula object → its text with a leading "="; null → "" (an empty cell). */
export function toOfficeInput(cell: CellInput): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  return cell;
}

/** Writes a block at origin: one range when rectangular, else one range per row (still no sync). */
function queueCells(ws: Excel.Worksheet, origin: string, rows: readonly (readonly CellInput[])[]): void {
  const at = parseA1(origin);
  if (!at || rows.length === 0) return;
  const width = rows[0]?.length ?? 0;
  const blocks = rows.every((r) => r.length === width)
    ? [{ top: at.row, rows }]
    : rows.map((r, i) => ({ top: at.row + i, rows: [r] }));
  for (const block of blocks) {
    const cols = block.rows[0]?.length ?? 0;
    if (cols === 0) continue;
    const range = ws.getRange(toRange(block.top, at.col, block.top + block.rows.length - 1, at.col + cols - 1));
    const data = block.rows.map((r) => r.map(toOfficeInput));
    // `formulas` accepts constants too, but only blocks with a formula need it.
    if (block.rows.some((r) => r.some((c) => c !== null && typeof c === 'object'))) range.formulas = data;
    else range.values = data;
  }
}

function rangeSize(ref: string): { rows: number; cols: number } | null {
  const r = parseRange(ref);
  return r ? { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 } : null;
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

function queueNumberFormat(range: Excel.Range, ref: string, format: string): void {
  const size = rangeSize(ref);
  // Whole columns/rows have no bounded size: a single value applies to every cell of the range.
  range.numberFormat = size ? fill(size.rows, size.cols, format) : (format as unknown as string[][]);
}

function queueCreateTable(ws: Excel.Worksheet, edit: Extract<Edit, { kind: 'createTable' }>, state: ApplyState): void {
  const table = ws.tables.add(ws.getRange(edit.ref), true);
  table.name = edit.name;
  state.tables.set(edit.name.toLowerCase(), edit.sheet);
  const size = rangeSize(edit.ref);
  const bodyRows = Math.max(1, (size?.rows ?? 2) - 1);
  for (const [header, formula] of Object.entries(edit.calculated ?? {})) {
    const text = formula.startsWith('=') ? formula : `=${formula}`;
    // The same formula in every body cell of a table column makes it a calculated column.
    table.columns.getItem(header).getDataBodyRange().formulas = fill(bodyRows, 1, text);
  }
}

/** Table.resize needs ExcelApi 1.13; before that, convert to a range and re-create the table at the new size. */
function queueResizeTable(context: Excel.RequestContext, name: string, ref: string, state: ApplyState): void {
  const sheetName = state.tables.get(name.toLowerCase());
  // Throwing while queueing is still all-or-nothing: the write batch is never synced.
  if (!sheetName) throw new WorkbookError('sheet-missing', `Table "${name}" does not exist.`);
  const table = context.workbook.tables.getItem(name);
  const ws = context.workbook.worksheets.getItem(sheetName);
  if (state.canResizeTable) return table.resize(ws.getRange(ref));
  table.convertToRange();
  ws.tables.add(ws.getRange(ref), true).name = name;
}

function queueDefineName(context: Excel.RequestContext, name: string, ref: string, state: ApplyState): void {
  const names = context.workbook.names;
  if (state.existingNames.delete(name.toLowerCase())) names.getItem(name).delete();
  names.add(name, ref.startsWith('=') ? ref : `=${ref}`);
  state.existingNames.add(name.toLowerCase());
}

/** Builds the Office rule; a list source that is a workbook name becomes "=name", anything else a literal list. */
export function toValidationRule(rule: ValidationRule, names: ReadonlySet<string>): Excel.DataValidationRule {
  if (rule.type === 'wholeNumber') {
    return rule.max === undefined
      ? { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } }
      : { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
  }
  const isName = !rule.source.startsWith('=') && names.has(rule.source.toLowerCase());
  return { list: { inCellDropDown: true, source: isName ? `=${rule.source}` : rule.source } };
}

function queueValidation(range: Excel.Range, rule: ValidationRule, state: ApplyState): void {
  range.dataValidation.clear();
  range.dataValidation.rule = toValidationRule(rule, state.names);
}
