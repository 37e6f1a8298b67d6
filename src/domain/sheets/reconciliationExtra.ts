/**
 * The user's own columns of tblAvstemming (docs/spec.md §10, an addition of this repository): a column she added
 * to the table right of the product's columns (a «Saksbehandler» in Q, the table grown to A1:Q…) travels with its
 * item as Status and Kommentar do — each cell written again on the row of the item its row was kept for, the
 * column staying inside the table under its header — and a row whose item is gone keeps them below the items.
 * Values as typed (a date as a date, a number with its format); a formula as the value it last showed, since its
 * row moves. A column between two of the product's is not carried: the run is refused, naming its cells. One rule
 * for tblAvstemming (reconciliation.ts) and «Avstemming planer» (consolidation.ts).
 */
import { toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { cellAt, cellText, numberFormatAt } from '../read/sheetCells';
import { isUncalculated, plainValue } from '../model/snapshot';
import { userCell, userColumnHeaders } from './userColumns';
import { writable, type WritePlan } from '../model/writePlan';
import type { Bounds } from '../read/sheetCells';
import type { LocatedTable } from '../read/locateTable';

/** The user's columns of a located table: their headers (as the table gets them) and sheet columns. */
export interface ExtraColumns {
  readonly headers: readonly string[];
  readonly cols: readonly number[];
}

/** A row's cells in the user's columns, and the number format each keeps (null: none, or General). */
export interface ExtraCells {
  readonly values: readonly CellInput[];
  readonly formats: readonly (string | null)[];
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
  };
}

/** The cells of `row` in the user's columns, as the new table writes them (userCell). */
export function readExtraCells(t: LocatedTable, extra: ExtraColumns, row: number): ExtraCells {
  const cells = extra.cols.map((c) => {
    const read = cellAt(t.sheet, row, c);
    return userCell(isUncalculated(read) ? null : plainValue(read), numberFormatAt(t.sheet, row, c));
  });
  return { values: cells.map(([v]) => v), formats: cells.map(([, f]) => f) };
}

/** Whether a row holds anything in the user's columns. */
export const holdsExtra = (cells: ExtraCells | undefined): boolean =>
  (cells?.values ?? []).some((v) => (typeof v === 'string' ? v.trim() !== '' : v !== null));

/** The area of the old table the user's columns fill, from its header row down to `bottom`: emptied and written anew. */
export function extraArea(t: LocatedTable, extra: ExtraColumns, bottom: number): Bounds[] {
  const first = extra.cols[0];
  const last = extra.cols[extra.cols.length - 1];
  return first === undefined || last === undefined ? [] : [{ top: t.headerRow, left: first, bottom, right: last }];
}

/**
 * The number formats of the user's cells in the new table (`formats` per body row from row 2, the user's columns
 * from column `first`), one edit per run of equal formats down a column.
 */
export function extraFormatEdits(
  sheet: string,
  formats: readonly (readonly (string | null)[] | undefined)[],
  first: number,
  width: number,
): Edit[] {
  const edits: Edit[] = [];
  for (let j = 0; j < width; j++) {
    let start = 0;
    for (let r = 1; r <= formats.length; r++) {
      const f = formats[start]?.[j] ?? null;
      if (r < formats.length && (formats[r]?.[j] ?? null) === f) continue;
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
