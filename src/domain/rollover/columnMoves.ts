/**
 * Where each column of a measure or economy plan table goes when a roll writes it anew in the user's workbook
 * (intoSource.ts): the rows move (a finished measure leaves), the columns stay — a product column under its
 * header, a plan year under its year, a column of the user's under the header the roll gave it (sheets/
 * userColumns.ts). The file adapter puts a drop-down that covered a column's whole body on the new body of that
 * column, and names one it cannot place (ColumnMove, clearOwnedRange `moves`).
 */
import { columnLetter, parseA1, parseRange } from '../model/a1';
import type { ColumnMove, Edit } from '../model/edits';
import type { TableLayout } from '../model/plan';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, TABLES, type ColumnSpec } from '../model/schema';
import type { TableUserColumns, UserColumnsByTable } from '../sheets/userColumns';
import type { Plan } from '../model/plan';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A table as the roll writes it: its header texts, first column and rows, from its createTable and header cells. */
interface NewTable {
  readonly headers: readonly string[];
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

function newTable(rolled: readonly Edit[], sheet: string, name: string): NewTable | null {
  const made = rolled.find((e) => e.kind === 'createTable' && same(e.name, name));
  const b = made?.kind === 'createTable' && same(made.sheet, sheet) ? parseRange(made.ref) : null;
  if (!made || !b) return null;
  const head = rolled.find((e) => {
    const at = e.kind === 'setCells' && same(e.sheet, sheet) ? parseA1(e.origin) : null;
    return at?.row === b.top && at.col === b.left;
  });
  const row = head?.kind === 'setCells' ? (head.values[0] ?? []) : [];
  return { headers: row.map((v) => (typeof v === 'string' ? v : '')), left: b.left, top: b.top, bottom: b.bottom };
}

/** The moves of one table's columns: every column of `layout`, the ones that leave (or are not found) with `to` null. */
function tableMoves(
  layout: TableLayout,
  specs: readonly ColumnSpec[],
  user: TableUserColumns | null | undefined,
  made: NewTable,
): ColumnMove[] {
  const header = new Map<string, string>();
  for (const [key, letter] of Object.entries(layout.columns)) {
    const spec = specs.find((s) => s.key === key);
    if (spec) header.set(letter, spec.header);
  }
  for (const [year, letter] of Object.entries(layout.yearColumns)) header.set(letter, year);
  user?.columns.forEach((letter, i) => header.set(letter, user.headers[i] ?? ''));
  const { firstDataRow: first, lastDataRow: last } = layout;
  return layout.headers.map(({ column }) => {
    const wanted = header.get(column);
    const at = wanted === undefined ? -1 : made.headers.findIndex((h) => same(h, wanted));
    const to = columnLetter(made.left + at);
    return {
      from: `${column}${first}:${column}${last}`,
      to: at < 0 ? null : `${to}${made.top + 1}:${to}${made.bottom}`,
    };
  });
}

/** A table the roll empties whose columns have moves: found as intoSource's blocks are (by table, else by header row). */
export interface BlockMoves {
  readonly sheet: string;
  readonly table: string | null;
  readonly headerRow: number;
  readonly moves: readonly ColumnMove[];
}

/** The moves of the measure and economy plan tables that `rolled` (the roll's edits, on the source's sheets) writes anew. */
export function columnMoves(plan: Plan, user: UserColumnsByTable, rolled: readonly Edit[]): BlockMoves[] {
  const tables = [
    [plan.layouts.operating, OPERATING_TABLE.columns, user.operating, TABLES.operating],
    [plan.layouts.investment, INVESTMENT_TABLE.columns, user.investment, TABLES.investment],
    [plan.layouts.economyPlan, ECONOMY_PLAN_COLUMNS, user.economyPlan, TABLES.economyPlan],
  ] as const;
  return tables.flatMap(([layout, specs, own, name]): BlockMoves[] => {
    if (!layout || layout.lastDataRow < layout.firstDataRow) return [];
    // A table written on another sheet (the sheets could not keep their names) leaves its old rows' rules behind.
    const made = newTable(rolled, layout.sheet, name);
    if (!made) return [];
    const moves = tableMoves(layout, specs, own, made);
    return [{ sheet: layout.sheet, table: layout.tableName, headerRow: layout.headerRow, moves }];
  });
}
