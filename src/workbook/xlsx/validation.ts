/** Data validation (drop-downs and whole numbers) in exceljs, keyed by range so large ranges stay small. */
import type ExcelJS from 'exceljs';
import { parseRange, toA1, toRange, type ValidationRule } from '../../domain';

type Model = Record<string, ExcelJS.DataValidation | undefined>;

/** exceljs's per-sheet validations (missing from its typings). */
export const validationsOf = (
  ws: ExcelJS.Worksheet,
): { model: Model; add(key: string, v: ExcelJS.DataValidation): void } =>
  (ws as unknown as { dataValidations: { model: Model; add(key: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

const modelOf = (ws: ExcelJS.Worksheet): Model => validationsOf(ws).model;

const overlaps = (
  a: NonNullable<ReturnType<typeof parseRange>>,
  b: NonNullable<ReturnType<typeof parseRange>>,
): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Remove validation from every cell of `range`; a stored range that sticks out keeps its other cells. */
export function clearValidation(ws: ExcelJS.Worksheet, range: string): void {
  const target = parseRange(range);
  if (!target) return;
  const model = modelOf(ws);
  for (const key of Object.keys(model)) {
    const b = parseRange(key);
    const rule = model[key];
    if (!b || rule === undefined) {
      delete model[key];
      continue;
    }
    if (!overlaps(b, target)) continue;
    delete model[key];
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const inside = r >= target.top && r <= target.bottom && c >= target.left && c <= target.right;
        if (!inside) model[toA1(r, c)] = rule;
      }
    }
  }
}

const NAME = /^[A-Za-z_\\][\w.]*$/;

/** The list source as Excel stores it: a workbook name or formula as is, a literal list quoted. */
export function listFormula(source: string): string {
  const s = source.trim();
  if (s.startsWith('=')) return s.slice(1);
  if (NAME.test(s)) return s;
  return `"${s.replace(/"/g, '""')}"`;
}

function toExcel(rule: ValidationRule): ExcelJS.DataValidation {
  if (rule.type === 'list') {
    return { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [listFormula(rule.source)] };
  }
  const between = rule.max !== undefined;
  return {
    type: 'whole',
    allowBlank: true,
    showErrorMessage: true,
    operator: between ? 'between' : 'greaterThanOrEqual',
    formulae: between ? [rule.min, rule.max] : [rule.min],
  };
}

/** Set one rule on a range, replacing what was there. */
export function setValidation(ws: ExcelJS.Worksheet, range: string, rule: ValidationRule): void {
  const b = parseRange(range);
  if (!b) throw new Error(`Not a range: ${range}`);
  clearValidation(ws, range);
  const single = b.top === b.bottom && b.left === b.right;
  validationsOf(ws).add(single ? toA1(b.top, b.left) : toRange(b.top, b.left, b.bottom, b.right), toExcel(rule));
}
