/**
 * The names of the compared fields: the workbook's own header text from the schema, in every language. Apart
 * from compare.ts's catalogues, since Summer names its rows by them too and the pane loads those catalogues only
 * with Endringer and Struktur.
 */
import { columnSpec, ECONOMY_PLAN_COLUMNS, INVESTMENT_COLUMNS, OPERATING_COLUMNS, type ColumnSpec } from '../domain';

/** Which schema a field of the change set belongs to. */
export type FieldTable = 'operating' | 'investment' | 'economyPlan';

const COLUMNS: Readonly<Record<FieldTable, readonly ColumnSpec[]>> = {
  operating: OPERATING_COLUMNS,
  investment: INVESTMENT_COLUMNS,
  economyPlan: ECONOMY_PLAN_COLUMNS,
};

/**
 * The column spec of a changed field (the years placeholder for `years`). A measure moved between the tables
 * (movedFrom) also lists the columns of the table it left: those are found there.
 */
export function fieldSpec(field: string, table: FieldTable): ColumnSpec {
  const own = COLUMNS[table].find((c) => c.key === field);
  if (own !== undefined || table === 'economyPlan') return own ?? columnSpec(COLUMNS[table], field);
  return columnSpec(COLUMNS[table === 'operating' ? 'investment' : 'operating'], field);
}

/**
 * A field's name for the reader: the year itself for a year's amount, else the column's header as the workbook
 * spells it, in every language (the headers are bokmål in every workbook, so the user finds the column by it).
 */
export function fieldLabel(change: { field: string; year?: number }, table: FieldTable): string {
  if (change.year !== undefined) return String(change.year);
  return fieldSpec(change.field, table).header;
}
