/**
 * The product's columns of an item table the user types in (Status, Kommentar) keep the fill, font or border she
 * gave a cell at its address, as the cells of her own columns do (reconciliationExtra.ts): their body is written
 * value by value, not emptied first, and the shells name a look whose row gets another item (checkAnchors.ts).
 * Only where the column stands at its place in the old table (the table from A1, the column's header over the same
 * column the new table writes it in): a look in a column she moved would stay over another column of the product's.
 */
import { toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import type { SheetSnapshot } from '../model/snapshot';
import type { Bounds } from '../read/sheetCells';
import { cellAt, cellText, numberFormatAt } from '../read/sheetCells';
import { headerColumn, type LocatedTable } from '../read/locateTable';
import { writable, type WritePlan } from '../model/writePlan';
import { keptCommentFormat, type UserColumns } from './tableCells';

/** The keys of the columns she types in, whose looks stay at their address. */
const TYPED_KEYS: readonly string[] = ['status', 'comment'];

/** The sheet columns (1 = A) of `columns`' typed columns that stand at their place in the old table `t`. */
export function typedColumnsInPlace(
  t: LocatedTable | null,
  columns: readonly { readonly key: string; readonly header: string }[],
): number[] {
  if (!t || t.left !== 1 || t.headerRow !== 1) return [];
  return columns.flatMap((c, i) => {
    const at = i + 1;
    const header = cellText(cellAt(t.sheet, 1, at)).toLowerCase();
    return TYPED_KEYS.includes(c.key) && at <= t.right && header === c.header.toLowerCase() ? [at] : [];
  });
}

/** The sheet columns (1 = A) of `columns`' typed columns in the old table `t`, wherever they stand (by header). */
export function typedColumnsOf(
  t: LocatedTable,
  columns: readonly { readonly key: string; readonly header: string }[],
): number[] {
  const headers = columns.filter((c) => TYPED_KEYS.includes(c.key)).map((c) => c.header.toLowerCase());
  const out: number[] = [];
  for (let c = t.left; c <= t.right; c++)
    if (headers.includes(cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase())) out.push(c);
  return out;
}

/** `area` without the cells of columns `cols` on rows `top`–`bottom`: the rest, as blocks. */
export function areaWithout(area: Bounds, cols: readonly number[], top: number, bottom: number): Bounds[] {
  const out: Bounds[] = [];
  let from = area.left;
  const close = (to: number) => void (to >= from && out.push({ ...area, left: from, right: to }));
  for (let c = area.left; c <= area.right; c++) {
    if (!cols.includes(c)) continue;
    close(c - 1);
    from = c + 1;
    if (area.top < top) out.push({ ...area, left: c, right: c, bottom: Math.min(area.bottom, top - 1) });
    if (area.bottom > bottom) out.push({ ...area, left: c, right: c, top: Math.max(area.top, bottom + 1) });
  }
  close(area.right);
  return out;
}

/**
 * A number format on a cell of `cols` (rows 2–`last`) set back to General, as emptying the cell did: the value
 * written there is another item's when the rows moved (a Kommentar 5 would show «500,0 %»). Only the cells that
 * have one, so that the others are not given a style each.
 */
export function typedFormatResets(
  sheet: SheetSnapshot | undefined,
  name: string,
  cols: readonly number[],
  last: number,
): Edit[] {
  if (!sheet) return [];
  const formatted = (r: number, c: number) => {
    const f = numberFormatAt(sheet, r, c);
    return f !== null && f.toLowerCase() !== 'general';
  };
  return cols.flatMap((c) => {
    const edits: Edit[] = [];
    for (let r = 2, start = 0; r <= last + 1; r++) {
      const on = r <= last && formatted(r, c);
      if (on && start === 0) start = r;
      if (on || start === 0) continue;
      edits.push({ kind: 'setNumberFormat', sheet: name, range: toRange(start, c, r - 1, c), format: 'General' });
      start = 0;
    }
    return edits;
  });
}

/**
 * The number format of the Kommentar cell on a row of the old table `t` (null when the reader gives none, or the table
 * has no Kommentar): it goes with her Kommentar (tableCells.ts keptCommentFormat; review r41).
 */
export function commentFormatOf(
  t: LocatedTable,
  columns: readonly { readonly key: string; readonly header: string }[],
): (row: number) => string | null {
  const header = columns.find((c) => c.key === 'comment')?.header;
  const col = header === undefined ? undefined : headerColumn(t, { header, aliases: [] });
  return (row) => (col === undefined ? null : numberFormatAt(t.sheet, row, col));
}

/**
 * `planned` with the number format of each kept Kommentar in the new table, in the column of `columns`' Kommentar
 * (`olds` per body row from row 2, in row order: the items' rows, then the rows kept below them): a date she typed
 * there («15.3») shown as a date again, a number with its own format; one edit per cell that has one (review r41).
 * After typedFormatResets, which sets the old table's formats there back to General.
 */
export function withCommentFormats(
  planned: WritePlan,
  sheet: string,
  olds: readonly (UserColumns | undefined)[],
  columns: readonly { readonly key: string }[],
): WritePlan {
  const col = columns.findIndex((c) => c.key === 'comment') + 1;
  if (!planned.ok || col === 0) return planned;
  const edits = olds.flatMap((old, i): Edit[] => {
    const format = keptCommentFormat(old);
    return format === null ? [] : [{ kind: 'setNumberFormat', sheet, range: toRange(i + 2, col, i + 2, col), format }];
  });
  return edits.length === 0 ? planned : writable([...planned.edits, ...edits]);
}
