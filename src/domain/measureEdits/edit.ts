/**
 * Edit a measure (SPEC §11): only the cells of its row whose value changed are written, and an amount cell
 * written that Excel shows as a date or keeps as text gets the amount format (amountFormat.ts).
 */
import type { RowInput } from '../model/content';
import type { Edit } from '../model/edits';
import { fromKr, kr, toKr } from '../model/money';
import type { Plan } from '../model/plan';
import { measureValues, type ColumnSpec } from '../model/schema';
import type { WorkbookSnapshot } from '../model/snapshot';
import { cellAddress } from '../read/rowCells';
import { amountFormatEdits } from './amountFormat';
import { joinAreas, setCell } from './common';
import { findMeasure, type MeasureRef } from './locate';

/** A measure's value in a column (`v`), as a user would type it (amounts in the workbook unit). */
function currentValue(plan: Plan, spec: ColumnSpec, v: unknown): string | number | null {
  if (spec.type === 'amount') return typeof v === 'number' ? fromKr(kr(v), plan.settings.unit) : null;
  if (spec.type === 'multiList') return Array.isArray(v) ? v.join('; ') : null;
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

/** Whether a typed value differs from the measure's current one (amounts compared in kroner). */
function differs(
  plan: Plan,
  spec: ColumnSpec | null,
  current: string | number | null,
  next: string | number | boolean | null,
): boolean {
  const blank = (x: string | number | boolean | null) => x === null || x === '';
  if (blank(current) || blank(next)) return blank(current) !== blank(next);
  const unit = plan.settings.unit;
  if ((spec === null || spec.type === 'amount') && typeof current === 'number' && typeof next === 'number')
    return toKr(current, unit) !== toKr(next, unit);
  if (spec?.type === 'multiList') return joinAreas(String(current)) !== joinAreas(String(next));
  return String(current).trim() !== String(next).trim();
}

/**
 * Writes only the cells of a measure's row whose value changed, the amount format first into those of them in
 * an amount column whose format `wb` (the snapshot `plan` was read from) reports as a date, a time or text. The
 * measure is the one on `ref`'s row (a bare ID: the only measure with it, see findMeasure); none there → no edits.
 */
export function planUpdateMeasure(plan: Plan, ref: MeasureRef | string, row: RowInput, wb: WorkbookSnapshot): Edit[] {
  const m = findMeasure(plan, ref);
  if (!m) return [];
  const edits: Edit[] = [];
  const amountCells: string[] = [];
  for (const { spec, value } of measureValues(m)) {
    const next = row.values[spec.key];
    const cell = cellAddress(m, spec.key);
    if (next === undefined || !cell || spec.formula) continue;
    const current = currentValue(plan, spec, value);
    if (m.invalid.includes(spec.key) || differs(plan, spec, current, next)) {
      if (spec.type === 'amount') amountCells.push(cell);
      edits.push(
        setCell(m.sheet, cell, spec.type === 'multiList' && typeof next === 'string' ? joinAreas(next) : next),
      );
    }
  }
  plan.years.forEach((y, i) => {
    const key = `year:${y}`;
    const cell = cellAddress(m, key);
    const next = row.years[i];
    if (next === undefined || !cell) return;
    const current = m.years[i] ?? null;
    const currentInUnit = current === null ? null : fromKr(current, plan.settings.unit);
    if (m.invalid.includes(key) || differs(plan, null, currentInUnit, next)) {
      amountCells.push(cell);
      edits.push(setCell(m.sheet, cell, next));
    }
  });
  // The format first: a number Excel takes into a cell still in the text format is stored as text.
  return [...amountFormatEdits(wb, m.sheet, amountCells, plan.settings.unit), ...edits];
}
