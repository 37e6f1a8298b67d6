/**
 * The rows of the old Avstemming that a new run writes again though no item took them (SPEC §10, docs/spec.md):
 * what is read of each row, and the rows written below the items so that the user's Status and Kommentar are
 * never dropped silently.
 */
import type { CellInput } from '../model/edits';
import { RECONCILIATION_CODES, RECONCILIATION_COLUMNS, RECONCILIATION_STATUSES } from '../model/reconciliation';
import { cellText } from '../read/sheetCells';
import { keptUserColumns, type UserColumns } from './tableCells';
import type { ReconciliationCode } from '../model/reconciliation';
import type { ReconciliationSheetText } from '../model/sheetText';
import type { CellValue } from '../model/snapshot';

type ColumnKey = (typeof RECONCILIATION_COLUMNS)[number]['key'];

/** A row of the existing Avstemming as the user left it: its key cells as typed, Status and Kommentar. */
export interface KeptRow extends UserColumns {
  /** The row's key without its occurrence: the item key it was written for. */
  readonly key: string;
  readonly code: string;
  readonly ref: CellInput;
  readonly year: CellInput;
  readonly source: CellInput;
}

/** A key cell as it is written back: a text or number as typed, anything else by its text. */
export const asInput = (v: CellValue): CellInput =>
  typeof v === 'string' || typeof v === 'number' ? v : cellText(v) === '' ? null : cellText(v);

/** Whether a row holds something of the user's: a Kommentar, or a Status other than the default «Åpen». */
function holdsUserInput(row: UserColumns): boolean {
  const status = cellText(row.status).trim();
  return cellText(row.comment).trim() !== '' || (status !== '' && status !== RECONCILIATION_STATUSES[0]);
}

/**
 * The rows of the old Avstemming that no item of this run took (SPEC §10, docs/spec.md): those holding the
 * user's Status or Kommentar are written again below the items, key cells as the user left them, no amounts,
 * and a Forklaring saying why — never dropped silently. A row whose key an item has is a duplicate (the first
 * row with a key gets the item, the next row with it the next such item, in sheet order); otherwise the item
 * is gone. A row left «Åpen» without Kommentar holds nothing of the user's and goes.
 */
export function keptRows(
  kept: ReadonlyMap<string, KeptRow>,
  taken: ReadonlySet<string>,
  itemKeys: ReadonlySet<string>,
  texts: ReconciliationSheetText,
): CellInput[][] {
  const out: CellInput[][] = [];
  for (const [unique, row] of kept) {
    if (taken.has(unique) || !holdsUserInput(row)) continue;
    const known = (RECONCILIATION_CODES as readonly string[]).includes(row.code);
    const values: Partial<Record<ColumnKey, CellInput>> = {
      code: known ? texts.code(row.code as ReconciliationCode) : row.code,
      ref: row.ref,
      year: row.year,
      source: row.source,
      explanation: texts.kept(itemKeys.has(row.key) ? 'duplicate' : 'vanished'),
      ...keptUserColumns(row),
    };
    out.push(RECONCILIATION_COLUMNS.map((c) => values[c.key] ?? null));
  }
  return out;
}
