/**
 * What the user left on a reconciliation table the product wrote (Avstemming, SPEC §10; Avstemming planer,
 * SPEC §15), one rule for both: the key a row's Status and Kommentar are kept by, what is read of each row, which
 * row an item takes, and the rows written below the items so that the user's Status and Kommentar are never
 * dropped silently (docs/spec.md §10).
 */
import type { CellInput } from '../model/edits';
import { RECONCILIATION_STATUSES, type KeptReason } from '../model/reconciliationStatus';
import { cellText } from '../read/sheetCells';
import { refKey } from '../measures/grouping';
import { cellsByKey, keptUserColumns, rowKey, type CellByKey, type UserColumns } from './tableCells';
import { bodyRows, type LocatedTable } from '../read/locateTable';
import { holdsExtra, type ExtraCells } from './reconciliationExtra';
import type { CellValue } from '../model/snapshot';

/**
 * The key that keeps a user's Status and Kommentar from one run to the next: Kode and År as they are, each
 * reference (Ref, Finansieringskilde, Plan) by refKey, the rule the economy plan lines are matched by (case and
 * surrounding spaces aside), so a Ref retyped "d-014" is still the row of "D-014".
 */
export function keptKey(code: string, year: string, refs: readonly string[]): string {
  return rowKey([code, year, ...refs.map(refKey)]);
}

/** A row of the existing table as the user left it: its key cells as typed, Status and Kommentar. */
export interface KeptRow<K extends string = string> extends UserColumns {
  /** The row's key without its occurrence: the item key it was written for. */
  readonly key: string;
  readonly code: string;
  /** The key cells other than Kode (Ref, År, Finansieringskilde or Plan), as typed. */
  readonly cells: Partial<Record<K, CellInput>>;
  /** The row's cells in the columns the user added to the table (reconciliationExtra.ts), when it has any. */
  readonly extra?: ExtraCells;
  /**
   * What she typed in the product's other columns of a row the product did not write (a note Excel took into the
   * table: reconciliationTyped.ts), by column key; written back as typed, her Forklaring instead of the product's.
   */
  readonly typed?: Readonly<Partial<Record<string, CellInput>>>;
}

/** A key cell as it is written back: a text or number as typed, anything else by its text. */
export const asInput = (v: CellValue): CellInput =>
  typeof v === 'string' || typeof v === 'number' ? v : cellText(v) === '' ? null : cellText(v);

/**
 * The row `row` of a table read by column key: its Kode (as `codeOf` reads it), the `keys` cells, Status,
 * Kommentar, and its cells in the user's own columns (`extra`) when the table has any.
 */
export function readKeptRow<K extends string>(
  at: CellByKey<K | 'code' | 'status' | 'comment'>,
  row: number,
  codeOf: (text: string) => string,
  keys: readonly K[],
  key: (code: string, text: (k: K) => string) => string,
  extra?: (row: number) => ExtraCells,
): KeptRow<K> {
  const code = codeOf(cellText(at(row, 'code')));
  const cells: Partial<Record<K, CellInput>> = {};
  for (const k of keys) cells[k] = asInput(at(row, k));
  return {
    key: key(code, (k) => cellText(at(row, k))),
    code,
    cells,
    status: at(row, 'status'),
    comment: at(row, 'comment'),
    ...(extra ? { extra: extra(row) } : {}),
  };
}

/**
 * The item key of each body row of `t` by sheet row ('' for a row without Kode): the key a run carries the row by
 * (readKeptRow), in any language its Kode labels were written in (`codeOf`). Empty when there is no table.
 */
export function keptRowKeys<K extends string>(
  t: LocatedTable | null,
  columns: readonly { readonly key: string; readonly header: string }[],
  codeOf: (text: string) => string,
  keys: readonly K[],
  key: (code: string, text: (k: K) => string) => string,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!t) return out;
  const at = cellsByKey<string>(t, columns);
  for (const row of bodyRows(t))
    out.set(row, cellText(at(row, 'code')) === '' ? '' : readKeptRow(at, row, codeOf, keys, key).key);
  return out;
}

/** What tells one economy plan line from another with the same key: its Økonomiplan amount and its cell. */
export interface LineMark {
  /** The Økonomiplan amount as written (in the table's unit), null when there is none. */
  readonly economyPlan: number | null;
  /** The Celle økonomiplan as shown ('' when there is none). */
  readonly cell: string;
}

/** A row's LineMark from its Økonomiplan and Celle økonomiplan cells as read back. */
export const rowMark = (row: { readonly economyPlan?: CellValue; readonly cellEconomyPlan?: CellValue }): LineMark => ({
  economyPlan: typeof row.economyPlan === 'number' ? row.economyPlan : null,
  cell: cellText(row.cellEconomyPlan ?? null).trim(),
});

/** The text a cell the product writes shows: a link's shown text, a value as cellText reads it back. */
export const inputText = (input: CellInput): string =>
  input !== null && typeof input === 'object' ? cellText(input.value ?? null) : cellText(input);

const sameAmount = (a: LineMark, b: LineMark): boolean => a.economyPlan !== null && a.economyPlan === b.economyPlan;
const sameCell = (a: LineMark, b: LineMark): boolean => a.cell !== '' && a.cell === b.cell;

/** The passes rows sharing a key are matched by, before what is left goes by order: the line's amount and cell. */
const PASSES: readonly ((a: LineMark, b: LineMark) => boolean)[] = [
  (a, b) => sameAmount(a, b) && sameCell(a, b),
  sameAmount,
  sameCell,
];

/**
 * Which old row each item of a run takes (by the item's index), and which were taken. An item takes a row with
 * its key; items sharing a key (two economy plan lines alike in Kode, Ref, År) each take the row written for their
 * own line: first one with the same Økonomiplan amount and cell, then the same amount (finance sorted the lines),
 * then the same cell (the line's amount changed); those left take the rows left in order, the nth item the nth
 * row, as before (docs/spec.md §10). A row keeps its Status and Kommentar with its line, never the other's.
 */
export function takeRows<R extends KeptRow>(
  items: readonly { readonly key: string; readonly mark: LineMark }[],
  kept: ReadonlyMap<string, R>,
  markOf: (row: R) => LineMark,
): { rowOf: (index: number) => R | undefined; taken: ReadonlySet<string> } {
  const rowsByKey = new Map<string, { unique: string; row: R; mark: LineMark }[]>();
  for (const [unique, row] of kept) {
    const group = rowsByKey.get(row.key);
    const entry = { unique, row, mark: markOf(row) };
    if (group) group.push(entry);
    else rowsByKey.set(row.key, [entry]);
  }
  const itemsByKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    const group = itemsByKey.get(item.key);
    if (group) group.push(i);
    else itemsByKey.set(item.key, [i]);
  });
  const taken = new Set<string>();
  const byIndex = new Map<number, R>();
  for (const [key, indices] of itemsByKey) {
    const rows = rowsByKey.get(key) ?? [];
    const left = new Set(rows);
    const take = (i: number, r: (typeof rows)[number]) => {
      byIndex.set(i, r.row);
      taken.add(r.unique);
      left.delete(r);
    };
    // One item and one row: the row is its, whatever changed (as it always was).
    const passes = indices.length > 1 || rows.length > 1 ? PASSES : [];
    for (const same of passes)
      for (const i of indices) {
        if (byIndex.has(i)) continue;
        const mark = items[i]?.mark;
        const r = mark && [...left].find((x) => same(mark, x.mark));
        if (r) take(i, r);
      }
    for (const i of indices) {
      if (byIndex.has(i)) continue;
      const r = left.values().next();
      if (!r.done) take(i, r.value);
    }
  }
  return { rowOf: (i) => byIndex.get(i), taken };
}

/**
 * Whether a row holds something of the user's: a Kommentar, a Status other than the default «Åpen», a cell she typed
 * in the product's columns of a row it did not write (KeptRow.typed), or a cell in a column of her own — never her calculated column's result (the same formula on every row: a vanished item's
 * row holding only that goes), and on a row without Kode only a cell she typed there (a calculated column fills a
 * blank row Excel grew the table by: that row holds nothing of hers and goes).
 */
export function holdsUserInput(row: UserColumns & Pick<KeptRow, 'code' | 'extra' | 'typed'>): boolean {
  const status = cellText(row.status).trim();
  return (
    cellText(row.comment).trim() !== '' ||
    Object.keys(row.typed ?? {}).length > 0 ||
    (status !== '' && status !== RECONCILIATION_STATUSES[0]) ||
    holdsExtra(row.extra, row.code.trim() === '')
  );
}

/** The old rows no item of this run took that hold something of the user's, in sheet order (see keptRows). */
export function unclaimedRows<R extends KeptRow>(kept: ReadonlyMap<string, R>, taken: ReadonlySet<string>): R[] {
  return [...kept].filter(([unique, row]) => !taken.has(unique) && holdsUserInput(row)).map(([, row]) => row);
}

/** How the rows no item took are written: the table's columns, a Kode's label, the Forklaring of why. */
export interface KeptRowsText<R = KeptRow> {
  /** The Kode cell of a code read back: its label in the user's language when it is a code, else as typed. */
  readonly label: (code: string) => CellInput;
  /** The Forklaring, given the headers of the key's columns (Kode, Ref, År …) and the row. */
  readonly kept: (reason: KeptReason, keys: readonly string[], row: R) => string;
  /** A sentence after it about the row itself (the Avvik its «Akseptert» was given at), if any. */
  readonly note?: (row: R) => string | null;
  /**
   * The Klasse cell of the row (the class its «Akseptert» was given as: statusReview.ts keptClass), so that its item,
   * back, is compared with that class as well as with the Avvik the note names.
   */
  readonly class?: (row: R) => CellInput;
  /**
   * Whether the row's item may only wait, for a table's year headers or the economy plan's figures of its year
   * (sheets/reconciliationWaiting.ts), or is compared elsewhere in a consolidation (reconciliationElsewhere.ts): then
   * it is not told its item is gone and the row may be deleted, but why.
   */
  readonly waiting?: (row: R) => Exclude<KeptReason, 'vanished' | 'duplicate' | 'noCode'> | undefined;
  /**
   * Cells of the product's columns the row keeps besides its key, by column key: a row a consolidation wrote keeps its
   * «Celle økonomiplan», which says so (reconciliationElsewhere.ts fromConsolidation).
   */
  readonly carry?: (row: R, reason: KeptReason) => Partial<Record<string, CellInput>>;
}

/**
 * The rows of the old table that no item of this run took (SPEC §10, docs/spec.md): those holding the user's
 * Status, Kommentar or cells of her own columns are written again below the items, key cells as the user left them,
 * the Klasse (when `texts.class` gives it) but no amounts, her columns' cells after the product's, and a Forklaring
 * saying why — never dropped silently; on a row the product did not write, what she typed in its columns (KeptRow.typed,
 * amounts too) as typed. A row whose key an item has is a duplicate (the first row with a key gets the
 * item, the next row with it the next such item, in sheet order); otherwise the item is gone. A
 * row left «Åpen» without Kommentar or a cell of her own holds nothing of the user's and goes.
 */
export function keptRows<K extends string, R extends KeptRow<K> = KeptRow<K>>(
  columns: readonly { readonly key: string; readonly header: string }[],
  keyColumns: readonly K[],
  kept: ReadonlyMap<string, R>,
  taken: ReadonlySet<string>,
  itemKeys: ReadonlySet<string>,
  texts: KeptRowsText<R>,
): CellInput[][] {
  const keys = ['code', ...keyColumns].map((k) => columns.find((c) => c.key === k)?.header ?? k);
  const out: CellInput[][] = [];
  for (const row of unclaimedRows(kept, taken)) {
    const reason: KeptReason =
      row.code === '' ? 'noCode' : itemKeys.has(row.key) ? 'duplicate' : (texts.waiting?.(row) ?? 'vanished');
    const why = texts.kept(reason, keys, row);
    const note = texts.note?.(row) ?? null;
    const typed = row.typed ?? {};
    const values: Partial<Record<string, CellInput>> = {
      ...typed,
      ...texts.carry?.(row, reason),
      ...row.cells,
      code: row.code === '' ? null : texts.label(row.code),
      // Her own Forklaring on a row she typed stays hers: the product's «why» goes in only where she wrote none.
      explanation: typed.explanation ?? (note === null ? why : `${why} ${note}`),
      ...(texts.class ? { class: texts.class(row) ?? typed.class ?? null } : {}),
      ...keptUserColumns(row),
    };
    out.push([...columns.map((c) => values[c.key] ?? null), ...(row.extra?.values ?? [])]);
  }
  return out;
}
