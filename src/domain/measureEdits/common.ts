/** Small pieces shared by adding, editing and moving a measure. */
import type { Edit, CellInput } from '../model/edits';
import { INVESTMENT_TABLE, OPERATING_TABLE, type MeasureTableSpec } from '../model/schema';
import type { Measure, Plan, TableKind } from '../model/plan';

/** The schema of the table a measure of `kind` lives in: an edit takes its ID prefix and columns from it. */
export const tableSpec = (kind: TableKind): MeasureTableSpec =>
  kind === 'operating' ? OPERATING_TABLE : INVESTMENT_TABLE;
/** The plan's measures of the table `kind`: where an edit finds the row it changes, the next free ID or the last row. */
export const measuresOf = (plan: Plan, kind: TableKind): readonly Measure[] =>
  kind === 'operating' ? plan.operating : plan.investment;

/** ";"-separated areas as the workbook holds them: "A; B". */
export function joinAreas(value: string): string {
  return value
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .join('; ');
}

/** One cell to write. */
export function setCell(sheet: string, cell: string, value: CellInput): Edit {
  return { kind: 'setCells', sheet, origin: cell, values: [[value]] };
}
