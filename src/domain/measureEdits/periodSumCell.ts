/**
 * Whether a Sum periode cell already holds the product's own per-row sum for its row (the table's calculated
 * column), so that adding a measure there need not write it (SPEC §11, "Writing into a user's workbook": a
 * municipal template locks the formula column and unlocks the input cells). The formula is the product's in any
 * spelling that names the same cells: the table's this-row span as the file stores it
 * (=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])) or as Office.js reads it back (=SUM(tblTiltakDrift[@[2027]:[2030]]),
 * the table's name left out inside its own table), or the A1 sum of the row's first to last year (=SUM(H13:K13));
 * case and spaces aside. Anything else there (another span, a user's formula, a value, nothing) is written as before.
 */
import type { TableLayout, Years } from '../model/plan';
import { sumYearsCalculated, sumYearsRowFormula } from '../sheets/formulas';

/** `formula` upper-cased without spaces, a this-row span in the file's spelling and named by `table`. */
function canonical(formula: string, table: string | null): string {
  const name = (table ?? '').toUpperCase();
  return formula
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/\[@\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]/g, '[[#THISROW],[$1]:[$2]]')
    .replace(/(^=|[(,;])\[\[#THISROW\]/g, `$1${name}[[#THISROW]`);
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
  const own = canonical(formula, table);
  const spellings = [sumYearsRowFormula(first, last, row), ...(table ? [sumYearsCalculated(table, years)] : [])];
  return spellings.some((s) => canonical(s, table) === own);
}
