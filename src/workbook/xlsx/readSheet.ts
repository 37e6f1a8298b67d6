/**
 * One exceljs worksheet → one SheetSnapshot: the used range (cells with a value or a formula), values with
 * Excel errors as { error }, formula text with a leading "=", number formats and merges.
 */
import ExcelJS from 'exceljs';
import { parseRange, toA1, type CellValue, type SheetSnapshot } from '../../domain';

type Raw = ExcelJS.CellValue;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A plain (non-formula) exceljs value as a snapshot value. */
export function plainValue(v: Raw | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (!isObject(v)) return null;
  if (typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
  if ('text' in v && (typeof v.text === 'string' || isObject(v.text))) return plainValue(v.text as Raw);
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(v.result as Raw);
  return null;
}

/** Formula text with a leading "=", or null for a constant. */
export function formulaText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (!isObject(v) || !('formula' in v || 'sharedFormula' in v)) return null;
  const text = cell.formula;
  return typeof text === 'string' && text !== '' ? `=${text}` : null;
}

/**
 * The cached result of a formula cell. `cell.value` loses a result of 0 (exceljs copies only truthy
 * fields), so the result is read from the cell itself.
 */
export function formulaResult(cell: ExcelJS.Cell): CellValue {
  return plainValue((cell as unknown as { result?: Raw }).result);
}

/** The merged ranges of a sheet ("C1:G1"). exceljs keeps them in a private map of Range objects. */
export function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges ?? {};
  return Object.values(merges)
    .map((m) => m?.range)
    .filter((r): r is string => typeof r === 'string' && parseRange(r) !== null);
}

/** One cell the file holds with a value or a formula. */
interface Held {
  readonly col: number;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

const formatOf = (cell: ExcelJS.Cell): string | null =>
  typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : null;

/**
 * The number format of a position that holds no value: its empty cell's own format, else what a new cell
 * there would get (the row's format, else the column's), without creating the cell.
 */
function emptyFormat(ws: ExcelJS.Worksheet, row: ExcelJS.Row | undefined, col: number): string | null {
  const cell = row?.findCell(col);
  if (cell) return formatOf(cell);
  const inherited = row?.numFmt || ws.getColumn(col).numFmt;
  return typeof inherited === 'string' && inherited !== '' ? inherited : null;
}

/**
 * Snapshot of one worksheet's used range (the cells with a value or a formula; an empty sheet is an empty
 * block at A1). One pass over the cells the file holds, each value read once, then the block is filled in:
 * exceljs's getCell would create every empty cell of the block, and its value getter builds an object per
 * formula cell on every call.
 */
export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const held = new Map<number, Held[]>();
  let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Held[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // The cell's type first. A cell covered by a merge (not its top-left cell) is a Merge cell: exceljs
      // answers it with the merge's value, but in the file (and in Excel, and through Office.js) it is empty,
      // so a header merged over four year columns is one header, not four. Only a Formula cell has a formula.
      // (exceljs's getters behind isMerged, master and value are most of the cost of reading a sheet.)
      const type = cell.type;
      if (type === ExcelJS.ValueType.Merge) return;
      const formula = type === ExcelJS.ValueType.Formula ? formulaText(cell) : null;
      const value = formula === null ? plainValue(cell.value) : formulaResult(cell);
      if (value === null && formula === null) return;
      cells.push({ col: c, value, formula, format: formatOf(cell) });
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
    if (cells.length === 0) return;
    held.set(r, cells);
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
  });
  const merges = sheetMerges(ws);
  if (held.size === 0) return { sheet: ws.name, origin: 'A1', values: [], formulas: [], numberFormats: [], merges };
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const vs = new Array<CellValue>(width).fill(null);
    const fs = new Array<string | null>(width).fill(null);
    const ns = new Array<string | null>(width).fill(null);
    const known = new Array<boolean>(width).fill(false);
    for (const h of held.get(r) ?? []) {
      const i = h.col - left;
      vs[i] = h.value;
      fs[i] = h.formula;
      ns[i] = h.format;
      known[i] = true;
    }
    const row = ws.findRow(r);
    for (let i = 0; i < width; i++) if (!known[i]) ns[i] = emptyFormat(ws, row, left + i);
    values.push(vs);
    formulas.push(fs);
    numberFormats.push(ns);
  }
  return { sheet: ws.name, origin: toA1(top, left), values, formulas, numberFormats, merges };
}
