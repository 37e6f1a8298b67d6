/** Planned edits (src/domain/edits.ts) applied to an exceljs workbook, in order. */
import type ExcelJS from 'exceljs';
import { columnNumber, parseA1, parseRange, type CellInput, type Edit } from '../../domain';
import { styleCell } from './styles';
import { bareFormula } from './structuredRefs';
import { createTable, deleteTable, resizeTable } from './tables';
import { clearValidation, setValidation } from './validation';
import type { CalculatedColumns, RawName } from './zipParts';

/** What the adapter holds besides exceljs's workbook: the names and calculated columns exceljs cannot keep. */
export interface XlsxState {
  readonly wb: ExcelJS.Workbook;
  names: RawName[];
  readonly calculated: CalculatedColumns;
}

const sheetOf = (state: XlsxState, name: string): ExcelJS.Worksheet => {
  const ws = state.wb.getWorksheet(name);
  if (!ws) throw new Error(`No sheet named ${name}`);
  return ws;
};

const mustRange = (ref: string): NonNullable<ReturnType<typeof parseRange>> => {
  const b = parseRange(ref);
  if (!b) throw new Error(`Not a range: ${ref}`);
  return b;
};

/** A CellInput as an exceljs value: formulas without their "=", null empties the cell. */
export function toCellValue(v: CellInput): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object') return { formula: bareFormula(v.formula) } as ExcelJS.CellFormulaValue;
  return v;
}

function forRange(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const b = mustRange(range);
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(ws.getCell(r, c));
}

function setCells(ws: ExcelJS.Worksheet, origin: string, values: readonly (readonly CellInput[])[]): void {
  const at = parseA1(origin);
  if (!at) throw new Error(`Not a cell: ${origin}`);
  values.forEach((row, i) => row.forEach((v, j) => (ws.getCell(at.row + i, at.col + j).value = toCellValue(v))));
}

/** Empty a block the product owns: values, styles and validations inside it, nothing outside. */
function clearBlock(ws: ExcelJS.Worksheet, range: string): void {
  forRange(ws, range, (cell) => {
    cell.value = null;
    cell.style = {};
  });
  clearValidation(ws, range);
}

function freeze(ws: ExcelJS.Worksheet, rows: number): void {
  const activeCell = ws.views[0]?.activeCell;
  ws.views = [
    rows > 0
      ? { state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}`, activeCell }
      : { state: 'normal', activeCell },
  ];
}

function select(state: XlsxState, sheet: string, cell: string): void {
  const ws = sheetOf(state, sheet);
  const view = ws.views[0] ?? {};
  ws.views = [{ ...view, activeCell: cell }];
  const index = state.wb.worksheets.indexOf(ws);
  const book = state.wb.views[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' };
  state.wb.views = [{ ...book, activeTab: index, firstSheet: 0 }];
}

function defineName(state: XlsxState, name: string, ref: string): void {
  const kept = state.names.filter(
    (n) => !(n.name.toLowerCase() === name.toLowerCase() && !/localSheetId/.test(n.attrs)),
  );
  state.names = [...kept, { name, ref: bareFormula(ref), attrs: '' }];
}

/** Apply one edit. Programmer errors (unknown sheet, bad address) throw. */
export function applyEdit(state: XlsxState, edit: Edit): void {
  switch (edit.kind) {
    case 'ensureSheet':
      if (!state.wb.getWorksheet(edit.sheet))
        state.wb.addWorksheet(edit.sheet, edit.hidden ? { state: 'hidden' } : undefined);
      return;
    case 'setCells':
      return setCells(sheetOf(state, edit.sheet), edit.origin, edit.values);
    case 'createTable':
      return createTable(sheetOf(state, edit.sheet), edit.name, edit.ref, edit.calculated, state.calculated);
    case 'resizeTable':
      return resizeTable(state.wb, edit.name, edit.ref, state.calculated);
    case 'defineName':
      return defineName(state, edit.name, edit.ref);
    case 'setValidation':
      return setValidation(sheetOf(state, edit.sheet), edit.range, edit.rule);
    case 'setNumberFormat':
      return forRange(sheetOf(state, edit.sheet), edit.range, (cell) => (cell.numFmt = edit.format));
    case 'setStyle':
      return forRange(sheetOf(state, edit.sheet), edit.range, (cell) => styleCell(cell, edit.style));
    case 'setColumnWidth':
      sheetOf(state, edit.sheet).getColumn(columnNumber(edit.column)).width = edit.width;
      return;
    case 'freezeRows':
      return freeze(sheetOf(state, edit.sheet), edit.rows);
    case 'clearOwnedRange': {
      const ws = state.wb.getWorksheet(edit.sheet);
      return ws ? clearBlock(ws, edit.range) : undefined;
    }
    case 'insertCells':
      // Moving cells would mean rewriting every reference to them: a file is never asked to (WritePlan).
      throw new Error(`Cannot insert cells into a file (${edit.sheet}!${edit.range})`);
    case 'deleteOwnedTable':
      return deleteTable(state.wb, edit.name, state.calculated);
    case 'select':
      return select(state, edit.sheet, edit.cell);
  }
}
