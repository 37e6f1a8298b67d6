/**
 * A column of hers that holds a missing choice column's values (review r30): she retyped «Kostnadsstatus» as
 * «Status», and every non-empty cell below is a cost status. The `column-missing` finding then names that column, to
 * be given the header, instead of advising a new, empty column; repair holds that column back (docs/spec.md §11).
 */
import { isKnownChoice, parseChoice } from '../model/choices';
import type { ColumnSpec } from '../model/schema';
import type { LocatedTable } from './locateTable';
import { cellAt, cellText, isBlank } from './sheetCells';

/** Whether a cell's text is a valid value of the column (null: the column is none this test can judge). */
type Fits = (text: string) => boolean;

/** The test of a value of `spec`, or null when `spec` is no column whose values tell it. */
function fitsOf(spec: ColumnSpec): Fits | null {
  const choices = spec.choices;
  if (spec.type !== 'choice' || !choices) return null;
  return (text) => isKnownChoice(parseChoice(text, choices), choices);
}

/** Whether every non-empty body cell of sheet column `c` fits, and at least one does. */
function holdsOnly(t: LocatedTable, c: number, fits: Fits): boolean {
  let seen = 0;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const v = cellAt(t.sheet, r, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || !fits(cellText(v))) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * Per missing schema column (`missing`), the one column of hers (`own`: sheet columns that are no schema column and
 * no year) whose values are all its values. A missing column that two of hers fit, or a column of hers that two
 * missing columns fit, is left out: the table does not show which is which.
 */
export function lookalikeColumns(
  t: LocatedTable,
  missing: readonly ColumnSpec[],
  own: readonly number[],
): Map<string, number> {
  const found = new Map<string, number>();
  const claims = new Map<number, number>();
  for (const spec of missing) {
    const fits = fitsOf(spec);
    if (!fits) continue;
    const columns = own.filter((c) => holdsOnly(t, c, fits));
    const [only] = columns;
    if (columns.length !== 1 || only === undefined) continue;
    found.set(spec.key, only);
    claims.set(only, (claims.get(only) ?? 0) + 1);
  }
  return new Map([...found].filter(([, c]) => claims.get(c) === 1));
}
