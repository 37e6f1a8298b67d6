/**
 * Errors in the user's words: anything an operation throws becomes one of the pane's messages (one per
 * WorkbookError kind, nb/nn/en in the task pane catalogue). A raw error text never reaches the pane; the host's
 * error code, when there is one, is shown in brackets for whoever helps the user.
 */
import type { Lang, UserCell } from '../domain';
import { tp, type TaskpaneKey } from '../i18n/taskpane';
import { unreadableText, type Unreadable } from '../i18n/unreadable';
import { blockedText } from '../i18n/userCells';
import { protectionText } from '../i18n/protection';
import { NewWorkbookTooLarge } from './newWorkbook';
import { tableTerm } from '../i18n/glossary';
import {
  SelectRefusedError,
  TargetGoneError,
  WorkbookError,
  WorkbookProtectedError,
  type ProtectionConflict,
  type WorkbookErrorKind,
} from '../workbook/port';

export interface PaneError {
  readonly key: TaskpaneKey;
  /** Office's error code (e.g. GeneralException), or '' when there is none. */
  readonly code: string;
  /** The user's cells that stand where a write would land (SPEC §11): the message names them instead. */
  readonly blocked?: readonly UserCell[];
  /** The measure an edit or move named, which the workbook no longer holds. */
  readonly measureId?: string;
  /** Its row and sheet, when several measures share its ID and the row no longer holds the one picked. */
  readonly row?: number;
  readonly sheet?: string;
  /** The cell a go to the cell named, which the sheet's protection did not let be selected. */
  readonly cell?: string;
  /** A table a write named that is gone (the reader's term in the message). */
  readonly table?: string;
  /** Why the file adapter could not read the workbook (too many cells, and on which sheet), when it said. */
  readonly unreadable?: Unreadable;
  /** What the workbook's protection forbade (the file adapter, before writing): the message names the sheets. */
  readonly protection?: ProtectionConflict;
  /** A write the pane refused on the fresh read before it, in the words of the view that asked for it. */
  readonly refused?: string;
}

/** A write refused before anything was written, because user cells stand where it would land. */
export class BlockedByUserCells extends Error {
  constructor(readonly cells: readonly UserCell[]) {
    super('blocked by user cells');
    this.name = 'BlockedByUserCells';
  }
}

/** A write refused, nothing written, on the workbook as read just before it: `text` says why, in the user's language. */
export class WriteRefused extends Error {
  constructor(readonly text: string) {
    super('write refused');
    this.name = 'WriteRefused';
  }
}

/**
 * An edit or move of a measure that the workbook, read again just before writing, no longer holds; `at` (its
 * sheet and row) when the measure shares its ID with another and its row no longer holds it.
 */
export class MeasureGone extends Error {
  constructor(
    readonly measureId: string,
    readonly at?: { readonly sheet: string; readonly row: number },
  ) {
    super(`measure ${measureId} is gone`);
    this.name = 'MeasureGone';
  }
}

const KEY_BY_KIND: Readonly<Record<WorkbookErrorKind, TaskpaneKey>> = {
  'cell-edit-mode': 'errorCellEditMode',
  'payload-too-large': 'errorPayloadTooLarge',
  'unsupported-api': 'errorUnsupportedApi',
  'resize-unsupported': 'errorResizeUnsupported',
  'sheet-protected': 'errorSheetProtected',
  'sheet-missing': 'errorSheetMissing',
  unreadable: 'errorUnreadable',
  'strict-format': 'errorStrictFormat',
  'backslash-names': 'errorBackslashNames',
  'header-row-off': 'errorHeaderRowOff',
  unknown: 'errorUnknown',
};

/** The file adapter's reason (and sheet and cell) of an unreadable workbook, when `error` carries one. */
export function unreadableOf(error: unknown): Unreadable | undefined {
  if (!(error instanceof WorkbookError) || error.kind !== 'unreadable') return undefined;
  const { reason, sheet, cell } = error as { reason?: unknown; sheet?: unknown; cell?: unknown };
  if (typeof reason !== 'string') return undefined;
  return {
    reason: reason as Unreadable['reason'],
    ...(typeof sheet === 'string' ? { sheet } : {}),
    ...(typeof cell === 'string' ? { cell } : {}),
  };
}

/**
 * Why a workbook cannot be read, as a sentence (the reason in the command line's words, capitalised), then
 * `then`, what to do: one wording for a file that does not open and a read refused later (too many cells).
 */
export function unreadableMessage(lang: Lang, unreadable: Unreadable, then: string): string {
  const reason = unreadableText(unreadable, lang);
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}. ${then}`;
}

/**
 * A chosen file that did not open, named (the reason first when the file adapter gave one): the one-file pane
 * and «Åpne flere planer» word it alike, so among several files the user knows which one.
 */
export function openFailedMessage(lang: Lang, unreadable: Unreadable | undefined, file: string): string {
  const failed = tp(lang, 'openFailed', { file });
  return unreadable ? unreadableMessage(lang, unreadable, failed) : failed;
}

/** What to tell the user about anything thrown by a port or by the pane's own work. */
export function toPaneError(error: unknown): PaneError {
  if (error instanceof BlockedByUserCells) return { key: 'errorUnknown', code: '', blocked: error.cells };
  if (error instanceof WriteRefused) return { key: 'errorUnknown', code: '', refused: error.text };
  if (error instanceof NewWorkbookTooLarge) return { key: 'errorNewWorkbookTooLarge', code: '' };
  if (error instanceof MeasureGone) {
    const { measureId, at } = error;
    return at === undefined
      ? { key: 'errorMeasureGone', code: '', measureId }
      : { key: 'errorMeasureChanged', code: '', measureId, row: at.row, sheet: at.sheet };
  }
  if (error instanceof TargetGoneError) {
    const { target } = error;
    return 'sheet' in target
      ? { key: 'errorSheetGone', code: '', sheet: target.sheet }
      : { key: 'errorTableGone', code: '', table: target.table };
  }
  if (error instanceof SelectRefusedError)
    return { key: 'errorSelectProtected', code: '', sheet: error.sheet, cell: error.cell };
  if (error instanceof WorkbookProtectedError)
    return { key: KEY_BY_KIND[error.kind], code: '', protection: error.conflict };
  if (error instanceof WorkbookError) {
    const unreadable = unreadableOf(error);
    return { key: KEY_BY_KIND[error.kind], code: error.code ?? '', ...(unreadable ? { unreadable } : {}) };
  }
  return { key: 'errorUnknown', code: '' };
}

/** The message of a pane error in `lang`. */
export function paneErrorText(lang: Lang, error: PaneError): string {
  if (error.blocked) return blockedText(error.blocked, lang);
  if (error.refused !== undefined) return error.refused;
  if (error.protection) {
    const { added, locked, tables } = error.protection;
    return protectionText(added, error.protection.protected, lang, locked, tables);
  }
  if (error.unreadable) return unreadableMessage(lang, error.unreadable, tp(lang, error.key));
  const code = error.code ? ` (${error.code})` : '';
  const { measureId, row, sheet, cell } = error;
  const table = error.table === undefined ? '' : tableTerm(error.table, lang);
  return tp(lang, error.key, {
    code,
    id: measureId ?? '',
    row: row ?? '',
    sheet: sheet ?? '',
    cell: cell ?? '',
    table,
  });
}
