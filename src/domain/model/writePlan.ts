/**
 * What a planner that writes into a user's workbook answers (SPEC §11): the edits, or the user's cells
 * that stand where the product would have to write — then nothing may be written, and the caller says
 * which cells (the file path refuses; the user moves them and runs again).
 */
import type { Edit } from './edits';

/** A cell holding something the product does not own, where a planned write would land. */
export interface UserCell {
  readonly sheet: string;
  /** A1 address, e.g. "R6"; or a range she merged, named whole ("Sammendrag" only: "F18:G18"). */
  readonly cell: string;
  /** The cell stands in a column the user inserted between two of the product's in a table it writes anew. */
  readonly inserted?: InsertedColumn;
  /** The cell is in a range she merged, empty or not, where the product writes: that range, and a cell it writes. */
  readonly merged?: MergedInWay;
  /**
   * Her note beside a row of an older Sammendrag (head without Plannavn) that the new head moves one row down: the
   * cell beside the same row then (her L12 beside «Alle seksjoner» → L13).
   */
  readonly rowMoves?: { readonly to: string };
  /**
   * The cell is in a line typed right under a measure table, outside it, that the check tells as such
   * (row-below-table): the table and that row, for the refusal to give the check's advice (take it into the table).
   */
  readonly rowBelow?: { readonly table: string; readonly row: number };
}

/** A range she merged in the way of a write: the range ("L5:M6") and a cell of it the product writes ("L6"). */
export interface MergedInWay {
  readonly range: string;
  readonly writes: string;
}

/**
 * A column the user inserted between two of the product's columns of a table the product writes anew (tblAvstemming):
 * its letter and header, the table, and the header of the table's last product column, right of which it may stand.
 */
export interface InsertedColumn {
  readonly table: string;
  readonly column: string;
  readonly header: string;
  readonly last: string;
  /**
   * When the column stands where one of the product's columns is missing (its header found nowhere in the table):
   * that column with its header retyped, not one she inserted — the product's header and the header cell ("L1").
   */
  readonly renamed?: { readonly expected: string; readonly cell: string };
}

/**
 * Rows a reconciliation table kept below its items for what she left on rows no item took (SPEC §10: Forklaring «Ikke
 * avstemt i denne kjøringen …»): its sheet and the first and last of them (sheet rows), for the run's words.
 */
export interface KeptBelow {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
}

export type WritePlan =
  | { readonly ok: true; readonly edits: readonly Edit[]; readonly keptBelow?: readonly KeptBelow[] }
  | { readonly ok: false; readonly blocked: readonly UserCell[] };

/** What the workbook being written can do besides writing cells. */
export interface WorkbookTarget {
  /**
   * Whether it can insert cells and move the ones below down (insertCells): Excel can, so a new table row
   * goes in above a user's cell as Excel itself would put it; a file adapter cannot move cells safely.
   */
  readonly canInsertCells: boolean;
}

/** A plan that can be carried out. */
export const writable = (edits: readonly Edit[]): WritePlan => ({ ok: true, edits });

/** A plan that cannot: the user's cells in the way. */
export const blockedBy = (blocked: readonly UserCell[]): WritePlan => ({ ok: false, blocked });

/** Several plans as one: all their edits in order, or every user cell that blocks any of them. */
export function combinePlans(plans: readonly WritePlan[]): WritePlan {
  const blocked = plans.flatMap((p) => (p.ok ? [] : p.blocked));
  if (blocked.length > 0) return blockedBy(blocked);
  const edits = plans.flatMap((p) => (p.ok ? p.edits : []));
  const keptBelow = plans.flatMap((p) => (p.ok ? (p.keptBelow ?? []) : []));
  return keptBelow.length > 0 ? { ok: true, edits, keptBelow } : writable(edits);
}

/** "Sheet!A1", as the product names cells to the user everywhere ("Tiltak drift!H7"). */
export const userCellAddress = (c: UserCell): string => `${c.sheet}!${c.cell}`;
