/**
 * The old tblAvstemming read back before a run writes the new one (SPEC §10): what the user typed (Status,
 * Kommentar, her own columns, a row the product did not write) per item key, the keys of its rows, the columns whose
 * look stays at its place, and the formula cells a run carries as values. Used by planReconciliation
 * (reconciliation.ts) and by the shells (check, the pane) to tell which rows and cells follow their items.
 */
import { locateTable, bodyRows } from '../read/locateTable';
import { SHEETS, TABLES } from '../model/schema';
import { RECONCILIATION_COLUMNS } from '../model/reconciliation';
import { cellText } from '../read/sheetCells';
import { commentFormatOf } from './typedColumns';
import { cellsByKey, occurrenceKeys } from './tableCells';
import { holdsUserInput, keptKey, keptRowKeys, readKeptRow, type KeptRow } from './reconciliationKept';
import { RECONCILIATION_NOTE_COLUMNS, typedOnRow } from './reconciliationTyped';
import { extraColumns, NO_EXTRA, readExtraCells, type ExtraColumns } from './reconciliationExtra';
import { carriedFormulaValues, lookColumnsOf } from './carriedCells';
import type { StatusCells } from './statusReview';
import type { ReconciliationSheetText } from '../model/sheetText';
import type { CellValue, WorkbookSnapshot } from '../model/snapshot';
import type { FormulaValue } from './userColumns';

/** The key that keeps a user's Status and Kommentar from one run to the next (keptKey: Ref and Finansieringskilde by refKey). */
export function reconciliationKey(code: string, ref: string, year: string, source: string): string {
  return keptKey(code, year, [ref, source]);
}

/** The key cells of a row besides Kode, written back as typed when no item takes the row. */
export const KEY_COLUMNS = ['ref', 'year', 'source'] as const;

/** Where tblAvstemming is looked for: its table name, its sheet, and the product's headers. */
export const reconciliationQuery = () => ({
  table: TABLES.reconciliation,
  sheet: SHEETS.reconciliation,
  headers: RECONCILIATION_COLUMNS.map((c) => ({ header: c.header, aliases: [] })),
});

/** A row read back: what is kept, and its Klasse, Avvik and Forklaring, which tell what a kept Status was given to. */
export type KeptItemRow = KeptRow<(typeof KEY_COLUMNS)[number]> &
  Omit<StatusCells, 'status'> & { readonly cellEconomyPlan?: CellValue };
type Kept = Map<string, KeptItemRow>;

/**
 * Status, Kommentar and the cells of the user's own columns (`extra`) per key (rows sharing one told apart by
 * occurrence: occurrenceKeys), as the user left them on the existing Avstemming sheet, in sheet order. The Kode
 * cell holds a label in the user's language: `codeOf` turns it back into the code (in any language it was written in).
 * With `texts`, what she typed on a row the product did not write (reconciliationTyped.ts) is read too.
 */
export function readUserColumns(
  wb: WorkbookSnapshot,
  codeOf: (text: string) => string = (text) => text,
  texts?: ReconciliationSheetText,
): { rows: Kept; extra: ExtraColumns } {
  const out: Kept = new Map();
  const t = locateTable(wb, reconciliationQuery());
  if (!t) return { rows: out, extra: NO_EXTRA };
  const extra = extraColumns(t, RECONCILIATION_COLUMNS);
  const extraOf = extra.cols.length > 0 ? (row: number) => readExtraCells(t, extra, row) : undefined;
  const value = cellsByKey(t, RECONCILIATION_COLUMNS);
  const unique = occurrenceKeys();
  const keys = ['code', ...KEY_COLUMNS].map((k) => RECONCILIATION_COLUMNS.find((c) => c.key === k)?.header ?? k);
  // Kommentar's number format goes with it: her date «15.3» is a number shown as a date (tableCells.ts keptCommentFormat).
  const formatOf = commentFormatOf(t, RECONCILIATION_COLUMNS);
  for (const row of bodyRows(t)) {
    const plain = { ...readKeptRow(value, row, codeOf, KEY_COLUMNS, keyOfRow, extraOf), commentFormat: formatOf(row) };
    // A row without Kode has no item, but what she typed on it (a row Excel grew the table by) is kept all the same.
    const noCode = cellText(value(row, 'code')) === '';
    const typed = noCode && texts ? typedOnRow(value, row, texts, keys, RECONCILIATION_NOTE_COLUMNS) : undefined;
    const read = typed && Object.keys(typed).length > 0 ? { ...plain, typed } : plain;
    if (noCode && !holdsUserInput(read)) continue;
    out.set(unique(read.key), {
      ...read,
      class: value(row, 'class'),
      difference: value(row, 'difference'),
      measures: value(row, 'measures'),
      economyPlan: value(row, 'economyPlan'),
      explanation: value(row, 'explanation'),
      cellEconomyPlan: value(row, 'cellEconomyPlan'),
    });
  }
  return { rows: out, extra };
}

const keyOfRow = (code: string, text: (k: (typeof KEY_COLUMNS)[number]) => string) =>
  reconciliationKey(code, text('ref'), text('year'), text('source'));

/**
 * The item key of each body row of tblAvstemming by sheet row ('' for a row without Kode): the key its rows are
 * carried by (readUserColumns), in any language its Kode labels were written in (`codeOf`).
 */
export function reconciliationRowKeys(
  wb: WorkbookSnapshot,
  codeOf: (text: string) => string = (text) => text,
): Map<number, string> {
  return keptRowKeys(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS, codeOf, KEY_COLUMNS, keyOfRow);
}

/**
 * The sheet columns (1 = A) of tblAvstemming whose cells keep their fill, font or border at their address while
 * their values follow their item: the user's own columns (her «Saksbehandler» in Q is 17) and Status and Kommentar
 * where they stand at their place (typedColumns.ts), O and P: 15 and 16.
 */
export function reconciliationLookColumns(wb: WorkbookSnapshot): number[] {
  return lookColumnsOf(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS);
}

/**
 * The formula cells of the user's own columns of tblAvstemming, and of Status and Kommentar (the columns she types
 * in), on the table's body rows, which a run carries: each is written as the value it showed, since its row follows
 * its item (reconciliationExtra.ts); the shells name them.
 */
export function reconciliationFormulaValues(wb: WorkbookSnapshot): FormulaValue[] {
  return carriedFormulaValues(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS);
}
