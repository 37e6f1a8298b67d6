/**
 * Cells written into a sheet a snapshot already holds, row by row (applyEdits' quick way): the rows written are
 * copied and changed and every other row is shared with the source, where rebuilding the sheet copied all of
 * them (most of the task pane's live check of one row in a plan of 5 000 measures). In the rows written, values,
 * formulas and per-row sums come out as a rebuilt sheet has them; every other row reads back as it was.
 */
import { parseA1, parseRange } from '../model/a1';
import { formulaValue } from './rowSum';
import type { CellInput } from '../model/edits';
import type { CellValue, SheetSnapshot, TableInfo } from '../model/snapshot';

/** One setCells edit: its top-left cell and its rows. */
export interface CellsWrite {
  readonly origin: string;
  readonly values: readonly (readonly CellInput[])[];
}

/** The sheet rows `writes` touch; null when one lies above or left of the sheet's origin (then rebuild it). */
export function writtenRows(sheet: SheetSnapshot, writes: readonly CellsWrite[]): Set<number> | null {
  const o = parseA1(sheet.origin) ?? { row: 1, col: 1 };
  const rows = new Set<number>();
  for (const w of writes) {
    const at = parseA1(w.origin) ?? { row: 1, col: 1 };
    if (at.row < o.row || at.col < o.col) return null;
    w.values.forEach((_, r) => rows.add(at.row + r));
  }
  return rows;
}

/**
 * True when the tables on `sheet` cover the same columns before and after, and every row that enters or leaves
 * one is in `rows`: per-row sums elsewhere on the sheet keep their values.
 */
export function tablesKeepRows(
  sheet: string,
  before: readonly TableInfo[],
  after: readonly TableInfo[],
  rows: ReadonlySet<number>,
): boolean {
  const on = (list: readonly TableInfo[]) => new Map(list.filter((t) => t.sheet === sheet).map((t) => [t.name, t.ref]));
  const was = on(before);
  const now = on(after);
  if (was.size !== now.size) return false;
  for (const [name, ref] of now) {
    const a = parseRange(was.get(name) ?? '');
    const b = parseRange(ref);
    if (!a || !b || a.left !== b.left || a.right !== b.right) return false;
    for (let r = Math.min(a.top, b.top); r <= Math.max(a.bottom, b.bottom); r++) {
      const inA = r >= a.top && r <= a.bottom;
      const inB = r >= b.top && r <= b.bottom;
      if (inA !== inB && !rows.has(r)) return false;
    }
  }
  return true;
}

/** `sheet` with `writes` applied in order (check writtenRows first); `tables` are the workbook's after the edits. */
export function patchSheet(
  sheet: SheetSnapshot,
  writes: readonly CellsWrite[],
  tables: readonly TableInfo[],
): SheetSnapshot {
  const o = parseA1(sheet.origin) ?? { row: 1, col: 1 };
  // Rows are shared with the source until written: line() copies a row before it changes.
  const values = sheet.values.slice() as CellValue[][];
  const formulas = (sheet.formulas ?? []).slice() as (string | null)[][];
  const copied = new Set<number>();
  const line = (i: number) => {
    if (!copied.has(i)) {
      copied.add(i);
      // Rows between the sheet's end and a row written below it are empty, formulas included ("" not unknown).
      for (let k = values.length; k < i; k++) values.push([]);
      for (let k = formulas.length; k < i; k++) formulas.push([]);
      values[i] = (values[i] ?? []).slice();
      formulas[i] = (formulas[i] ?? []).slice();
    }
    return { v: values[i] as CellValue[], f: formulas[i] as (string | null)[] };
  };
  for (const w of writes) {
    const at = parseA1(w.origin) ?? { row: 1, col: 1 };
    w.values.forEach((row, r) => {
      const { v, f } = line(at.row + r - o.row);
      row.forEach((input, c) => {
        const j = at.col + c - o.col;
        while (v.length < j) v.push(null);
        while (f.length < j) f.push(null);
        const formula = input !== null && typeof input === 'object' ? input.formula : null;
        v[j] = formula ? null : (input as CellValue);
        f[j] = formula;
      });
    });
  }
  // Per-row sums in the rows written, as rebuilt: a formula written counts as empty, one not written with the
  // value it was saved with; then every per-row sum in those rows reads as its sum, and any other formula keeps
  // that value (formulaValue: null for one written).
  const own = tables.filter((t) => t.sheet === sheet.sheet);
  const value = (r: number, c: number): CellValue => values[r - o.row]?.[c - o.col] ?? null;
  const sums: [CellValue[], number, CellValue][] = [];
  for (const i of copied) {
    const v = values[i] as CellValue[];
    (formulas[i] ?? []).forEach(
      (formula, j) => formula && sums.push([v, j, formulaValue(formula, o.row + i, own, value, v[j] ?? null)]),
    );
  }
  for (const [v, j, sum] of sums) v[j] = sum;
  return { ...sheet, values, formulas };
}
