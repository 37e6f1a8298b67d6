/**
 * A column of hers that holds a missing choice column's values (review r30): she retyped «Kostnadsstatus» as
 * «Status», and every non-empty cell below is a cost status. The `column-missing` finding then names that column, to
 * be given the header, instead of advising a new, empty column.
 */
import { isKnownChoice, parseChoice } from '../model/choices';
import type { ColumnSpec } from '../model/schema';
import type { LocatedTable } from './locateTable';
import { cellAt, cellText, isBlank } from './sheetCells';

/** Whether every non-empty body cell of sheet column `c` is one of `choices`, and at least one is. */
function holdsOnly(t: LocatedTable, c: number, choices: readonly string[]): boolean {
  let seen = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const v = cellAt(t.sheet, r, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || !isKnownChoice(parseChoice(cellText(v), choices), choices)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * The one column of hers (`own`: sheet columns that are no schema column and no year) whose values are all values
 * of the missing choice column `spec`; null when it is no choice column, or no column or more than one fits.
 */
export function lookalikeColumn(t: LocatedTable, spec: ColumnSpec, own: readonly number[]): number | null {
  const choices = spec.choices;
  if (spec.type !== 'choice' || !choices) return null;
  const fits = own.filter((c) => holdsOnly(t, c, choices));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
