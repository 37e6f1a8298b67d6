/**
 * The user's own columns of tblAvstemming (docs/spec.md §10, an addition of this repository): a column she added
 * to the table right of the product's columns (a «Saksbehandler» in Q, the table grown to A1:Q…) travels with its
 * item as Status and Kommentar do — each cell written again on the row of the item its row was kept for, the
 * column staying inside the table under its header — and a row whose item is gone keeps them below the items.
 * Values as typed (a date as a date), each with its cell's number format, General too (a format left at its
 * address would dress the next item's value: 5 shown «500,0 %»); a formula as the value it last showed, since its
 * row moves, each such cell named by the shells (extraFormulaValues). A column between two of the product's is not
 * carried: the run is refused, naming that column, its table and where to move it (withInsertedColumns). One rule
 * for tblAvstemming (reconciliation.ts) and «Avstemming planer» (consolidation.ts). (The cell's fill, font and
 * borders are not in the snapshot: they stay at their address; check --write on a file names each one left beside
 * another item of tblAvstemming, cli/commands/checkAnchors.ts.)
 */
import { columnLetter, parseA1, toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { cellAt, cellText, formulaAt, numberFormatAt } from '../read/sheetCells';
import { isUncalculated, plainValue } from '../model/snapshot';
import { userCell, userColumnHeaders, type FormulaValue } from './userColumns';
import { blockedBy, writable, type InsertedColumn, type WritePlan } from '../model/writePlan';
import type { Bounds } from '../read/sheetCells';
import type { LocatedTable } from '../read/locateTable';

/** The user's columns of a located table: their headers (as the table gets them) and sheet columns. */
export interface ExtraColumns {
  readonly headers: readonly string[];
  readonly cols: readonly number[];
  /**
   * Per column, whether it is a calculated column: the same formula on every body row (=[@Avvik]*2 as Excel fills
   * it). Its cells can be recomputed on any row; a formula on one row alone is something she typed there.
   */
  readonly calculated?: readonly boolean[];
}

/**
 * A row's cells in the user's columns, and the number format each travels with: its own, 'General' for a cell with
 * none, so that the row the item leaves does not keep showing the next item's value in it (null: the snapshot
 * holds no formats of that sheet, and the cell is left as it is).
 */
export interface ExtraCells {
  readonly values: readonly CellInput[];
  readonly formats: readonly (string | null)[];
  /** Per cell, whether it holds a formula: its value is what the formula showed, not something she typed. */
  readonly formulas?: readonly boolean[];
  /** Per cell, whether it holds her calculated column's formula (ExtraColumns.calculated). */
  readonly calculated?: readonly boolean[];
}

export const NO_EXTRA: ExtraColumns = { headers: [], cols: [] };

/**
 * The columns of an Excel table `t` right of its last column headed by one of `columns`: those the user added
 * to it (Excel grows a table over a column typed beside it). None for a block found by its headers alone: a
 * cell beside it is a note beside the table, which stays where it is.
 */
export function extraColumns(t: LocatedTable, columns: readonly { readonly header: string }[]): ExtraColumns {
  if (t.tableName === null) return NO_EXTRA;
  const product = new Set(columns.map((c) => c.header.toLowerCase()));
  let last = t.left - 1;
  for (let c = t.left; c <= t.right; c++)
    if (product.has(cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase())) last = c;
  const cols: number[] = [];
  for (let c = last + 1; c <= t.right; c++) cols.push(c);
  const typed = cols.map((c) => cellText(cellAt(t.sheet, t.headerRow, c)));
  return {
    headers: userColumnHeaders(
      typed,
      columns.map((c) => c.header),
    ),
    cols,
    calculated: cols.map((c) => columnWide(t, c)),
  };
}

/** Whether every body row of `t` holds one and the same formula in column `c` (a calculated column). */
function columnWide(t: LocatedTable, c: number): boolean {
  const first = formulaAt(t.sheet, t.headerRow + 1, c) ?? '';
  if (first === '' || t.lastDataRow <= t.headerRow) return false;
  for (let row = t.headerRow + 2; row <= t.lastDataRow; row++) if (formulaAt(t.sheet, row, c) !== first) return false;
  return true;
}

/**
 * `planned` with each of its blocked cells that stands in a column the user inserted into the Excel table `t`
 * between two of the product's `columns` told so (UserCell.inserted), for the refusal to name that column, the
 * table and where to move it: right of the table's last product column, where it travels with its item. A column
 * right of the last product column found that stands in place of the product's last column(s), its header retyped
 * (P1 «Kommentar (min)»), refuses the run even when nothing blocks it: taken as her column, her comments would move
 * right under her header and an empty Kommentar be written at P, silently.
 */
export function withInsertedColumns(
  planned: WritePlan,
  t: LocatedTable | null,
  columns: readonly { readonly header: string }[],
): WritePlan {
  if (!t || t.tableName === null) return planned;
  const table = t.tableName;
  const product = new Set(columns.map((c) => c.header.toLowerCase()));
  const header = (c: number) => cellText(cellAt(t.sheet, t.headerRow, c));
  let last = -1;
  for (let c = t.left; c <= t.right; c++) if (product.has(header(c).toLowerCase())) last = c;
  const renamed = renamedColumns(t, columns, header);
  const column = (c: number): InsertedColumn => {
    const expected = renamed.get(c);
    const cell = `${columnLetter(c)}${t.headerRow}`;
    return {
      table,
      column: columnLetter(c),
      header: header(c),
      last: header(last),
      ...(expected ? { renamed: { expected, cell } } : {}),
    };
  };
  const trailing = [...renamed.keys()]
    .filter((c) => c > last)
    .map((c) => ({ sheet: t.sheet.sheet, cell: `${columnLetter(c)}${t.headerRow}`, inserted: column(c) }));
  if (planned.ok) return trailing.length === 0 ? planned : blockedBy(trailing);
  const inserted = new Map<number, InsertedColumn>();
  for (let c = t.left; c < last; c++) if (!product.has(header(c).toLowerCase())) inserted.set(c, column(c));
  if (inserted.size === 0 && trailing.length === 0) return planned;
  const sheet = t.sheet.sheet.toLowerCase();
  return blockedBy([
    ...planned.blocked.map((u) => {
      const at = parseA1(u.cell);
      const inTable = at && u.sheet.toLowerCase() === sheet && at.row >= t.headerRow && at.row <= t.lastDataRow;
      const found = inTable ? inserted.get(at.col) : undefined;
      return found ? { ...u, inserted: found } : u;
    }),
    ...trailing,
  ]);
}

/**
 * The columns of `t` that stand where product columns are missing, with the product's header each stands in place
 * of: between two product columns found in order, as many columns not the product's as product columns are missing
 * there (headers found nowhere in the table) are those columns, their headers retyped («Forklaring (auto)» at L).
 */
function renamedColumns(
  t: LocatedTable,
  columns: readonly { readonly header: string }[],
  header: (c: number) => string,
): Map<number, string> {
  const index = new Map(columns.map((c, i) => [c.header.toLowerCase(), i]));
  const present = new Set<number>();
  for (let c = t.left; c <= t.right; c++) {
    const i = index.get(header(c).toLowerCase());
    if (i !== undefined) present.add(i);
  }
  const out = new Map<number, string>();
  let previous = -1;
  let gap: number[] = [];
  for (let c = t.left; c <= t.right; c++) {
    const i = index.get(header(c).toLowerCase());
    if (i === undefined) {
      gap.push(c);
      continue;
    }
    const missing = columns.slice(previous + 1, i).filter((_, k) => !present.has(previous + 1 + k));
    if (gap.length > 0 && missing.length === gap.length) gap.forEach((g, k) => out.set(g, missing[k]?.header ?? ''));
    previous = i;
    gap = [];
  }
  // Right of the last product column found, where the product's last column(s) are missing: the first columns there
  // are those, their headers retyped (P1 «Kommentar (min)»); any after them are her own.
  const tail = columns.slice(previous + 1).filter((_, k) => !present.has(previous + 1 + k));
  if (previous >= 0 && tail.length > 0 && gap.length >= tail.length)
    tail.forEach((c, k) => out.set(gap[k] ?? -1, c.header));
  return out;
}

/** The cells of `row` in the user's columns, as the new table writes them (userCell). */
export function readExtraCells(t: LocatedTable, extra: ExtraColumns, row: number): ExtraCells {
  const known = t.sheet.numberFormats !== undefined;
  const cells = extra.cols.map((c): [CellInput, string | null] => {
    const read = cellAt(t.sheet, row, c);
    const own = numberFormatAt(t.sheet, row, c);
    const [value, format] = userCell(isUncalculated(read) ? null : plainValue(read), own);
    // userCell keeps a number's format only; a text or empty cell's (her «@», a colour format) travels too.
    return [value, format ?? (known ? (own ?? GENERAL) : null)];
  });
  const formulas = extra.cols.map((c) => (formulaAt(t.sheet, row, c) ?? '') !== '');
  const calculated = formulas.map((f, j) => f && extra.calculated?.[j] === true);
  return { values: cells.map(([v]) => v), formats: cells.map(([, f]) => f), formulas, calculated };
}

const GENERAL = 'General';

/**
 * The formula cells of the user's columns on `rows` of `t` ("Avstemming!Q5", its formula and the value it showed,
 * null when the file holds none), in sheet order: the new table writes each as that value, which the shells say.
 */
export function extraFormulaValues(t: LocatedTable, extra: ExtraColumns, rows: Iterable<number>): FormulaValue[] {
  const out: FormulaValue[] = [];
  for (const row of rows)
    for (const c of extra.cols) {
      const formula = formulaAt(t.sheet, row, c) ?? '';
      if (formula === '') continue;
      const read = cellAt(t.sheet, row, c);
      const value = isUncalculated(read) ? null : plainValue(read);
      const cell = `${t.sheet.sheet}!${columnLetter(c)}${row}`;
      out.push(t.tableName === null ? { cell, formula, value } : { cell, formula, value, table: t.tableName });
    }
  return out;
}

/**
 * Whether a row holds anything in the user's columns. Her calculated column's cells never count: Excel fills them
 * on every row (=[@Avvik]*2 showing 0 on a blank row she never typed in), and a row kept for them alone would hold
 * their value typed, kept on every run. With `typedOnly`, no formula's result counts, a formula on that row alone
 * neither (a row without Kode).
 */
export const holdsExtra = (cells: ExtraCells | undefined, typedOnly = false): boolean =>
  (cells?.values ?? []).some(
    (v, j) =>
      !(cells?.calculated?.[j] === true || (typedOnly && cells?.formulas?.[j] === true)) &&
      (typeof v === 'string' ? v.trim() !== '' : v !== null),
  );

/** The area of the old table the user's columns fill, from its header row down to `bottom`: emptied and written anew. */
export function extraArea(t: LocatedTable, extra: ExtraColumns, bottom: number): Bounds[] {
  const first = extra.cols[0];
  const last = extra.cols[extra.cols.length - 1];
  return first === undefined || last === undefined ? [] : [{ top: t.headerRow, left: first, bottom, right: last }];
}

/**
 * The format of column `j` on a row whose item is new (no cells of hers to carry): the format every carried row
 * of the column shares (her column formatted whole), else General; null when no carried row's format is known.
 */
function newRowFormat(formats: readonly (readonly (string | null)[] | undefined)[], j: number): string | null {
  const known = new Set<string>();
  for (const row of formats) {
    const f = row?.[j];
    if (f !== undefined && f !== null) known.add(f);
  }
  if (known.size === 0) return null;
  return known.size === 1 ? ([...known][0] ?? GENERAL) : GENERAL;
}

/**
 * The number formats of the user's cells in the new table (`formats` per body row from row 2, the user's columns
 * from column `first`; undefined for a new item's row), one edit per run of equal formats down a column. Every
 * row is given its format, General too: a format left at its address would show another item's value in it.
 */
export function extraFormatEdits(
  sheet: string,
  formats: readonly (readonly (string | null)[] | undefined)[],
  first: number,
  width: number,
): Edit[] {
  const edits: Edit[] = [];
  for (let j = 0; j < width; j++) {
    const fresh = newRowFormat(formats, j);
    const at = (r: number): string | null => {
      const row = formats[r];
      return row === undefined ? fresh : (row[j] ?? null);
    };
    let start = 0;
    for (let r = 1; r <= formats.length; r++) {
      const f = at(start);
      if (r < formats.length && at(r) === f) continue;
      if (f !== null) {
        const col = first + j;
        edits.push({ kind: 'setNumberFormat', sheet, range: toRange(start + 2, col, r + 1, col), format: f });
      }
      start = r;
    }
  }
  return edits;
}

/**
 * `planned` with the number formats of the user's cells (`formats` per body row, in row order: the items' rows,
 * then the kept rows) in the columns after the product's `productWidth` columns.
 */
export function withExtraFormats(
  planned: WritePlan,
  sheet: string,
  formats: readonly (readonly (string | null)[] | undefined)[],
  productWidth: number,
  extra: ExtraColumns,
): WritePlan {
  if (!planned.ok || extra.cols.length === 0) return planned;
  return writable([...planned.edits, ...extraFormatEdits(sheet, formats, productWidth + 1, extra.cols.length)]);
}
