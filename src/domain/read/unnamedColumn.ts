/**
 * A table column whose header the user emptied (or that Excel named "Column1"/"Kolonne1" after the header
 * was cleared), while exactly one schema column is missing and the schema order puts it right there: the
 * column is that missing one with its header lost. The check names the header cell and repair writes the
 * header back, instead of adding a new empty column at the end and orphaning the data (SPEC §11).
 */
import type { ColumnSpec } from '../model/schema';
import type { CellValue } from '../model/snapshot';

/** The missing column's schema key, its sheet column, and the header text found there ('' when empty). */
export interface UnnamedColumn {
  readonly key: string;
  readonly column: number;
  readonly found: string;
}

/** Excel's default name for a table column whose header is cleared (English and Norwegian Excel). */
const DEFAULT_NAME = /^(column|kolonne)\d+$/i;

/** Whether a header cell is empty or holds Excel's default column name. */
export function isUnnamedHeader(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === '' || DEFAULT_NAME.test(text);
}

/** The sheet columns `spec` occupies in the table (a plan-year spec: every year column). */
function placesOf(spec: ColumnSpec, columns: ReadonlyMap<string, number>, years: ReadonlyMap<number, number>) {
  if (spec.key === 'years') return [...years.values()];
  const c = columns.get(spec.key);
  return c === undefined ? [] : [c];
}

/**
 * The one unnamed column standing where the schema puts the one missing column (between the nearest schema
 * columns before and after it as they stand in the table), or null when that is not clear-cut.
 * `headers`: the header cell per sheet column of the table, left to right from `left`.
 */
export function findUnnamedColumn(
  specs: readonly ColumnSpec[],
  columns: ReadonlyMap<string, number>,
  years: ReadonlyMap<number, number>,
  left: number,
  headers: readonly CellValue[],
): UnnamedColumn | null {
  const missing = specs.filter((s) => s.key !== 'years' && !columns.has(s.key));
  const spec = missing[0];
  if (missing.length !== 1 || !spec) return null;
  const at = specs.indexOf(spec);
  const before = specs
    .slice(0, at)
    .map((s) => placesOf(s, columns, years))
    .filter((p) => p.length > 0);
  const after = specs
    .slice(at + 1)
    .map((s) => placesOf(s, columns, years))
    .find((p) => p.length > 0);
  const prev = before[before.length - 1];
  const lo = prev ? Math.max(...prev) : left - 1;
  const hi = after ? Math.min(...after) : left + headers.length;
  const candidates = headers
    .map((value, i) => ({ value, column: left + i }))
    .filter((h) => h.column > lo && h.column < hi && isUnnamedHeader(h.value));
  const only = candidates[0];
  if (candidates.length !== 1 || !only) return null;
  return { key: spec.key, column: only.column, found: typeof only.value === 'string' ? only.value.trim() : '' };
}
