/**
 * Whether a Sum periode cell already holds the product's own per-row sum for its row (the table's calculated
 * column), so that adding a measure there need not write it (SPEC §11, "Writing into a user's workbook": a
 * municipal template locks the formula column and unlocks the input cells). The formula is the product's in any
 * spelling that names the same cells: the table's this-row span as the file stores it
 * (=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]]), as the Excel adapter reads Excel's "@" spelling too,
 * workbook/excel/thisRow.ts), or the A1 sum of the row's first to last year (=SUM(H13:K13)); case and spaces aside.
 * Where the year columns are not side by side in period order, the product's sum is one term per run of adjacent
 * years (sheets/tableEdits.ts periodSumFormula), and the span from the first year to the last, which would count
 * her column between them or miss a year, is not it. Anything else there (another span, a user's formula, a value,
 * nothing) is written as before.
 */
import { columnNumber } from '../model/a1';
import type { TableLayout, Years } from '../model/plan';
import { sumYearsCalculated, sumYearsRowFormula } from '../sheets/formulas';
import { periodSumFormula } from '../sheets/tableEdits';

/** `formula` upper-cased without spaces. */
const canonical = (formula: string): string => formula.replace(/\s+/g, '').toUpperCase();

/** Whether the columns from the first plan year's to the last's are the year columns and nothing else. */
function spanIsExact(layout: TableLayout, years: Years): boolean {
  const columns = years.map((y) => columnNumber(layout.yearColumns[String(y)] ?? ''));
  const width = Math.abs((columns[columns.length - 1] ?? 0) - (columns[0] ?? 0)) + 1;
  return width === years.length && new Set(columns).size === years.length && Math.min(...columns) > 0;
}

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
  // The sum of exactly the year columns as the product writes it (A1 and structured), and the span from the first
  // year to the last where that span holds the year columns only (then both sum the same cells).
  const exact = [
    periodSumFormula({ ...layout, tableName: null }, years, row),
    table && periodSumFormula(layout, years, row),
  ];
  const span = spanIsExact(layout, years)
    ? [sumYearsRowFormula(first, last, row), ...(table ? [sumYearsCalculated(table, years)] : [])]
    : [];
  return [...exact, ...span].some((s) => typeof s === 'string' && canonical(s) === own);
}
