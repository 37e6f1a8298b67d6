/**
 * An item table read back before a run writes it anew (Avstemming's tblAvstemming, Avstemming planer's table): per
 * item key, in sheet order, what the user left on each row — Status, Kommentar, her own columns, and on a row
 * without Kode what she typed in the product's other columns — with the Klasse, Avvik, Forklaring and cells her
 * Status was given at. The two tables differ only in their columns and key (Avstemming planer's holds Plan).
 */
import { bodyRows, type LocatedTable } from '../read/locateTable';
import { cellText } from '../read/sheetCells';
import type { CellValue } from '../model/snapshot';
import { holdsUserInput, readKeptRow, type KeptRow } from './reconciliationKept';
import { readExtraCells, type ExtraColumns } from './reconciliationExtra';
import { typedOnRow, type WrittenText } from './reconciliationTyped';
import { commentFormatOf } from './typedColumns';
import type { StatusCells } from './statusReview';
import { cellsByKey, occurrenceKeys, type CellByKey } from './tableCells';

/** A row read back: what is kept, and its Klasse, Avvik and Forklaring, which tell what a kept Status was given to. */
export type KeptItem<K extends string> = KeptRow<K> &
  Omit<StatusCells, 'status'> & { readonly cellEconomyPlan: CellValue };

export interface KeptItemTable<K extends string> {
  /** The table's product columns (key and header). */
  readonly columns: readonly { readonly key: string; readonly header: string }[];
  /** The key cells of a row besides Kode, written back as typed when no item takes the row. */
  readonly keyColumns: readonly K[];
  /** The item key of a row from its code and key cells. */
  readonly key: (code: string, text: (k: K) => string) => string;
  /** The code a Kode cell's label stands for, in any language it was written in. */
  readonly codeOf: (text: string) => string;
  readonly extra: ExtraColumns;
  /** With it, what she typed on a row without Kode, in these columns, is read too (reconciliationTyped.ts). */
  readonly typed?: { readonly texts: WrittenText; readonly columns: readonly string[] };
}

/** The rows of `t` per item key (rows sharing one told apart by occurrence: occurrenceKeys), as the user left them. */
export function readKeptItems<K extends string>(t: LocatedTable, table: KeptItemTable<K>): Map<string, KeptItem<K>> {
  const { columns, keyColumns, key, codeOf, extra, typed } = table;
  const out = new Map<string, KeptItem<K>>();
  const extraOf = extra.cols.length > 0 ? (row: number) => readExtraCells(t, extra, row) : undefined;
  // A column the table lacks reads as null (cellsByKey), so the one accessor serves every key of both tables.
  const at: CellByKey<string> = cellsByKey(t, columns);
  const unique = occurrenceKeys();
  const keys = ['code', ...keyColumns].map((k) => columns.find((c) => c.key === k)?.header ?? k);
  // Kommentar's number format goes with it: her date «15.3» is a number shown as a date (tableCells.ts keptCommentFormat).
  const formatOf = commentFormatOf(t, columns);
  for (const row of bodyRows(t)) {
    const plain = { ...readKeptRow(at, row, codeOf, keyColumns, key, extraOf), commentFormat: formatOf(row) };
    // A row without Kode has no item, but what she typed on it (a row Excel grew the table by) is kept all the same.
    const noCode = cellText(at(row, 'code')) === '';
    const notes = noCode && typed ? typedOnRow(at, row, typed.texts, keys, typed.columns) : undefined;
    const read = notes && Object.keys(notes).length > 0 ? { ...plain, typed: notes } : plain;
    if (noCode && !holdsUserInput(read)) continue;
    out.set(unique(read.key), {
      ...read,
      class: at(row, 'class'),
      difference: at(row, 'difference'),
      measures: at(row, 'measures'),
      economyPlan: at(row, 'economyPlan'),
      explanation: at(row, 'explanation'),
      cellEconomyPlan: at(row, 'cellEconomyPlan'),
    });
  }
  return out;
}
