/**
 * Add, edit and move a measure (SPEC §11): values written into the sheet below the table (never through
 * a table's row API, which Excel refuses in some states), the table grown over them, and only the cells
 * that change. IDs are generated from the highest number in use, so an ID is never handed out twice.
 */
import { columnNumber, toRange } from './a1';
import type { CellInput, Edit } from './edits';
import { fromKr, kr, toKr } from './money';
import { INVESTMENT_TABLE, OPERATING_TABLE, type ColumnSpec, type MeasureTableSpec } from './schema';
import { cellAddress } from './rowCells';
import { periodSumFormula } from './tableEdits';
import type { Measure, Plan, RowInput, TableKind, TableLayout } from './types';

const tableSpec = (kind: TableKind): MeasureTableSpec => (kind === 'operating' ? OPERATING_TABLE : INVESTMENT_TABLE);
const measuresOf = (plan: Plan, kind: TableKind): readonly Measure[] =>
  kind === 'operating' ? plan.operating : plan.investment;
const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The next free ID of a table: highest number in use with its prefix + 1, as D-001 / I-001. */
export function nextMeasureId(plan: Plan, kind: TableKind): string {
  const prefix = tableSpec(kind).idPrefix;
  const pattern = new RegExp(`^${prefix}(\\d+)$`, 'i');
  const numbers = [...plan.operating, ...plan.investment].map((m) => Number(pattern.exec(m.id.trim())?.[1] ?? 0));
  return `${prefix}${String(numbers.reduce((a, b) => Math.max(a, b), 0) + 1).padStart(3, '0')}`;
}

/** The next priority in a section of a table: highest in use + 1. */
export function nextPriority(plan: Plan, kind: TableKind, section: string): number {
  const used = measuresOf(plan, kind)
    .filter((m) => sameText(m.section, section))
    .map((m) => (m.priority !== null && Number.isFinite(m.priority) ? Math.floor(m.priority) : 0));
  return used.reduce((a, b) => Math.max(a, b), 0) + 1;
}

/** ";"-separated areas as the workbook holds them: "A; B". */
export function joinAreas(value: string): string {
  return value
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .join('; ');
}

/** The value to write for one schema column of a new row. */
function newValue(spec: ColumnSpec, row: RowInput): CellInput {
  const v = row.values[spec.key];
  if (v === undefined || v === null || v === '') return spec.default ?? null;
  return spec.type === 'multiList' && typeof v === 'string' ? joinAreas(v) : v;
}

function setCell(sheet: string, cell: string, value: CellInput): Edit {
  return { kind: 'setCells', sheet, origin: cell, values: [[value]] };
}

/** Left and right column of a table from its layout's headers. */
function tableSpan(layout: TableLayout): { left: number; right: number } {
  const cols = layout.headers.map((h) => columnNumber(h.column)).filter((n) => n > 0);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/**
 * Writes a new measure: ID and priority filled in when not given, schema defaults for empty choices,
 * amounts as numbers in the workbook unit, the Sum periode formula; into the first empty body row after
 * the last measure, or the row below the table, which then grows over it. No layout → no edits.
 */
export function planAddMeasure(plan: Plan, kind: TableKind, row: RowInput): Edit[] {
  const layout = plan.layouts[kind];
  if (!layout) return [];
  const spec = tableSpec(kind);
  // reduce, not Math.max(...rows): a spread of 100 000+ arguments overflows the stack.
  const lastUsed = measuresOf(plan, kind).reduce((a, m) => Math.max(a, m.row), layout.firstDataRow - 1);
  const target = lastUsed + 1;
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
  for (const col of spec.columns) {
    const letter = layout.columns[col.key];
    if (col.key === 'years' || !letter) continue;
    if (col.formula === 'sumYears') {
      const formula = periodSumFormula(layout, plan.years, target);
      if (formula) edits.push(setCell(layout.sheet, `${letter}${target}`, { formula }));
    } else {
      const value = newValue(col, filled);
      if (value !== null) edits.push(setCell(layout.sheet, `${letter}${target}`, value));
    }
  }
  plan.years.forEach((y, i) => {
    const letter = layout.yearColumns[String(y)];
    const value = row.years[i] ?? null;
    if (letter && value !== null) edits.push(setCell(layout.sheet, `${letter}${target}`, value));
  });
  if (layout.tableName && target > layout.lastDataRow) {
    const { left, right } = tableSpan(layout);
    edits.push({ kind: 'resizeTable', name: layout.tableName, ref: toRange(layout.headerRow, left, target, right) });
  }
  return edits;
}

/** The value a measure holds for a schema key, as a user would type it (amounts in the workbook unit). */
function currentValue(plan: Plan, m: Measure, spec: ColumnSpec): string | number | null {
  const v = (m as unknown as Record<string, unknown>)[spec.key];
  if (spec.type === 'amount') return typeof v === 'number' ? fromKr(kr(v), plan.settings.unit) : null;
  if (spec.type === 'multiList') return Array.isArray(v) ? v.join('; ') : null;
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

/** Whether a typed value differs from the measure's current one (amounts compared in kroner). */
function differs(
  plan: Plan,
  spec: ColumnSpec | null,
  current: string | number | null,
  next: string | number | null,
): boolean {
  const blank = (x: string | number | null) => x === null || x === '';
  if (blank(current) || blank(next)) return blank(current) !== blank(next);
  const unit = plan.settings.unit;
  if ((spec === null || spec.type === 'amount') && typeof current === 'number' && typeof next === 'number')
    return toKr(current, unit) !== toKr(next, unit);
  if (spec?.type === 'multiList') return joinAreas(String(current)) !== joinAreas(String(next));
  return String(current).trim() !== String(next).trim();
}

/** Writes only the cells of a measure's row whose value changed. Unknown ID → no edits. */
export function planUpdateMeasure(plan: Plan, id: string, row: RowInput): Edit[] {
  const m = [...plan.operating, ...plan.investment].find((x) => x.id === id);
  if (!m) return [];
  const edits: Edit[] = [];
  for (const spec of tableSpec(m.table).columns) {
    const next = row.values[spec.key];
    const cell = cellAddress(m, spec.key);
    if (next === undefined || !cell || spec.formula) continue;
    const current = currentValue(plan, m, spec);
    if (m.invalid.includes(spec.key) || differs(plan, spec, current, next)) {
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
    if (m.invalid.includes(key) || differs(plan, null, currentInUnit, next)) edits.push(setCell(m.sheet, cell, next));
  });
  return edits;
}

/**
 * Moves a measure one place up or down within its section (by priority, then row), then numbers the
 * section 1..n, writing only the Prioritet cells that change. At the edge → no edits.
 */
export function planMoveMeasure(plan: Plan, id: string, direction: 'up' | 'down'): Edit[] {
  const m = [...plan.operating, ...plan.investment].find((x) => x.id === id);
  if (!m) return [];
  const order = (x: Measure) => (x.priority === null || !Number.isFinite(x.priority) ? Infinity : x.priority);
  const section = measuresOf(plan, m.table)
    .filter((x) => sameText(x.section, m.section))
    .sort((a, b) => order(a) - order(b) || a.row - b.row);
  const i = section.indexOf(m);
  const j = direction === 'up' ? i - 1 : i + 1;
  const a = section[i];
  const b = section[j];
  if (!a || !b) return [];
  section[i] = b;
  section[j] = a;
  return section.flatMap((x, k) => {
    const cell = cellAddress(x, 'priority');
    return cell && x.priority !== k + 1 ? [setCell(x.sheet, cell, k + 1)] : [];
  });
}
