/**
 * The archive a roll forward leaves behind: the old period's tables as plain values (no formulas, no
 * tables), so the plan as it stood stays readable next to the new one.
 */
import type { CellInput } from '../model/edits';
import { fromKr, sumKr } from '../model/money';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, type ColumnSpec } from '../model/schema';
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

type Row = Readonly<Record<string, unknown>> & { readonly years: readonly (Kr | null)[] };

/** One cell of the archive: amounts in the workbook unit, Sum periode as its value, areas joined. */
function cellOf(row: Row, spec: ColumnSpec, unit: Unit): CellInput {
  if (spec.key === 'periodSum') return fromKr(sumKr(row.years), unit);
  const value = row[spec.key];
  if (Array.isArray(value)) return value.join('; ');
  if (value === null || value === undefined) return null;
  if (spec.type === 'amount' && typeof value === 'number') return fromKr(value as Kr, unit);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

function rowOf(row: Row, columns: readonly ColumnSpec[], unit: Unit): CellInput[] {
  return columns.flatMap((c) =>
    c.key === 'years' ? row.years.map((y) => (y === null ? null : fromKr(y, unit))) : [cellOf(row, c, unit)],
  );
}

function block(title: string, columns: readonly ColumnSpec[], rows: readonly Row[], plan: Plan): CellInput[][] {
  return [[title], headers(columns, plan.years), ...rows.map((r) => rowOf(r, columns, plan.settings.unit)), []];
}

/**
 * The rows of the archive sheet: a title with the period and settings, then each table (drift,
 * investering, økonomiplan) under its sheet name, header first, amounts in the workbook unit.
 */
export function archiveRows(plan: Plan): CellInput[][] {
  const { settings } = plan;
  const measures = (list: readonly Measure[]): Row[] => list.map((m) => m as unknown as Row);
  const lines = (list: readonly EconomyPlanLine[]): Row[] => list.map((l) => l as unknown as Row);
  return [
    [`Tiltaksplan ${archiveSheetName(plan).slice(SHEETS.archive.length + 1)} – arkivert ved rullering`],
    ['Beløpsenhet', settings.unit, 'Prisnivå', settings.priceLevel, 'Økonomiplanversjon', settings.economyPlanVersion],
    [],
    ...block(OPERATING_TABLE.sheet, OPERATING_TABLE.columns, measures(plan.operating), plan),
    ...block(INVESTMENT_TABLE.sheet, INVESTMENT_TABLE.columns, measures(plan.investment), plan),
    ...block(SHEETS.economyPlan, ECONOMY_PLAN_COLUMNS, lines(plan.economyPlan), plan),
  ];
}
