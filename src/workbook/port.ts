/**
 * The workbook port: the one interface every workbook source implements (Office.js for the open workbook,
 * the package adapter for .xlsx files). The domain never sees an adapter; it sees snapshots and returns
 * planned edits.
 */
import type { Edit, ReadScope, WorkbookSnapshot } from '../domain';

export type { ReadScope };

export interface WorkbookPort {
  /**
   * Read what `scope` needs (domain model/readScope.ts) as a snapshot: the Excel adapter reads 'check' by
   * default, the file adapter the whole workbook.
   */
  read(scope?: ReadScope): Promise<WorkbookSnapshot>;
  /** Apply planned edits. Never deletes or overwrites a user's cell outside what the edits name. */
  apply(edits: readonly Edit[]): Promise<void>;
  /**
   * The tables whose hidden rows (by hand or by their filter) the last apply() showed, the filter cleared, before it
   * made them again (deleteOwnedTable: Avstemming written anew, SPEC §10), for the user to be told. Optional.
   */
  rowsShown?(): readonly RowsShown[];
  /** Whether apply() can insert cells, moving the ones below down (insertCells): Excel can, a file cannot. */
  readonly canInsertCells?: boolean;
  /**
   * Subscribe to edits the user makes (a hint to re-check); returns the unsubscribe function. `onFailure` is
   * called when the subscription could not be made (then changes are not noticed). Optional.
   */
  onUserChange?(listener: () => void, onFailure?: (error: WorkbookError) => void): () => void;
}

/**
 * A table whose rows a write showed before it went (a table the product makes again): `filtered` when a filter
 * was set on it (criteria on a column), else she had hidden rows of it by hand.
 */
export interface RowsShown {
  readonly sheet: string;
  readonly table: string;
  readonly filtered: boolean;
  /**
   * Only the one row of a new measure was shown (showRows: her filter, or she, hid it); the table's filter stays.
   */
  readonly row?: number;
  /** That row is still hidden: a protected sheet that does not allow formatting rows (Excel refuses to show it). */
  readonly kept?: true;
  /** Her sort of the table (by Avvik, say) went with it: the items are written in the product's order (review r41). */
  readonly sorted?: true;
  /** No row was hidden nor filtered: the table is named for its undone sort only. */
  readonly noneHidden?: true;
}

/**
 * Errors an adapter reports, as a small union (STYLE.md); the task pane words each for the user:
 * - cell-edit-mode: the user is typing in a cell (Excel refuses every call until they finish);
 * - payload-too-large: a request or a response over what the host accepts;
 * - unsupported-api: this Excel lacks an API the operation needs;
 * - resize-unsupported: this Excel cannot grow a table from an add-in (ExcelApi 1.13 is missing);
 * - sheet-protected: the sheet is protected, so Excel refuses the write;
 * - sheet-missing: a sheet or table the operation names is gone;
 * - unreadable: a file that is not a workbook we can read;
 * - strict-format: a Strict Open XML workbook, which the file adapter reads but never writes;
 * - backslash-names: a package whose part names have backslashes, which the file adapter reads but never writes;
 * - header-row-off: a table whose header row the user turned off, which neither adapter resizes;
 * - unknown: anything else.
 */
export type WorkbookErrorKind =
  | 'sheet-missing'
  | 'cell-edit-mode'
  | 'payload-too-large'
  | 'unsupported-api'
  | 'resize-unsupported'
  | 'sheet-protected'
  | 'unreadable'
  | 'strict-format'
  | 'backslash-names'
  | 'header-row-off'
  | 'unknown';

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
    /** The host's own error code (Office's ErrorCodes), for support; never shown as the message. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/**
 * What a write would do that the workbook's protection forbids (the file adapter judges it before anything is
 * written): `added`, the sheets it would add to a workbook whose structure is locked (Beskytt arbeidsbok);
 * `protected`, the protected sheets (Beskytt ark) it would write into (beyond their unlocked cells).
 */
export interface ProtectionConflict {
  readonly added: readonly string[];
  readonly protected: readonly string[];
  /**
   * For a protected sheet whose unlocked cells the write would otherwise have gone into (SPEC §11): the first
   * locked cell in the way, by sheet. Absent when no such sheet.
   */
  readonly locked?: readonly { readonly sheet: string; readonly cell: string }[];
  /**
   * For a protected sheet refused because the write would grow a table there or make one (a measure added below
   * the table, a repair, the reconciliation sheet, a roll): the first such table, by sheet. Excel changes no table
   * on a protected sheet, whatever the protection allows. Absent when no such sheet.
   */
  readonly tables?: readonly ProtectedTable[];
}

/** A table a write would grow (to `range`) or make (over `range`) on the protected sheet `sheet`. */
export interface ProtectedTable {
  readonly sheet: string;
  readonly table: string;
  readonly range: string;
  readonly change: 'grow' | 'make';
}

/** A write refused because the workbook or a sheet it writes is protected: nothing was written. */
export class WorkbookProtectedError extends WorkbookError {
  constructor(readonly conflict: ProtectionConflict) {
    const what = [...conflict.added.map((s) => `add ${s}`), ...conflict.protected.map((s) => `write ${s}`)];
    super('sheet-protected', `protected workbook: would ${what.join(', ')}`);
    this.name = 'WorkbookProtectedError';
  }
}

/**
 * Excel refused to select `cell` on the protected sheet `sheet` (the pane's go to the cell, a batch of views alone,
 * which writes nothing): its protection does not let that cell be selected.
 */
export class SelectRefusedError extends WorkbookError {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    code?: string,
  ) {
    super('sheet-protected', `${sheet}!${cell} cannot be selected: the sheet is protected`, code);
    this.name = 'SelectRefusedError';
  }
}

/**
 * A sheet or table a write names that the workbook no longer holds (renamed or deleted since the check the write
 * was planned on), found before anything is written: `sheet` or `table` names it.
 */
export class TargetGoneError extends WorkbookError {
  constructor(readonly target: { readonly sheet: string } | { readonly table: string }) {
    const what = 'sheet' in target ? `Sheet "${target.sheet}"` : `Table "${target.table}"`;
    super('sheet-missing', `${what} does not exist.`);
    this.name = 'TargetGoneError';
  }
}
