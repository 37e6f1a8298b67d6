/**
 * The workbook port: the one interface every workbook source implements (Office.js for the open workbook,
 * exceljs for .xlsx files). The domain never sees an adapter; it sees snapshots and returns planned edits.
 */
import type { Edit, WorkbookSnapshot } from '../domain';

export interface WorkbookPort {
  /** Read every sheet's used range (values, formulas, number formats), the tables and the names, in one batch. */
  read(): Promise<WorkbookSnapshot>;
  /** Apply planned edits in one batch. Never deletes or overwrites a user's cell outside what the edits name. */
  apply(edits: readonly Edit[]): Promise<void>;
  /** Whether apply() can insert cells, moving the ones below down (insertCells): Excel can, a file cannot. */
  readonly canInsertCells?: boolean;
  /** Subscribe to edits the user makes (a hint to re-check); returns the unsubscribe function. Optional. */
  onUserChange?(listener: () => void): () => void;
}

/** Errors an adapter reports, as a small union (docs/style.md, Errors). */
export type WorkbookErrorKind = 'sheet-missing' | 'cell-edit-mode' | 'unsupported-api' | 'unreadable' | 'unknown';

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
