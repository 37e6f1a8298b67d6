/**
 * What of an item table a run finds is the product's, to empty and write anew (SPEC §11): tblAvstemming (§10) and
 * «Avstemming planer»'s tblAvstemmingPlaner (§15), by one rule. Its header row and body in the product's columns and
 * in the columns she added right of them (reconciliationExtra.ts), and the table's Total Row when she turned it on
 * (Table Design → Total Row, review r17). A Total Row is the table's, not a cell she typed under it: it goes under the
 * new items with its cells as they were — a label, SUBTOTAL(109,[Avvik]) — each in the column of its header, where
 * its formulas still total the whole column (a nameless reference is given the table's name, the one spelling that
 * is valid in the new table's Total Row in Excel and in a file alike).
 */
import type { CellInput } from '../model/edits';
import { mapFormulaGroups } from '../model/formulaScan';
import { RECONCILIATION_COLUMNS } from '../model/reconciliation';
import type { LocatedTable } from '../read/locateTable';
import { cellAt, cellText, formulaAt, type Bounds } from '../read/sheetCells';
import { isUncalculated, plainValue } from '../model/snapshot';
import { asInput } from './reconciliationKept';
import { extraArea, extraColumns } from './reconciliationExtra';
import { ownedColumns } from './tableCells';
import { isOccupied } from './userCells';

/** An item table's columns: the product's, in their order. */
type Columns = readonly { readonly header: string }[];

/**
 * The sheet tblAvstemming is written on: the one it stands on, found by its table name at A1 (SPEC §2: a table is
 * found by its name first), so a sheet the user renamed («Avstemming 2026») keeps its table and is not emptied for a
 * new «Avstemming» (review r22); else `home` (a table moved elsewhere on a sheet, or none: written there anew).
 */
export function reconciliationSheetOf(t: LocatedTable | null, home: string): string {
  return t && t.tableName !== null && t.headerRow === 1 && t.left === 1 ? t.sheet.sheet : home;
}

/** The last row of the old table the product owns: its body's, or its Total Row's right under it. */
const ownedBottom = (t: LocatedTable): number => Math.max(t.lastDataRow, t.headerRow + 1) + (t.totalsRow ? 1 : 0);

/**
 * The product's part of the item table it wrote last time (`t`, located by the caller): its header row and body down
 * to `bottom` (by default its last body row, or its Total Row under it), in the product's `columns` and in the columns
 * the user added right of them inside the table, which the new table carries (reconciliationExtra.ts). A column she
 * inserted between two of the product's is hers alone: never emptied.
 */
export function ownedItemArea(
  t: LocatedTable,
  columns: Columns,
  bottom: number = ownedBottom(t),
): { sheet: string; areas: Bounds[] } {
  const extra = extraArea(t, extraColumns(t, columns), bottom);
  return { sheet: t.sheet.sheet, areas: [...ownedColumns(t, columns, bottom), ...extra] };
}

/**
 * The product's part of tblAvstemming (ownedItemArea), or of the table found on the sheet by its headers, down to its
 * first empty row.
 */
export function ownedReconciliationArea(t: LocatedTable | null): { sheet: string; areas: Bounds[] } | null {
  if (!t) return null;
  const right = Math.min(t.right, t.left + RECONCILIATION_COLUMNS.length - 1);
  let bottom = ownedBottom(t);
  if (t.tableName === null) {
    const filled = (r: number) =>
      Array.from({ length: right - t.left + 1 }, (_, i) => t.left + i).some((c) => isOccupied(t.sheet, r, c));
    for (bottom = t.headerRow; filled(bottom + 1);) bottom++;
  }
  return ownedItemArea(t, RECONCILIATION_COLUMNS, bottom);
}

/** `formula` with each structured reference that names no table («[Avvik]») given `table`'s name. */
export function namedReferences(formula: string, table: string): string {
  return mapFormulaGroups(formula, (group, bracket, before) => {
    // A group right after a name («tblAvstemming[Avvik]») names its table already; «[1]» is another workbook.
    const named = /[\p{L}\p{N}_.\\\]]$/u.test(before) || /^\[\d+\]/.test(group);
    return (bracket && !named ? table : '') + group;
  });
}

/**
 * The cells of the old table's Total Row under the new table's `headers` (its product `columns` by header, the user's
 * own columns, `extra`, in their order after them): a formula as its formula, anything else as it stands; undefined
 * when the table shows none.
 */
export function totalsRowCells(
  t: LocatedTable | null,
  headers: readonly string[],
  columns: Columns = RECONCILIATION_COLUMNS,
): CellInput[] | undefined {
  if (!t || !t.totalsRow || t.tableName === null) return undefined;
  const row = t.lastDataRow + 1;
  const table = t.tableName;
  const extra = extraColumns(t, columns).cols;
  const product = columns.map((c) => c.header.toLowerCase());
  const byHeader = new Map<string, number>();
  for (let c = t.left; c <= t.right; c++) {
    const h = cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase();
    if (product.includes(h) && !byHeader.has(h)) byHeader.set(h, c);
  }
  return headers.map((h, i) => {
    const col = i < product.length ? byHeader.get(h.toLowerCase()) : extra[i - product.length];
    if (col === undefined) return null;
    const formula = formulaAt(t.sheet, row, col) ?? '';
    if (formula !== '') return { formula: namedReferences(formula, table) };
    const read = cellAt(t.sheet, row, col);
    return isUncalculated(read) ? null : asInput(plainValue(read));
  });
}
