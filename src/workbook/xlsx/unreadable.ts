/**
 * Why a file could not be opened as a workbook, as a code the CLI and the task pane translate, told apart
 * by the file's first bytes: nothing at all, a zip without a workbook part, an OpenDocument spreadsheet (a
 * zip too), an OLE2 container (old .xls, or an .xlsx encrypted with a password), or anything else.
 */
import { WorkbookError } from '../port';

export type UnreadableReason =
  | 'missing'
  | 'not-a-file'
  | 'empty'
  | 'not-zip'
  | 'not-xlsx'
  /** A Word document or a PowerPoint presentation (a zip package too): the wrong file. */
  | 'office-document'
  /** An OpenDocument spreadsheet (.ods, LibreOffice's own format): it is to be saved as .xlsx. */
  | 'opendocument'
  | 'encrypted'
  | 'old-xls'
  /** An Excel binary workbook (.xlsb: a zip too, its parts in binary records, `xl/workbook.bin`): save it as .xlsx. */
  | 'xlsb'
  | 'corrupt'
  /** Saved by a beta of Excel 2007, in namespaces (and element names) from before the standard. */
  | 'beta-format'
  /** A part that inflates past the limits (a zip bomb, or a workbook beyond any plan's size). */
  | 'too-large'
  /** More cells than a read takes (limits.ts). */
  | 'too-many-cells'
  /** XML the product does not parse: a DOCTYPE (entity declarations). */
  | 'not-allowed';

export class UnreadableWorkbookError extends WorkbookError {
  constructor(
    readonly reason: UnreadableReason,
    detail: string,
    /** The sheet where reading stopped, when one did (too-many-cells, a cell outside the sheet). */
    readonly sheet?: string,
    /** The cell that made a sheet damaged, when one did (a cell outside Excel's sheet). */
    readonly cell?: string,
  ) {
    super('unreadable', detail);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => data[i] === b);

/** Whether `name` occurs in the bytes as UTF-16LE, as OLE2 directory entries spell stream names. */
function hasStreamName(data: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * An encrypted OOXML file keeps EncryptionInfo and EncryptedPackage streams inside its OLE2 container;
 * either one is enough to tell it from an old .xls (whose stream is "Workbook").
 */
const isEncrypted = (data: Uint8Array): boolean =>
  hasStreamName(data, 'EncryptionInfo') || hasStreamName(data, 'EncryptedPackage');

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Whether the zip is an OpenDocument spreadsheet: ODF requires its first entry to be `mimetype`, stored
 * uncompressed, so the type stands in plain text right after the first local file header.
 */
function isOpenDocumentSpreadsheet(data: Uint8Array): boolean {
  const u16 = (at: number) => (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
  const [method, nameLength, extraLength] = [u16(8), u16(26), u16(28)];
  const text = (from: number, length: number) => String.fromCharCode(...data.subarray(from, from + length));
  if (method !== 0 || text(30, nameLength) !== 'mimetype') return false;
  // A prefix: a template (.ots, "…spreadsheet-template") is an OpenDocument spreadsheet too.
  return text(30 + nameLength + extraLength, ODS_MIMETYPE.length) === ODS_MIMETYPE;
}

/** The reason bytes that are not a zip cannot be a workbook; null when they start like a zip. */
export function sniffUnreadable(data: Uint8Array): UnreadableWorkbookError | null {
  // A save or a sync that failed leaves 0 bytes: say so rather than "not a zip".
  if (data.length === 0) return new UnreadableWorkbookError('empty', 'the file is empty (0 bytes)');
  if (startsWith(data, ZIP))
    return isOpenDocumentSpreadsheet(data)
      ? new UnreadableWorkbookError('opendocument', 'an OpenDocument spreadsheet (.ods; save it as .xlsx)')
      : null;
  if (startsWith(data, OLE2)) {
    return isEncrypted(data)
      ? new UnreadableWorkbookError('encrypted', 'the workbook is protected with a password')
      : new UnreadableWorkbookError('old-xls', 'an old .xls workbook (save it as .xlsx)');
  }
  return new UnreadableWorkbookError('not-zip', 'not an .xlsx file (not a zip package)');
}
