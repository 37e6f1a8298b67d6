/**
 * The archive a roll forward leaves behind: the old period's tables as plain values (no formulas, no
 * tables), so the plan as it stood stays readable next to the new one.
 */
import type { CellInput } from '../model/edits';
import { fromKr, kr, sumKr } from '../model/money';
import {
  columnValues,
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_TABLE,
  measureValues,
  OPERATING_TABLE,
  SHEETS,
  type ColumnSpec,
  type ColumnValue,
} from '../model/schema';
import type { Kr, Unit } from '../model/money';
import type { EconomyPlanLine, Measure, Plan } from '../model/plan';

/** "Arkiv 2027-2030": the sheet holding the period that was rolled away. */
export function archiveSheetName(plan: Plan): string {
  const first = plan.years[0] ?? plan.settings.startYear;
  const last = plan.years[plan.years.length - 1] ?? first;
  return `${SHEETS.archive} ${first}-${last}`;
}

function headers(columns: readonly ColumnSpec[], years: readonly number[]): CellInput[] {
  return columns.flatMap((c): CellInput[] => (c.key === 'years' ? [...years] : [c.header]));
}

/** A row of a table (a measure or an economy plan line): its value per column, and its year amounts. */
interface Row {
  readonly values: readonly ColumnValue[];
  readonly years: readonly (Kr | null)[];
}

/** One cell of the archive: amounts in the workbook unit, Sum periode as its value, areas joined. */
function cellOf(row: Row, { spec, value }: ColumnValue, unit: Unit): CellInput {
  if (spec.key === 'periodSum') return fromKr(sumKr(row.years), unit);
  if (Array.isArray(value)) return value.join('; ');
  if (value === null || value === undefined) return null;
  if (spec.type === 'amount' && typeof value === 'number') return fromKr(kr(value), unit);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

function rowOf(row: Row, unit: Unit): CellInput[] {
  return row.values.flatMap((c) =>
    c.spec.key === 'years' ? row.years.map((y) => (y === null ? null : fromKr(y, unit))) : [cellOf(row, c, unit)],
  );
}

function block(title: string, columns: readonly ColumnSpec[], rows: readonly Row[], plan: Plan): CellInput[][] {
  return [[title], headers(columns, plan.years), ...rows.map((r) => rowOf(r, plan.settings.unit)), []];
}

/**
 * The rows of the archive sheet: a title with the period and settings, then each table (drift,
 * investering, økonomiplan) under its sheet name, header first, amounts in the workbook unit.
 */
export function archiveRows(plan: Plan): CellInput[][] {
  const { settings } = plan;
  const measures = (list: readonly Measure[]): Row[] => list.map((m) => ({ values: measureValues(m), years: m.years }));
  const lines = (list: readonly EconomyPlanLine[]): Row[] =>
    list.map((l) => ({ values: columnValues(l, ECONOMY_PLAN_COLUMNS), years: l.years }));
  return [
    [`Tiltaksplan ${archiveSheetName(plan).slice(SHEETS.archive.length + 1)} – arkivert ved rullering`],
    ['Beløpsenhet', settings.unit, 'Prisnivå', settings.priceLevel, 'Økonomiplanversjon', settings.economyPlanVersion],
    [],
    ...block(OPERATING_TABLE.sheet, OPERATING_TABLE.columns, measures(plan.operating), plan),
    ...block(INVESTMENT_TABLE.sheet, INVESTMENT_TABLE.columns, measures(plan.investment), plan),
    ...block(SHEETS.economyPlan, ECONOMY_PLAN_COLUMNS, lines(plan.economyPlan), plan),
  ];
}
