/**
 * Errors in the user's words: anything an operation throws becomes one of the pane's messages (one per
 * WorkbookError kind, nb/nn/en in the task pane catalogue). A raw error text never reaches the pane; the host's
 * error code, when there is one, is shown in brackets for whoever helps the user.
 */
import type { Lang } from '../domain';
import { tp, type TaskpaneKey } from '../i18n/taskpane';
import { WorkbookError, type WorkbookErrorKind } from '../workbook/port';

export interface PaneError {
  readonly key: TaskpaneKey;
  /** Office's error code (e.g. GeneralException), or '' when there is none. */
  readonly code: string;
}

const KEY_BY_KIND: Readonly<Record<WorkbookErrorKind, TaskpaneKey>> = {
  'cell-edit-mode': 'errorCellEditMode',
  'payload-too-large': 'errorPayloadTooLarge',
  'unsupported-api': 'errorUnsupportedApi',
  'resize-unsupported': 'errorResizeUnsupported',
  'sheet-protected': 'errorSheetProtected',
  'sheet-missing': 'errorSheetMissing',
  unreadable: 'errorUnreadable',
  unknown: 'errorUnknown',
};

/** What to tell the user about anything thrown by a port or by the pane's own work. */
export function toPaneError(error: unknown): PaneError {
  if (error instanceof WorkbookError) return { key: KEY_BY_KIND[error.kind], code: error.code ?? '' };
  return { key: 'errorUnknown', code: '' };
}

/** The message of a pane error in `lang`. */
export function paneErrorText(lang: Lang, error: PaneError): string {
  return tp(lang, error.key, { code: error.code ? ` (${error.code})` : '' });
}
