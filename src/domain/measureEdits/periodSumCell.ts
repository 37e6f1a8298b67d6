/**
 * Whether a Sum periode cell already holds the product's own per-row sum for its row (the table's calculated
 * column), so that adding a measure there need not write it (SPEC §11, "Writing into a user's workbook": a
 * municipal template locks the formula column and unlocks the input cells). The formula is the product's in any
 * spelling that names the same cells: the table's this-row span as the file stores it
 * (=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]]), as the Excel adapter reads Excel's "@" spelling too,
 * workbook/excel/thisRow.ts), or the A1 sum of the row's first to last year (=SUM(H13:K13)); case and spaces aside.
 * Anything else there (another span, a user's formula, a value, nothing) is written as before.
 */
import type { TableLayout, Years } from '../model/plan';
import { sumYearsCalculated, sumYearsRowFormula } from '../sheets/formulas';

/** `formula` upper-cased without spaces. */
const canonical = (formula: string): string => formula.replace(/\s+/g, '').toUpperCase();

/** Whether `formula` (as the snapshot reads it, with "=") is the product's Sum periode of `row` in `layout`. */
export function holdsPeriodSum(
  formula: string | null | undefined,
  layout: TableLayout,
  years: Years,
  row: number,
): boolean {
  const first = layout.yearColumns[String(years[0])];
  const last = layout.yearColumns[String(years[years.length - 1])];
  if (!formula || !first || !last) return false;
  const table = layout.tableName ?? null;
  const own = canonical(formula);
  const spellings = [sumYearsRowFormula(first, last, row), ...(table ? [sumYearsCalculated(table, years)] : [])];
  return spellings.some((s) => canonical(s) === own);
}
