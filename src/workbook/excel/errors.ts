/**
 * Office.js errors → the port's small error union. Office reports failures as OfficeExtension.Error with a
 * string `code` (Excel.ErrorCodes, OfficeExtension.ErrorCodes); anything else is 'unknown'.
 */
import { WorkbookError, type WorkbookErrorKind } from '../port';

const KIND_BY_CODE: Readonly<Record<string, WorkbookErrorKind>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  ItemNotFound: 'sheet-missing',
  ApiNotFound: 'unsupported-api',
  NotImplemented: 'unsupported-api',
  UnsupportedFeature: 'unsupported-api',
  UnsupportedOperation: 'unsupported-api',
  AccessDenied: 'sheet-protected',
  RangeExceedsLimit: 'payload-too-large',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
};

/** The Office error code of a thrown value, if it carries one. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Wraps anything thrown by an Excel batch into a WorkbookError (kept as is if it already is one). */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeErrorCode(error);
  const kind = (code && KIND_BY_CODE[code]) || 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return new WorkbookError(kind, code ? `${code}: ${message}` : message, code ?? undefined);
}
