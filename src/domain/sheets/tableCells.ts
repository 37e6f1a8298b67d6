/**
 * The cells of a table the product wrote (Avstemming, Avstemming planer), read back by column key: each column
 * found by its header text (case aside; the first of a repeated header), so that a user who moved or added
 * columns still has Status and Kommentar read from where they are.
 */
import { cellAt, cellText, type Bounds } from '../read/sheetCells';
import type { LocatedTable } from '../read/locateTable';
import type { CellInput } from '../model/edits';
import { RECONCILIATION_STATUSES } from '../model/reconciliationStatus';
import { userCell } from './userColumns';
import { isUncalculated, plainValue, type CellValue } from '../model/snapshot';

/** The cell of `row` in the column of `key`, or null when the table has no such column. */
export type CellByKey<K extends string> = (row: number, key: K) => CellValue;

/** Finds each column of `columns` in `t`'s header row once, then reads a row's cell by key wherever the user moved it. */
export function cellsByKey<K extends string>(
  t: LocatedTable,
  columns: readonly { readonly key: K; readonly header: string }[],
): CellByKey<K> {
  const col: Partial<Record<K, number>> = {};
  for (let c = t.left; c <= t.right; c++) {
    const header = cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase();
    const spec = columns.find((x) => x.header.toLowerCase() === header);
    if (spec && col[spec.key] === undefined) col[spec.key] = c;
  }
  return (row, key) => {
    const c = col[key];
    return c === undefined ? null : cellAt(t.sheet, row, c);
  };
}

/**
 * The product's part of a table it wrote: the runs of columns whose header is one of `columns` (case aside),
 * from the header row down to `bottom`. A column the user added, wherever they put it (to the right, or
 * between Avvik and Forklaring), is theirs: it is neither emptied nor written over.
 */
export function ownedColumns(
  t: LocatedTable,
  columns: readonly { readonly header: string }[],
  bottom: number,
): Bounds[] {
  const headers = new Set(columns.map((c) => c.header.toLowerCase()));
  const out: Bounds[] = [];
  for (let c = t.left; c <= t.right; c++) {
    if (!headers.has(cellText(cellAt(t.sheet, t.headerRow, c)).toLowerCase())) continue;
    const last = out[out.length - 1];
    if (last && last.right === c - 1) out[out.length - 1] = { ...last, right: c };
    else out.push({ top: t.headerRow, left: c, bottom, right: c });
  }
  return out;
}

/**
 * Keys told apart by their occurrence: the nth row (or item) with a key gets that key and n. Items may share a
 * key (economy plan lines without Ref are each an unmatched item, Kode, Ref and År alike), and each then keeps
 * what the user left on its own row, in the order both were written, instead of all taking the last one's.
 */
export function occurrenceKeys(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}\u0001${n}`;
  };
}

/** A row's key from its identifying texts (Kode, Ref, År …), spaces around each ignored. */
export const rowKey = (parts: readonly string[]): string => parts.map((s) => s.trim()).join('\u0000');

/** The Status and Kommentar a user left on a row of the product's table. */
export interface UserColumns {
  readonly status: CellValue;
  readonly comment: CellValue;
  /** The Kommentar cell's number format, when the reader gives it (her date «15.3» is 46461 shown dd.mm.yyyy). */
  readonly commentFormat?: string | null;
}

/**
 * A cell of hers as it is written back: text, a number, a logical value (Excel's «sann» is TRUE) as typed; an error
 * value (a pasted #N/A, her formula showing #DIV/0!) as its text, as her own columns carry one (plainValue; review
 * r41); null for a formula the file holds without its result.
 */
const typedValue = (v: CellValue): string | number | boolean | null => (isUncalculated(v) ? null : plainValue(v));

/**
 * What a new run writes in Status and Kommentar: what the user left, as typed (a Kommentar Excel stored as TRUE from
 * «sann» too; a date, which the readers give as ISO text, as a date again: userCell; an error value as its text;
 * review r41), Status «Åpen» where they left none. Its number format goes with it (keptCommentFormat).
 */
export function keptUserColumns(user: UserColumns | undefined): { status: CellInput; comment: CellInput } {
  const status = user ? typedValue(user.status) : null;
  const comment = user ? typedValue(user.comment) : null;
  return {
    status: status !== null && cellText(status).trim() !== '' ? status : RECONCILIATION_STATUSES[0],
    comment: comment === null ? null : userCell(comment, null)[0],
  };
}

/**
 * The number format a kept Kommentar is written with: a date's (dd.mm.yyyy), a number's own unless General; null for
 * anything else, which the cell shows in General as before (typedColumns.ts typedFormatResets).
 */
export function keptCommentFormat(user: UserColumns | undefined): string | null {
  const comment = user ? typedValue(user.comment) : null;
  return comment === null ? null : userCell(comment, user?.commentFormat ?? null)[1];
}
