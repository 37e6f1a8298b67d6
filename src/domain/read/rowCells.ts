/**
 * Where the cells of a table row are. Every row of a table has its cells in the same columns, so a row
 * keeps its sheet row and one column map shared by the whole table, and an address is made only when
 * something (a finding, an edit, a reconciliation item) names the cell.
 */

/** The key of a plan-year column in a row's column map ("year:2027"). */
export const yearKey = (year: number): string => `year:${year}`;

/** A table row: its 1-based sheet row, and the column letter per schema key and plan-year key found. */
export interface RowCells {
  readonly row: number;
  /** Column letter per schema key, and per plan year under yearKey(year); shared by every row of a table. */
  readonly cellColumns: Readonly<Record<string, string>>;
}

/** The A1 address (no sheet) of a row's cell in column `key`; undefined when its table has no such column. */
export function cellAddress(owner: RowCells, key: string): string | undefined {
  const letter = owner.cellColumns[key];
  return letter === undefined ? undefined : `${letter}${owner.row}`;
}

/** A table row that knows its sheet: a measure or an economy plan line. */
export interface SheetRowCells extends RowCells {
  readonly sheet: string;
}

/** "Sheet!A1" of a row's cell in column `key`; undefined without a row or when its table has no such column. */
export function sheetAddress(owner: SheetRowCells | undefined, key: string): string | undefined {
  if (owner === undefined) return undefined;
  const cell = cellAddress(owner, key);
  return cell === undefined ? undefined : `${owner.sheet}!${cell}`;
}
