/**
 * A calculated column the user added to a measure table or tblOkonomiplan (she typed «Snitt per år» and
 * `=[@[Sum periode]]/4`, which Excel filled down): every body cell holds the same formula, which reads its own row
 * only (sheets/thisRowFormula.ts). A roll keeps it a calculated column when every column it reads is in the rolled
 * table too — the same formula in each cell, with the value the product computes when it is plain arithmetic (else
 * none: Excel computes it on opening) — since it reads the same row of the new table. When it reads a column the
 * rolled table has not (the year that left), it is carried as the values it showed, as any formula of her columns,
 * and the roll names the column (`CalculatedGone`). The archive keeps the values either way (docs/spec.md §11).
 */
import { columnNumber, toA1 } from '../model/a1';
import { formulaAt } from '../read/sheetCells';
import { parseThisRowFormula, thisRowFormulaText, thisRowValue, type ThisRowFormula } from './thisRowFormula';
import { toExcelDigits } from './excelArithmetic';
import type { CellInput, Edit } from '../model/edits';
import type { UserTableFormulas } from '../model/content';
import { TABLES } from '../model/schema';
import type { SheetSnapshot } from '../model/snapshot';
import type { TableLayout } from '../model/plan';
import { sameName } from '../model/names';
import type { PlannedColumn } from './layout';

/** A calculated column of hers the rolled table cannot keep: it reads columns that table does not have. */
export interface CalculatedGone {
  /** The table as she named it, and the column's header in the rolled table. */
  readonly table: string;
  readonly column: string;
  /** As the file stores it, with its "=". */
  readonly formula: string;
  /** The columns it reads that the rolled table has not (a year that left), as she named them. */
  readonly missing: readonly string[];
}

/** What a roll does with one column of hers: keeps its formula (references named as the rolled table names them). */
export type CalculatedColumn =
  | { readonly kind: 'kept'; readonly formula: ThisRowFormula }
  | { readonly kind: 'gone'; readonly gone: CalculatedGone };

/** The one formula every body cell of `column` holds, or null when a cell holds another, a value or nothing. */
function sameFormula(sheet: SheetSnapshot, layout: TableLayout, column: string): string | null {
  let formula: string | null = null;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const f = formulaAt(sheet, r, columnNumber(column)) ?? '';
    if (f === '' || (formula !== null && f !== formula)) return null;
    formula = f;
  }
  return formula;
}

/** The header the rolled table gives the old column `letter`, or null when that column is not in it. */
type RolledHeader = (letter: string) => string | null;

/**
 * How the rolled table keeps the user's column `column` (a letter of `layout`) that holds one this-row formula, or
 * null when it holds none (its cells are carried as values, sheets/userColumns.ts). `rolledHeader` says where each
 * old column went: a product column to its rolled header (a year that left to null), hers to her rolled header.
 */
export function calculatedColumn(
  sheet: SheetSnapshot,
  layout: TableLayout,
  column: string,
  rolledHeader: RolledHeader,
): CalculatedColumn | null {
  const table = layout.tableName;
  const text = table === null ? null : sameFormula(sheet, layout, column);
  const parsed = table === null || text === null ? null : parseThisRowFormula(text, table);
  if (table === null || text === null || !parsed) return null;
  const letterOf = (name: string) => layout.headers.find((h) => sameName(h.name, name))?.column;
  // A formula reading its own cell is circular in Excel: no formula to keep.
  if (parsed.columns.some((c) => letterOf(c) === column)) return null;
  const renamed = new Map<string, string>();
  const missing: string[] = [];
  for (const name of parsed.columns) {
    const letter = letterOf(name);
    const header = letter === undefined ? null : rolledHeader(letter);
    if (header === null) missing.push(name);
    else renamed.set(name.toLowerCase(), header);
  }
  const own = rolledHeader(column) ?? column;
  if (missing.length > 0) return { kind: 'gone', gone: { table, column: own, formula: text, missing } };
  const columns = parsed.columns.map((c) => renamed.get(c.toLowerCase()) ?? c);
  const tokens = parsed.tokens.map((t) =>
    t.kind === 'ref' ? { ...t, column: renamed.get(t.column.toLowerCase()) ?? t.column } : t,
  );
  return { kind: 'kept', formula: { tokens, columns } };
}

/**
 * Where each column of the old table goes in the rolled one, by letter: a product column to its header there (a year
 * that left, or a column the rolled table has not, to null), one of hers to the header the roll gives it.
 */
export function rolledHeaders(
  layout: TableLayout,
  planned: readonly PlannedColumn[],
  columns: readonly { readonly column: string }[],
  headers: readonly string[],
  restored: boolean,
): (letter: string) => string | null {
  const keys = new Map(Object.entries(layout.columns).map(([key, letter]) => [letter, key]));
  if (restored && layout.unnamed) keys.set(layout.unnamed.column, layout.unnamed.key);
  const years = new Map(Object.entries(layout.yearColumns).map(([year, letter]) => [letter, Number(year)]));
  return (letter) => {
    const mine = columns.findIndex((h) => h.column === letter);
    if (mine >= 0) return headers[mine] ?? null;
    const year = years.get(letter);
    const key = keys.get(letter);
    const found = planned.find((c) => (year !== undefined ? c.year === year : c.year === undefined && c.key === key));
    return year === undefined && key === undefined ? null : (found?.header ?? null);
  };
}

/** A table's user columns kept calculated, by place among the user's headers (null: carried as values). */
export type UserFormulas = readonly (ThisRowFormula | null)[];

/**
 * The calculated columns of hers a table written anew keeps: each as a calculated column of the table (header →
 * formula, for its createTable) and its cells, the same formula in each body row with the value computed from the
 * row (`cell(i, header)`: the value the row writes under a header), or none where the product cannot compute it.
 */
export function userCalculatedCells(
  t: { readonly sheet: string; readonly table: string },
  user: readonly string[],
  texts: readonly (string | null)[],
  at: { readonly left: number; readonly bodyCount: number },
  cell: (i: number, header: string) => CellInput,
): { calculated: Record<string, string>; edits: Edit[] } {
  const calculated: Record<string, string> = {};
  const edits: Edit[] = [];
  const formulas = texts.map((text) => (text === null ? null : parseThisRowFormula(text, t.table)));
  formulas.forEach((f, j) => {
    const header = user[j];
    if (!f || header === undefined) return;
    const text = thisRowFormulaText(f, t.table, (c) => c);
    calculated[header] = text;
    const values = Array.from({ length: at.bodyCount }, (_, i): CellInput[] => {
      const value = valueOf(f, (h) => read(i, h, [header]));
      return [value === undefined ? { formula: text } : { formula: text, value: toExcelDigits(value) }];
    });
    edits.push({ kind: 'setCells', sheet: t.sheet, origin: toA1(2, at.left + j), values });
  });
  return { calculated, edits };

  /**
   * A cell's value on row `i`, a calculated column of hers computed first, to the full double as Excel reads it
   * (`seen`: a loop gives nothing).
   */
  function read(i: number, header: string, seen: readonly string[]): CellInput | undefined {
    const j = user.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    const f = j >= 0 ? formulas[j] : null;
    if (!f) return cell(i, header);
    if (seen.some((s) => s.toLowerCase() === header.toLowerCase())) return undefined;
    return valueOf(f, (h) => read(i, h, [...seen, header]));
  }
}

/**
 * The value of `f` from cells read by header, the full double (rounded only where written); undefined when one is no
 * plain value or Excel must compute it.
 */
function valueOf(f: ThisRowFormula, read: (header: string) => CellInput | undefined): number | undefined {
  let unknown = false;
  const v = thisRowValue(f, (h) => {
    const x = read(h);
    if (x === undefined || (x !== null && typeof x === 'object')) unknown = true;
    return x !== null && typeof x === 'object' ? undefined : x;
  });
  return unknown ? undefined : v;
}

/** The formulas of the user's calculated columns the rolled tables keep (PlanContent.userFormulas), or undefined. */
export function userFormulasOf(user: {
  readonly [T in 'operating' | 'investment' | 'economyPlan']?: { readonly calculated?: UserFormulas } | null;
}): UserTableFormulas | undefined {
  const textsOf = (u: { readonly calculated?: UserFormulas } | null | undefined, table: string) =>
    u?.calculated?.map((f) => (f ? thisRowFormulaText(f, table, (c) => c) : null));
  const operating = textsOf(user.operating, TABLES.operating);
  const investment = textsOf(user.investment, TABLES.investment);
  const economyPlan = textsOf(user.economyPlan, TABLES.economyPlan);
  if (!operating && !investment && !economyPlan) return undefined;
  return {
    ...(operating ? { operating } : {}),
    ...(investment ? { investment } : {}),
    ...(economyPlan ? { economyPlan } : {}),
  };
}
