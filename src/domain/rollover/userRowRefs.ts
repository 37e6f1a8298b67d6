/**
 * The user's references by address to a measure's row (docs/spec.md §11, an addition of this repository): a roll
 * that takes a finished Engangs measure out of a table moves the rows below it up, so `='Tiltak drift'!L5`, which
 * read D-004's Sum periode, reads D-005's afterwards. Named when the rows a reference covers hold a measure after
 * the roll that they did not hold before, or when none of the measures they held is there any more; a sum over the
 * whole table (the measures that left are gone from it, as the roll means) is not named.
 */
import { columnNumber } from '../model/a1';
import type { MeasureCommon, TableLayout } from '../model/plan';
import { sameName } from '../model/names';

/** A measure's place: its sheet, row and ID (the text of Tiltak when it has none). */
export type MeasureRow = Pick<MeasureCommon, 'sheet' | 'row' | 'id' | 'measure'>;

/** The measures before and after the roll, both tables. */
export interface MeasureRows {
  readonly before: readonly MeasureRow[];
  readonly after: readonly MeasureRow[];
}

type Box = { top: number; left: number; bottom: number; right: number };

/** What identifies a measure across the roll: its ID, or the text of Tiltak when it has none (empty: not followed). */
export const keyOf = (m: MeasureRow): string => m.id.trim() || m.measure.trim();

// Per list of measures, its measures by sheet in row order: sorted once for all the user's references (a plan of
// 1 000+ measures and a workbook of many formulas would sort once per reference otherwise).
const bySheet = new WeakMap<readonly MeasureRow[], Map<string, MeasureRow[]>>();

/** The measures in `rows` of `sheet` (but those with no key), in row order. */
export function measuresOn(rows: readonly MeasureRow[], sheet: string): readonly MeasureRow[] {
  let sheets = bySheet.get(rows);
  if (!sheets) {
    sheets = new Map();
    for (const m of [...rows].sort((a, b) => a.row - b.row)) {
      const k = m.sheet.trim().toLowerCase();
      const list = sheets.get(k) ?? [];
      if (keyOf(m) === '') continue;
      list.push(m);
      sheets.set(k, list);
    }
    bySheet.set(rows, sheets);
  }
  return sheets.get(sheet.trim().toLowerCase()) ?? [];
}

/** The measures in `rows` of `sheet` between rows `top` and `bottom`, in row order. */
const held = (rows: readonly MeasureRow[], sheet: string, top: number, bottom: number): string[] =>
  measuresOn(rows, sheet)
    .filter((m) => m.row >= top && m.row <= bottom)
    .map(keyOf);

/** Whether `box` on `sheet` meets the rows and columns of the measures of the table `before`. */
export function meetsTable(before: TableLayout, sheet: string, box: Box): boolean {
  if (!sameName(sheet, before.sheet) || box.bottom < before.firstDataRow || box.top > before.lastDataRow) return false;
  const cols = before.headers.map((h) => columnNumber(h.column));
  return cols.length > 0 && box.right >= Math.min(...cols) && box.left <= Math.max(...cols);
}

/**
 * The measures a reference `box` on `sheet` into the table `before` read, and those its rows hold after the roll,
 * when they differ as the head comment says; null otherwise (not the table's rows and columns, or unchanged).
 */
export function measuresMoved(
  before: TableLayout,
  sheet: string,
  box: Box,
  rows: MeasureRows,
): { before: string[]; after: string[] } | null {
  if (!meetsTable(before, sheet, box)) return null;
  const was = held(rows.before, sheet, box.top, box.bottom);
  const now = held(rows.after, sheet, box.top, box.bottom);
  if (was.length === 0) return null;
  const newcomer = now.some((k) => !was.includes(k));
  const lost = !now.some((k) => was.includes(k));
  return newcomer || lost ? { before: was, after: now } : null;
}
