/**
 * The user's own columns of a measure table or of tblOkonomiplan (a «Kontaktperson», a «Merknad 2» added to the
 * table): a roll forward carries them after the product's columns, in the order they stood, each cell on the row
 * of its measure or line (SPEC §11: nothing the user typed is lost). Values are carried as typed — text as text,
 * a number as a number; a formula as the value it last showed, since its references would point elsewhere in the
 * rebuilt table: the roll names each such cell (formulaValues). Headers are named as for tblInnstillinger's
 * columns (settingRows.ts userColumnHeaders): a blank one «Kolonne<n>», one met before numbered.
 */
import { columnNumber } from '../model/a1';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, isBlank } from '../read/sheetCells';
import { plainValue, type WorkbookSnapshot } from '../model/snapshot';
import { plannedColumns } from '../sheets/layout';
import type { CellInput } from '../model/edits';
import type { RowInput, UserTableHeaders } from '../model/content';
import type { ColumnSpec } from '../model/schema';
import type { TableLayout, Years } from '../model/plan';
import { userColumnHeaders } from './settingRows';

/** A formula cell of a user's column whose value the roll carries instead: "Tiltak drift!P5", its formula and value. */
export interface FormulaValue {
  readonly cell: string;
  readonly formula: string;
  readonly value: string | number | boolean | null;
}

/** The user's columns of one table: their headers and, per sheet row of the old table, their cells. */
export interface TableUserColumns {
  readonly headers: readonly string[];
  readonly byRow: ReadonlyMap<number, readonly CellInput[]>;
  readonly formulaValues: readonly FormulaValue[];
}

/**
 * The columns of `layout` that are no product column (neither a schema key nor a plan year) and hold something —
 * a header or a cell of the body — with their cells; null when there are none. `specs` and `years` are the
 * rolled table's (the new headers must differ from its product headers).
 */
export function userTableColumns(
  wb: WorkbookSnapshot,
  layout: TableLayout | null,
  specs: readonly ColumnSpec[],
  years: Years,
): TableUserColumns | null {
  const sheet = layout ? findSheet(wb, layout.sheet) : undefined;
  if (!layout || !sheet) return null;
  const known = new Set([...Object.values(layout.columns), ...Object.values(layout.yearColumns)]);
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(r);
  const columns = layout.headers
    .filter((h) => !known.has(h.column))
    .filter((h) => h.text !== '' || rows.some((r) => !isBlank(cellAt(sheet, r, columnNumber(h.column)))));
  if (columns.length === 0) return null;
  const taken = plannedColumns(specs, years).map((c) => c.header);
  const headers = userColumnHeaders(
    columns.map((h) => h.name),
    taken,
  );
  const byRow = new Map<number, CellInput[]>();
  const formulaValues: FormulaValue[] = [];
  for (const r of rows)
    byRow.set(
      r,
      columns.map((h) => {
        const c = columnNumber(h.column);
        const value = plainValue(cellAt(sheet, r, c));
        const formula = formulaAt(sheet, r, c) ?? '';
        if (formula !== '') formulaValues.push({ cell: `${layout.sheet}!${h.column}${r}`, formula, value });
        return value;
      }),
    );
  return { headers, byRow, formulaValues };
}

/** The user's own columns of the three tables a roll rebuilds; absent or null = none. */
export interface UserColumnsByTable {
  readonly operating?: TableUserColumns | null;
  readonly investment?: TableUserColumns | null;
  readonly economyPlan?: TableUserColumns | null;
}

/** The headers of PlanContent.userColumns, or undefined when no table has a column of the user's. */
export function userHeadersOf(user: UserColumnsByTable): UserTableHeaders | undefined {
  if (!user.operating && !user.investment && !user.economyPlan) return undefined;
  return {
    operating: user.operating?.headers,
    investment: user.investment?.headers,
    economyPlan: user.economyPlan?.headers,
  };
}

/** A rolled row with the cells of the user's columns that stood on its old row (`old`: the measure or line). */
export function withUserCells(
  row: RowInput,
  old: { readonly row: number },
  user: TableUserColumns | null | undefined,
): RowInput {
  const extra = user?.byRow.get(old.row);
  return extra && extra.some((v) => v !== null) ? { ...row, extra } : row;
}
