/**
 * A structured reference to some columns of a table, as a pivot cache's source or a defined name holds it
 * (`tblTiltakDrift[[#All],[ID]:[Tiltak]]`, `tblTiltakDrift[[#Headers],[#Data],[2027]]`, `tblTiltakDrift[Tiltak]`),
 * and whether a roll changes what it reads (docs/spec.md §11: a pivot table whose cache is built on a rolled table is
 * named to be refreshed, its cache keeping the old period). A cache holds a copy of the cells it was built on, so it
 * is stale exactly when a refresh would read other cells: a year column (its header and figures are the next year's
 * after the roll, and the year that left is no column any more), or rows the roll takes out or renumbers (the cache
 * keeps a finished measure's row). Columns whose every cell stays as it was (ID…Tiltak when no measure leaves) are
 * not: the pivot table shows what a refresh would show.
 */
import { groupEnd } from '../model/formulaScan';
import type { Plan, TableLayout } from '../model/plan';
import { isUncalculated, type CellValue, type WorkbookSnapshot } from '../model/snapshot';
import { columnNumber, parseRange } from '../model/a1';
import { cellAt, originOf } from '../read/sheetCells';
import type { Box } from './refRows';
import { sameName } from '../model/names';

/** Columns `first`…`last` (table order) of `table`, and the parts of them the reference reads. */
export interface TableColumns {
  readonly table: string;
  readonly first: string;
  readonly last: string;
  readonly headers: boolean;
  readonly data: boolean;
  readonly totals: boolean;
}

/** The items of `[a],[b]:[c]` in order, each with the separator before it. */
function items(inner: string): { text: string; sep: string }[] | null {
  const out: { text: string; sep: string }[] = [];
  let sep = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] ?? '';
    if (ch === '[') {
      const end = groupEnd(inner, i);
      out.push({ text: inner.slice(i + 1, end - 1), sep });
      [sep, i] = ['', end - 1];
    } else if (ch === ',' || ch === ':') sep = ch;
    else if (ch.trim() !== '') return null;
  }
  return out;
}

/** The parts a special item reads; null for one no pivot cache reads (`#This Row`). */
const PARTS: Record<string, readonly ('headers' | 'data' | 'totals')[]> = {
  '#all': ['headers', 'data', 'totals'],
  '#data': ['data'],
  '#headers': ['headers'],
  '#totals': ['totals'],
};

/**
 * The columns a structured reference `ref` reads, or null when it names none (the whole table: `tblX`,
 * `tblX[#All]`, `tblX[]`), is no structured reference, or reads what no pivot cache can (`[#This Row]`, columns
 * apart).
 */
export function parseTableColumns(ref: string): TableColumns | null {
  const m = /^\s*([\p{L}_\\][\p{L}\p{N}_.\\]*)\[(.*)\]\s*$/u.exec(ref);
  if (!m) return null;
  const inner = (m[2] ?? '').trim();
  if (inner === '') return null;
  const list = inner.startsWith('[') ? items(inner) : [{ text: inner, sep: '' }];
  if (!list) return null;
  const specials = list.filter((x) => x.text.trim().startsWith('#')).map((x) => x.text.trim().toLowerCase());
  const named = list.filter((x) => !x.text.trim().startsWith('#'));
  if (specials.some((s) => !(s in PARTS))) return null;
  const range = named.length === 2 && named[1]?.sep === ':';
  if (named.length === 0 || (named.length > 1 && !range)) return null;
  const unescape = (s: string): string => s.replace(/'(.)/g, '$1');
  const parts = new Set(specials.length === 0 ? ['data'] : specials.flatMap((s) => PARTS[s] ?? []));
  return {
    table: m[1] ?? '',
    first: unescape(named[0]?.text ?? ''),
    last: unescape(named[named.length - 1]?.text ?? ''),
    headers: parts.has('headers'),
    data: parts.has('data'),
    totals: parts.has('totals'),
  };
}

type Side = { readonly wb: WorkbookSnapshot; readonly layouts: Plan['layouts'] };

/** The columns `first`…`last` of `t` in sheet order (by the name Excel gives them); null when one is not there. */
function span(t: TableLayout, first: string, last: string): TableLayout['headers'] | null {
  const [a, b] = [first, last].map((n) => t.headers.findIndex((h) => sameName(h.name || h.text, n)));
  if (a === undefined || b === undefined || a < 0 || b < 0) return null;
  return t.headers.slice(Math.min(a, b), Math.max(a, b) + 1);
}

const sameValue = (x: CellValue, y: CellValue): boolean =>
  x === y ||
  (x !== null &&
    y !== null &&
    typeof x === 'object' &&
    typeof y === 'object' &&
    x.error === y.error &&
    !isUncalculated(x));

/** The data cells of `columns` of `t`, row by row. */
function cellsOf(wb: WorkbookSnapshot, t: TableLayout, columns: TableLayout['headers']): CellValue[][] {
  const sheet = wb.sheets.find((s) => sameName(s.sheet, t.sheet));
  const rows: CellValue[][] = [];
  if (!sheet) return rows;
  const o = originOf(sheet);
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    rows.push(columns.map((h) => cellAt(sheet, r, columnNumber(h.column), o)));
  return rows;
}

type Keyed = { readonly key: 'operating' | 'investment' | 'economyPlan'; readonly t: TableLayout };

/** The rolled tables of `layouts`, each with its key. */
const tablesOf = (layouts: Plan['layouts']): Keyed[] =>
  (['operating', 'investment', 'economyPlan'] as const).flatMap((key) => {
    const t = layouts[key];
    return t ? [{ key, t }] : [];
  });

/**
 * Whether the roll changes what `cols` reads of one of the rolled tables (`before` and `after`: the workbook and
 * its tables' layouts on either side of the roll): a column no longer there, another header, another row count,
 * or another value in a cell (a formula's result the file does not hold counts as changed). Null when `cols` is
 * not one of the measure or economy plan tables, or names a column the table did not have: not judged here.
 */
export function tableColumnsRolled(cols: TableColumns, before: Side, after: Side): boolean | null {
  const key = tablesOf(before.layouts).find(({ t }) => sameName(t.tableName ?? '', cols.table))?.key;
  return key ? columnsRolledIn(key, cols, before, after) : null;
}

/**
 * The first or last column of `cols` that its rolled table had before the roll and has not after it (the year that
 * left: a pivot cache built on it cannot be refreshed); null when both are there, or `cols` is no rolled table's.
 */
export function columnGone(cols: TableColumns, before: Side, after: Side): string | null {
  const key = tablesOf(before.layouts).find(({ t }) => sameName(t.tableName ?? '', cols.table))?.key;
  if (!key) return null;
  const has = (t: TableLayout | null, n: string): boolean =>
    t?.headers.some((h) => sameName(h.name || h.text, n)) ?? false;
  return [cols.first, cols.last].find((n) => has(before.layouts[key], n) && !has(after.layouts[key], n)) ?? null;
}

/** tableColumnsRolled on the table `key` (`cols.table` aside: a block of cells names none). */
function columnsRolledIn(key: Keyed['key'], cols: TableColumns, before: Side, after: Side): boolean | null {
  const [b, a] = [before.layouts[key], after.layouts[key]];
  const was = b ? span(b, cols.first, cols.last) : null;
  if (!b || !was) return null;
  const now = a ? span(a, cols.first, cols.last) : null;
  if (!a || !now) return true;
  const names = (hs: TableLayout['headers']): string => hs.map((h) => (h.name || h.text).toLowerCase()).join('\n');
  if (names(was) !== names(now)) return true;
  const totals =
    b.tableName !== null && before.wb.tables.some((t) => sameName(t.name, b.tableName ?? '') && t.totalsRow);
  if (cols.totals && totals) return true;
  if (!cols.data) return false;
  const [x, y] = [cellsOf(before.wb, b, was), cellsOf(after.wb, a, now)];
  return x.length !== y.length || x.some((row, i) => row.some((v, j) => !sameValue(v, y[i]?.[j] ?? null)));
}

/**
 * Whether the roll changes what the block `box` of `sheet` reads (a pivot cache built on cells, `'Tiltak
 * drift'!A1:E200`), judged as tableColumnsRolled judges the same columns, when the block lies inside one rolled
 * table: within its columns, starting in its header row or body, down to its last row or past it (room to grow), and
 * meeting no other rolled table. An address reads by place, a structured reference by name: a column that stands
 * elsewhere after the roll (2028 in I before, in H after) is changed. Null when the block does not lie so.
 */
export function cellsRolled(sheet: string, box: Box, before: Side, after: Side): boolean | null {
  const on = tablesOf(before.layouts).filter(({ t }) => sameName(t.sheet, sheet) && meets(t, box));
  const [only] = on;
  if (on.length !== 1 || !only || meetsOther(before.wb, only.t, sheet, box)) return null;
  const { key, t: b } = only;
  const header = (t: TableLayout | null, col: number) => t?.headers.find((h) => columnNumber(h.column) === col);
  const name = (t: TableLayout | null, col: number): string | null => {
    const h = header(t, col);
    return h ? (h.name || h.text).toLowerCase() : null;
  };
  const cols = Array.from({ length: box.right - box.left + 1 }, (_, i) => box.left + i);
  const [first, last] = [header(b, box.left), header(b, box.right)];
  if (!first || !last || box.top < b.headerRow || cols.some((c) => name(b, c) === null)) return null;
  const a = after.layouts[key];
  if (!a || a.headerRow !== b.headerRow || cols.some((c) => name(a, c) !== name(b, c))) return true;
  return columnsRolledIn(
    key,
    {
      table: b.tableName ?? '',
      first: first.name || first.text,
      last: last.name || last.text,
      headers: box.top <= b.headerRow,
      data: box.bottom >= b.firstDataRow,
      totals: box.bottom > b.lastDataRow,
    },
    before,
    after,
  );
}

/** Whether `box` meets the header row or body of `t`, within its columns. */
function meets(t: TableLayout, box: Box): boolean {
  const cols = t.headers.map((h) => columnNumber(h.column));
  if (cols.length === 0) return false;
  const [left, right] = [Math.min(...cols), Math.max(...cols)];
  return box.top <= t.lastDataRow && box.bottom >= t.headerRow && box.left <= right && box.right >= left;
}

/** Whether `box` meets another table of the workbook on `sheet` than `t` (a settings table below it: rolled too). */
function meetsOther(wb: WorkbookSnapshot, t: TableLayout, sheet: string, box: Box): boolean {
  return wb.tables.some((x) => {
    const r = sameName(x.sheet, sheet) && !sameName(x.name, t.tableName ?? '') ? parseRange(x.ref) : null;
    return (
      r !== null &&
      r.top <= box.bottom &&
      box.top <= r.bottom + (x.totalsRow ? 1 : 0) &&
      r.left <= box.right &&
      box.left <= r.right
    );
  });
}
