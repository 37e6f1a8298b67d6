/**
 * One exceljs worksheet → one SheetSnapshot: the used range (cells with a value or a formula), values with
 * Excel errors as { error }, formula text with a leading "=", number formats and merges.
 */
import type ExcelJS from 'exceljs';
import { parseRange, toA1 } from '../../domain/a1';
import type { CellValue, SheetSnapshot } from '../../domain/types';

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

/**
 * Whether a cell is covered by a merge without being its top-left cell. exceljs answers such a cell with the
 * merge's value; in the file (and in Excel, and through Office.js) it is empty, so a header merged over
 * four year columns is one header, not four copies of it.
 */
const isCovered = (cell: ExcelJS.Cell): boolean => cell.isMerged && cell.master !== cell;

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function usedBounds(ws: ExcelJS.Worksheet): Bounds | null {
  let b: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isCovered(cell) || (plainValue(cell.value) === null && formulaText(cell) === null)) return;
      b = b
        ? { top: Math.min(b.top, r), left: Math.min(b.left, c), bottom: Math.max(b.bottom, r), right: Math.max(b.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return b;
}

/** The merged ranges of a sheet ("C1:G1"). exceljs keeps them in a private map of Range objects. */
export function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges ?? {};
  return Object.values(merges)
    .map((m) => m?.range)
    .filter((r): r is string => typeof r === 'string' && parseRange(r) !== null);
}

/** Snapshot of one worksheet's used range. An empty sheet is an empty block at A1. */
export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const bounds = usedBounds(ws);
  if (!bounds) return { sheet: ws.name, origin: 'A1', values: [], formulas: [], numberFormats: [], merges: sheetMerges(ws) };
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = ws.getRow(r);
    const vs: CellValue[] = [];
    const fs: (string | null)[] = [];
    const ns: (string | null)[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) {
      const cell = row.getCell(c);
      const formula = isCovered(cell) ? null : formulaText(cell);
      vs.push(isCovered(cell) ? null : formula === null ? plainValue(cell.value) : formulaResult(cell));
      fs.push(formula);
      ns.push(typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : null);
    }
    values.push(vs);
    formulas.push(fs);
    numberFormats.push(ns);
  }
  return {
    sheet: ws.name,
    origin: toA1(bounds.top, bounds.left),
    values,
    formulas,
    numberFormats,
    merges: sheetMerges(ws),
  };
}
