/**
 * A column of hers that holds a missing column's values (review r30): she retyped «Kostnadsstatus» as «Status», and
 * the non-empty cells below are cost statuses; or «Seksjon» as «Avdeling», over entries of tblSeksjoner. The
 * `column-missing` finding then names that column, to be given the header, instead of advising a new, empty column;
 * repair holds that column back (docs/spec.md §11). Only columns whose values tell them apart are judged: a choice
 * column by its choices, a list column by its workbook list (case and outer spaces aside; a frame by its code, typed
 * as text or as a number; plan areas each part of a «;»-list) when the list has entries.
 */
import { isKnownChoice, parseChoice } from '../model/choices';
import type { Lists } from '../model/plan';
import type { ColumnSpec, ListKey } from '../model/schema';
import { lastBodyRow, type LocatedTable } from './locateTable';
import { cellAt, cellText, cellValueType, isBlank, originOf } from './sheetCells';

/** Whether a cell's text is a valid value of the column. */
type Fits = (text: string) => boolean;

/** A column's look-alike of hers: its sheet column, and how many of its non-empty cells are no valid value. */
export interface Lookalike {
  readonly column: number;
  readonly misfits: number;
}

const keyOf = (text: string): string => text.trim().toLowerCase();

/** The entries of a workbook list as keys (a frame by its code); empty when the list has none. */
function entries(lists: Lists, key: ListKey): Set<string> {
  const values = key === 'frames' ? lists.frames.map((f) => f.code) : lists[key];
  return new Set(values.map(keyOf).filter((v) => v !== ''));
}

/** The test of a value of `spec`, or null when `spec` is no column whose values tell it (or its list is empty). */
function fitsOf(spec: ColumnSpec, lists: Lists | undefined): Fits | null {
  const choices = spec.choices;
  if (spec.type === 'choice' && choices) return (text) => isKnownChoice(parseChoice(text, choices), choices);
  if ((spec.type !== 'list' && spec.type !== 'multiList') || !spec.list || !lists) return null;
  const known = entries(lists, spec.list);
  if (known.size === 0) return null;
  if (spec.type === 'list') return (text) => known.has(keyOf(text));
  return (text) => {
    // As read/measures.ts splitAreas reads the cell: «Oppvekst;» is one area.
    const parts = text.split(/[;\n]/).filter((p) => p.trim() !== '');
    return parts.length > 0 && parts.every((p) => known.has(keyOf(p)));
  };
}

/**
 * How many non-empty cells of sheet column `c` do not fit, when nearly all do — at most one in ten, so a typo among
 * twenty statuses still shows the column, one stray value of three does not — and at least one fits; else null.
 * A cell is judged by its text as the measure reader reads it (cellText, as RowReader.text): a frame code typed as the
 * number 2 is the code «2», as a Rammeområde of 2 is read. A number that is no entry (a count, a year) does not fit; a
 * logical or an error value (TRUE, #N/A) is no value of these columns.
 */
function misfitsIn(t: LocatedTable, c: number, fits: Fits): number | null {
  let seen = 0;
  let misfits = 0;
  // Up to the rows the snapshot holds, its origin parsed once: a table's range may reach row 1 048 576, and this runs
  // per missing column and column of hers (the fuzzer's workbooks took minutes).
  const o = originOf(t.sheet);
  const last = lastBodyRow(t);
  for (let r = t.firstDataRow; r <= last; r++) {
    const v = cellAt(t.sheet, r, c, o);
    if (isBlank(v)) continue;
    seen++;
    if (cellValueType(v) !== undefined || !fits(cellText(v))) misfits++;
  }
  return seen > misfits && misfits * 10 <= seen ? misfits : null;
}

/**
 * Per missing schema column (`missing`), the one column of hers (`own`: sheet columns that are no schema column and
 * no year) whose values are nearly all its values. A missing column that two of hers fit, or a column of hers that
 * two missing columns fit, is left out: the table does not show which is which.
 */
export function lookalikeColumns(
  t: LocatedTable,
  missing: readonly ColumnSpec[],
  own: readonly number[],
  lists?: Lists,
): Map<string, Lookalike> {
  const found = new Map<string, Lookalike>();
  const claims = new Map<number, number>();
  for (const spec of missing) {
    const fits = fitsOf(spec, lists);
    if (!fits) continue;
    const likes = own.flatMap((column) => {
      const misfits = misfitsIn(t, column, fits);
      return misfits === null ? [] : [{ column, misfits }];
    });
    const [only] = likes;
    if (likes.length !== 1 || only === undefined) continue;
    found.set(spec.key, only);
    claims.set(only.column, (claims.get(only.column) ?? 0) + 1);
  }
  return new Map([...found].filter(([, l]) => claims.get(l.column) === 1));
}
