/**
 * Where each column of a measure or economy plan table goes when a roll writes it anew in the user's workbook
 * (intoSource.ts): the rows move (a finished measure leaves), the columns stay — a product column under its
 * header, a plan year under its year, a column of the user's under the header the roll gave it (sheets/
 * userColumns.ts). The file adapter puts a drop-down that covered a column's whole body on the new body of that
 * column, and names one it cannot place (ColumnMove, clearOwnedRange `moves`).
 */
import { columnLetter, columnNumber, parseA1, parseRange } from '../model/a1';
import type { ColumnLook, ColumnMove, Edit } from '../model/edits';
import type { Plan, TableLayout } from '../model/plan';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_TABLE,
  OPERATING_TABLE,
  TABLES,
  YEARS,
  type ColumnSpec,
} from '../model/schema';
import type { WorkbookSnapshot } from '../model/snapshot';
import { lookWidths } from './columnWidths';
import type { UserTableHeaders } from '../model/content';
import { sameName } from '../model/names';

/** A table as the roll writes it: its header texts, first column and rows, from its createTable and header cells. */
interface NewTable {
  readonly headers: readonly string[];
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

function newTable(rolled: readonly Edit[], sheet: string, name: string): NewTable | null {
  const made = rolled.find((e) => e.kind === 'createTable' && sameName(e.name, name));
  const b = made?.kind === 'createTable' && sameName(made.sheet, sheet) ? parseRange(made.ref) : null;
  if (!made || !b) return null;
  const head = rolled.find((e) => {
    const at = e.kind === 'setCells' && sameName(e.sheet, sheet) ? parseA1(e.origin) : null;
    return at?.row === b.top && at.col === b.left;
  });
  const row = head?.kind === 'setCells' ? (head.values[0] ?? []) : [];
  return { headers: row.map((v) => (typeof v === 'string' ? v : '')), left: b.left, top: b.top, bottom: b.bottom };
}

/**
 * The header each column of the user's in `layout` has in the rolled table: `user` (the rolled table's headers of
 * the user's columns, in the order they stood) one for one when every other column was carried, else by name (a
 * blank or repeated header the roll renamed is then not found, and its drop-downs are named instead).
 */
function userHeaders(layout: TableLayout, product: ReadonlySet<string>, user: readonly string[]): Map<string, string> {
  const others = layout.headers.filter((h) => !product.has(h.column));
  const pairs: [string, string | undefined][] =
    others.length === user.length
      ? others.map((h, i) => [h.column, user[i]])
      : others.map((h) => [h.column, user.find((u) => sameName(u, h.name))]);
  return new Map(pairs.filter((p): p is [string, string] => p[1] !== undefined));
}

/** The moves of one table's columns: every column of `layout`, the ones that leave (or are not found) with `to` null. */
function tableMoves(
  layout: TableLayout,
  specs: readonly ColumnSpec[],
  user: readonly string[],
  made: NewTable,
): ColumnMove[] {
  const header = new Map<string, string>();
  const columns = { ...layout.columns, ...(layout.unnamed ? { [layout.unnamed.key]: layout.unnamed.column } : {}) };
  for (const [key, letter] of Object.entries(columns)) {
    const spec = specs.find((s) => s.key === key);
    if (spec) header.set(letter, spec.header);
  }
  for (const [year, letter] of Object.entries(layout.yearColumns)) header.set(letter, year);
  const product = new Set([...Object.values(columns), ...Object.values(layout.yearColumns)]);
  for (const [letter, h] of userHeaders(layout, product, user)) header.set(letter, h);
  const { firstDataRow: first, lastDataRow: last } = layout;
  return layout.headers.map(({ column }) => {
    const wanted = header.get(column);
    const at = wanted === undefined ? -1 : made.headers.findIndex((h) => sameName(h, wanted));
    const to = columnLetter(made.left + at);
    return {
      from: `${column}${first}:${column}${last}`,
      to: at < 0 ? null : `${to}${made.top + 1}:${to}${made.bottom}`,
    };
  });
}

/**
 * The look each column of the rolled table takes (ColumnLook): a column of the product's or hers the look of the
 * column it was (`moves`), a year column that of the year column in its place (the years all move on: the roll
 * keeps their looks where they stand), a year more than the table had that of its last year column, any other none.
 */
function tableLooks(layout: TableLayout, moves: readonly ColumnMove[], made: NewTable): ColumnLook[] {
  const letterOf = (range: string | null): string => (range ?? '').replace(/\d.*$/, '');
  const oldYears = Object.values(layout.yearColumns).sort((a, b) => columnNumber(a) - columnNumber(b));
  const newYears = made.headers.flatMap((h, i) => (/^\d{4}$/.test(h.trim()) ? [columnLetter(made.left + i)] : []));
  const from = new Map<string, string>();
  for (const m of moves) if (m.to && !oldYears.includes(letterOf(m.from))) from.set(letterOf(m.to), letterOf(m.from));
  return made.headers.map((_, i): ColumnLook => {
    const to = columnLetter(made.left + i);
    const slot = newYears.indexOf(to);
    if (slot >= 0) return { from: oldYears[Math.min(slot, oldYears.length - 1)] ?? null, to, year: true };
    return { from: from.get(to) ?? null, to };
  });
}

/** A table the roll empties whose columns have moves: its sheet, header row and first column as read. */
interface BlockMoves {
  readonly sheet: string;
  readonly headerRow: number;
  readonly left: number;
  readonly moves: readonly ColumnMove[];
  readonly looks: readonly ColumnLook[];
  /** The width the product gives each column of the rolled table (by letter), as tableEdits.ts does. */
  readonly widths: ReadonlyMap<string, number>;
}

/** The width the product gives each column of `made`: a product column its spec's, a year 11, hers 20 (tableEdits.ts). */
function productWidths(made: NewTable, specs: readonly ColumnSpec[]): Map<string, number> {
  return new Map(
    made.headers.map((h, i) => [
      columnLetter(made.left + i),
      /^\d{4}$/.test(h.trim()) ? YEARS.width : (specs.find((s) => sameName(s.header, h))?.width ?? 20),
    ]),
  );
}

/** The moves of the measure and economy plan tables that `edits` (the roll's, on the source's sheets) write anew. */
function columnMoves(plan: Plan, user: UserTableHeaders, edits: readonly Edit[]): BlockMoves[] {
  const tables = [
    [plan.layouts.operating, OPERATING_TABLE.columns, user.operating, TABLES.operating],
    [plan.layouts.investment, INVESTMENT_TABLE.columns, user.investment, TABLES.investment],
    [plan.layouts.economyPlan, ECONOMY_PLAN_COLUMNS, user.economyPlan, TABLES.economyPlan],
  ] as const;
  return tables.flatMap(([layout, specs, own, name]): BlockMoves[] => {
    if (!layout || layout.lastDataRow < layout.firstDataRow) return [];
    // A table written on another sheet (the sheets could not keep their names) leaves its old rows' rules behind.
    // A table the user renamed is written anew under her name (intoSource.ts).
    const made = newTable(edits, layout.sheet, layout.tableName ?? name);
    if (!made) return [];
    const left = Math.min(...layout.headers.map((h) => columnNumber(h.column)));
    const moves = tableMoves(layout, specs, own ?? [], made);
    const looks = tableLooks(layout, moves, made);
    return [
      { sheet: layout.sheet, headerRow: layout.headerRow, left, moves, looks, widths: productWidths(made, specs) },
    ];
  });
}

/**
 * The edits of a roll into the source workbook (planRolledWorkbook with into 'source') with the column moves of
 * each measure and economy plan table on the clearOwnedRange that empties it (its header row and first column), and
 * the look each column of the rolled table takes (her widths and hidden columns follow their columns).
 * `user`: the headers the roll gave the user's columns (RolledWorkbook.content.userColumns); `wb`: the workbook
 * rolled, whose column widths say which of the product's widths give way to hers (columnWidths.ts). Only the command
 * line rolls into a file: the task pane's bundle does not carry this.
 */
export function withColumnMoves(
  edits: readonly Edit[],
  plan: Plan,
  user: UserTableHeaders = {},
  wb?: WorkbookSnapshot,
): Edit[] {
  const blocks = columnMoves(plan, user, edits);
  const widths = blocks.map((b) => ({ sheet: b.sheet, ...lookWidths(b, wb) }));
  // The product's width on a column whose look (her width) moves there gives way to it.
  const hers = (e: Edit): boolean =>
    e.kind === 'setColumnWidth' && widths.some((w) => sameName(w.sheet, e.sheet) && w.keep.has(e.column));
  return edits.flatMap((e): Edit[] => {
    const box = e.kind === 'clearOwnedRange' && e.anchored === true ? parseRange(e.range) : null;
    if (!box || e.kind !== 'clearOwnedRange') return hers(e) ? [] : [e];
    const i = blocks.findIndex((b) => sameName(b.sheet, e.sheet) && b.headerRow === box.top && b.left === box.left);
    const m = blocks[i];
    return m ? [{ ...e, moves: m.moves, looks: m.looks }, ...(widths[i]?.set ?? [])] : [e];
  });
}
