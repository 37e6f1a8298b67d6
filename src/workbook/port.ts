/**
 * The workbook port: the one interface every workbook source implements (Office.js for the open workbook,
 * the package adapter for .xlsx files). The domain never sees an adapter; it sees snapshots and returns
 * planned edits.
 */
import type { Edit, ReadScope, WorkbookSnapshot } from '../domain';

export interface ReadOptions {
  /**
   * What the caller needs (e.g. CHECK_SCOPE): a source may then skip the rest. Sheets not needed are still
   * listed, with no cells. Absent: every sheet.
   */
  readonly scope?: ReadScope;
}

export interface WorkbookPort {
  /** Read every sheet's used range (values, formulas, number formats), the tables and the names, in one batch. */
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Apply planned edits in one batch. Never deletes or overwrites a user's cell outside what the edits name. */
  apply(edits: readonly Edit[]): Promise<void>;
  /** Subscribe to edits the user makes (a hint to re-check); returns the unsubscribe function. Optional. */
  onUserChange?(listener: () => void): () => void;
}

/** Errors an adapter reports, as a small union (STYLE.md). */
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
