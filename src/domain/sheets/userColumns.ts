/**
 * The user's own columns of a measure table or of tblOkonomiplan (a «Kontaktperson», a «Merknad 2» added to the
 * table): a roll forward carries them after the product's columns, in the order they stood, each cell on the row
 * of its measure or line (SPEC §11: nothing the user typed is lost). Values are carried as typed — text as text,
 * a number as a number with its number format (not General), a date as a date (the readers give it as ISO text:
 * written again as Excel's day number, shown dd.mm.yyyy); a formula as the value it last showed, since its
 * references would point elsewhere in the rebuilt table (empty when the file holds no result for it): the roll
 * names each such cell (formulaValues). A calculated column of hers that reads its own row only stays calculated
 * in the rolled table while the columns it reads are there (`calculated`; one that reads a column gone is named
 * whole, `calculatedGone`: userCalculated.ts); its values still go to the archive. Headers are named by userColumnHeaders (also used for tblInnstillinger's
 * columns, rollover/settingRows.ts): a blank one «Kolonne<n>», one met before numbered. A saved version (version.ts)
 * keeps the same columns, as a roll's archive does: both kinds of version hold the same (SPEC §14).
 *
 * A column whose header the user emptied (or Excel renamed «Kolonne17») where the one missing product column belongs
 * (layout.unnamed, read/unnamedColumn.ts: the check names its header cell, repair writes the header back) is no
 * column of the user's: it is that product column. The roll and a saved version take it as repair would leave it —
 * the product header restored and the values in their column, rolled by that column's rule (a Varig measure's
 * Helårsvirkning into the new last year) — not as «Kolonne<n>» at the end beside an empty product column
 * (`restored`, withRestoredColumns).
 */
import { columnNumber } from '../model/a1';
import { findSheet } from '../read/locateTable';
import { cellAt, formulaAt, isBlank, numberFormatAt } from '../read/sheetCells';
import { isUncalculated, plainValue, type WorkbookSnapshot } from '../model/snapshot';
import { plannedColumns } from './layout';
import { applyEdits } from './snapshotEdits';
import { readPlan } from '../read/plan';
import { keptAmounts, type KeptAmount } from '../read/typedTexts';
import type { CellInput } from '../model/edits';
import type { RowInput, UserTableHeaders } from '../model/content';
import type { ColumnSpec } from '../model/schema';
import type { Plan, TableLayout, Years } from '../model/plan';
import {
  calculatedColumn,
  rolledHeaders,
  type CalculatedColumn,
  type CalculatedGone,
  type UserFormulas,
} from './userCalculated';

/**
 * Headers a table can have (Excel wants each one, and each once, case aside): a blank one is named «Kolonne<n>»
 * by its place in the rolled table (as Excel names a new column), and one met before gets «2», «3» … after it.
 * `taken` are the headers before them (Innstilling, Verdi).
 */
export function userColumnHeaders(typed: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((h) => h.trim().toLowerCase()));
  return typed.map((text, i) => {
    const base = text.trim() === '' ? `Kolonne${taken.length + i + 1}` : text.trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A formula cell of a user's column whose value the roll carries instead: "Tiltak drift!P5", its formula and value. */
export interface FormulaValue {
  readonly cell: string;
  /** As the file stores it (a this-row reference `tblAvstemming[[#This Row],[Kode]]`), with its "=". */
  readonly formula: string;
  readonly value: string | number | boolean | null;
  /** The table the cell is in, when known: the shells show the formula as Excel does there (`[@Kode]`). */
  readonly table?: string;
}

/** The user's columns of one table: their headers and, per sheet row of the old table, their cells. */
export interface TableUserColumns {
  readonly headers: readonly string[];
  readonly byRow: ReadonlyMap<number, readonly CellInput[]>;
  /** The number format of each number cell of `byRow` that has one (a date's dd.mm.yyyy), else null. */
  readonly formatsByRow: ReadonlyMap<number, readonly (string | null)[]>;
  readonly formulaValues: readonly FormulaValue[];
  /**
   * Per header, the this-row formula of a calculated column of hers that the rolled table keeps as one
   * (sheets/userCalculated.ts), else null; absent when there is none. `byRow` still holds the values it showed, for
   * the archive.
   */
  readonly calculated?: UserFormulas;
  /** Her calculated columns that read a column the rolled table has not: carried as values, named by the roll. */
  readonly calculatedGone?: readonly CalculatedGone[];
  /**
   * The workbook read again with the product header written back over the column that lost it (layout.unnamed), and
   * the amount texts that read keeps as typed (read/typedTexts.ts): what the roll and a saved version take this
   * table from (withRestoredColumns). Absent when no column of the table lost its header.
   */
  readonly restored?: { readonly plan: Plan; readonly typed: ReadonlyMap<string, KeptAmount> };
}

/**
 * The workbook read again with the header of `specs`' column that `layout.unnamed` names written back, as repair
 * writes it (repair/tables.ts), or undefined when the table has no such column. The period is read from the
 * settings as before; `fallbackStart` (the first plan year found in the table) only stands in where they lack it.
 */
function readRestored(
  wb: WorkbookSnapshot,
  layout: TableLayout,
  specs: readonly ColumnSpec[],
  fallbackStart: number,
): TableUserColumns['restored'] {
  const spec = specs.find((s) => s.key === layout.unnamed?.key);
  if (!layout.unnamed || !spec) return undefined;
  const origin = `${layout.unnamed.column}${layout.headerRow}`;
  const healed = applyEdits(wb, [{ kind: 'setCells', sheet: layout.sheet, origin, values: [[spec.header]] }]);
  const { plan, findings } = readPlan(healed, { defaultStartYear: fallbackStart });
  return { plan, typed: keptAmounts(findings) };
}

/** A date cell as the readers give it: "2027-03-01T00:00:00.000Z" (workbook/serialDate.ts serialToIso). */
const READER_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

/** Excel's day number (days since 1899-12-30, the 1900 system a new workbook uses) of a civil date and time. */
function excelSerial(y: number, m: number, d: number, seconds: number): number {
  // Howard Hinnant's days-from-civil (read/version.ts has its inverse): integers only, no Date.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + 25569 + seconds / 86_400;
}

/**
 * A cell of a user's column as the rolled table writes it: a date (ISO from the reader) as its day number shown
 * dd.mm.yyyy (with hh:mm when it has a time of day); a number with its format unless that is General; else as read.
 */
export function userCell(read: string | number | boolean | null, format: string | null): [CellInput, string | null] {
  const iso = typeof read === 'string' ? READER_ISO.exec(read) : null;
  if (iso) {
    const [y, mo, d, h, mi, sec] = iso.slice(1).map(Number) as [number, number, number, number, number, number];
    const seconds = h * 3600 + mi * 60 + sec;
    return [excelSerial(y, mo, d, seconds), seconds === 0 ? 'dd.mm.yyyy' : 'dd.mm.yyyy hh:mm'];
  }
  const kept = typeof read === 'number' && format !== null && format.toLowerCase() !== 'general' ? format : null;
  return [read, kept];
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
  const found = Object.keys(layout.yearColumns).map(Number);
  const restored = readRestored(wb, layout, specs, found.length > 0 ? Math.min(...found) : (years[0] ?? 0));
  const known = new Set([
    ...Object.values(layout.columns),
    ...Object.values(layout.yearColumns),
    ...(layout.unnamed && restored ? [layout.unnamed.column] : []),
  ]);
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(r);
  const columns = layout.headers
    .filter((h) => !known.has(h.column))
    .filter((h) => h.text !== '' || rows.some((r) => !isBlank(cellAt(sheet, r, columnNumber(h.column)))));
  if (columns.length === 0)
    return restored ? { headers: [], byRow: new Map(), formatsByRow: new Map(), formulaValues: [], restored } : null;
  const planned = plannedColumns(specs, years);
  const headers = userColumnHeaders(
    columns.map((h) => h.name),
    planned.map((c) => c.header),
  );
  const rolledHeader = rolledHeaders(layout, planned, columns, headers, restored !== undefined);
  const kinds = columns.map((h) => calculatedColumn(sheet, layout, h.column, rolledHeader));
  const byRow = new Map<number, CellInput[]>();
  const formatsByRow = new Map<number, (string | null)[]>();
  const formulaValues: FormulaValue[] = [];
  for (const r of rows) {
    const cells = columns.map((h, j) => {
      const c = columnNumber(h.column);
      // A formula the file holds without its result has no value to carry: the cell stays empty, the note names it.
      const read = cellAt(sheet, r, c);
      const value = isUncalculated(read) ? null : plainValue(read);
      const formula = formulaAt(sheet, r, c) ?? '';
      const cell = `${layout.sheet}!${h.column}${r}`;
      const table = layout.tableName;
      // A column kept calculated is named by no cell; one that reads a column gone is named once, a cell without value too.
      if (formula !== '' && namedCell(kinds[j] ?? null, value))
        formulaValues.push(table === null ? { cell, formula, value } : { cell, formula, value, table });
      return userCell(value, numberFormatAt(sheet, r, c));
    });
    byRow.set(
      r,
      cells.map(([v]) => v),
    );
    formatsByRow.set(
      r,
      cells.map(([, f]) => f),
    );
  }
  const calculated = kinds.map((k) => (k?.kind === 'kept' ? k.formula : null));
  const calculatedGone = kinds.flatMap((k) => (k?.kind === 'gone' ? [k.gone] : []));
  const formulas = {
    ...(calculated.some((f) => f !== null) ? { calculated } : {}),
    ...(calculatedGone.length > 0 ? { calculatedGone } : {}),
  };
  return { headers, byRow, formatsByRow, formulaValues, ...formulas, ...(restored ? { restored } : {}) };
}

/** Whether a formula cell of a user's column is named by itself: not in a column kept calculated or named whole. */
const namedCell = (kind: CalculatedColumn | null, value: unknown): boolean =>
  kind === null || (kind.kind === 'gone' && value === null);

/** The user's own columns of the three tables a roll rebuilds; absent or null = none. */
export interface UserColumnsByTable {
  readonly operating?: TableUserColumns | null;
  readonly investment?: TableUserColumns | null;
  readonly economyPlan?: TableUserColumns | null;
}

/** The headers of PlanContent.userColumns, or undefined when no table has a column of the user's. */
export function userHeadersOf(user: UserColumnsByTable): UserTableHeaders | undefined {
  const headersOf = (u: TableUserColumns | null | undefined) => (u && u.headers.length > 0 ? u.headers : undefined);
  const headers = {
    operating: headersOf(user.operating),
    investment: headersOf(user.investment),
    economyPlan: headersOf(user.economyPlan),
  };
  if (!headers.operating && !headers.investment && !headers.economyPlan) return undefined;
  return headers;
}

/**
 * `plan` with each table that had a column whose header was lost taken from its read with the header restored
 * (TableUserColumns.restored), and `typed` with that read's kept texts; unchanged when no table had one. The other
 * fields of every measure are the same either way: only that column's values differ.
 */
export function withRestoredColumns(
  plan: Plan,
  user: UserColumnsByTable,
  typed: ReadonlyMap<string, KeptAmount> | undefined,
): { plan: Plan; typed: ReadonlyMap<string, KeptAmount> | undefined } {
  const op = user.operating?.restored;
  const inv = user.investment?.restored;
  const ep = user.economyPlan?.restored;
  if (!op && !inv && !ep) return { plan, typed };
  const layouts = {
    ...plan.layouts,
    ...(op ? { operating: op.plan.layouts.operating } : {}),
    ...(inv ? { investment: inv.plan.layouts.investment } : {}),
    ...(ep ? { economyPlan: ep.plan.layouts.economyPlan } : {}),
  };
  const restored: Plan = {
    ...plan,
    operating: op?.plan.operating ?? plan.operating,
    investment: inv?.plan.investment ?? plan.investment,
    economyPlan: ep?.plan.economyPlan ?? plan.economyPlan,
    layouts,
  };
  if (typed === undefined) return { plan: restored, typed };
  const merged = new Map(typed);
  for (const r of [op, inv, ep]) for (const [cell, text] of r?.typed ?? []) merged.set(cell, text);
  return { plan: restored, typed: merged };
}

/** A rolled row with the cells of the user's columns that stood on its old row (`old`: the measure or line). */
export function withUserCells(
  row: RowInput,
  old: { readonly row: number },
  user: TableUserColumns | null | undefined,
): RowInput {
  const extra = user?.byRow.get(old.row);
  if (!extra || extra.every((v) => v === null)) return row;
  const formats = user?.formatsByRow.get(old.row);
  return { ...row, extra, ...(formats?.some((f) => f !== null) ? { extraFormats: formats } : {}) };
}
