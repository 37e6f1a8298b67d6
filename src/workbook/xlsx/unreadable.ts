/**
 * Why a file could not be opened as a workbook, as a code the CLI and the task pane translate, told apart
 * by the file's first bytes: a zip without a workbook part, an OLE2 container (old .xls, or an .xlsx
 * encrypted with a password), or anything else.
 */
import { WorkbookError } from '../port';

export type UnreadableReason = 'missing' | 'not-a-file' | 'not-zip' | 'not-xlsx' | 'encrypted' | 'old-xls' | 'corrupt';

export class UnreadableWorkbookError extends WorkbookError {
  constructor(
    readonly reason: UnreadableReason,
    detail: string,
  ) {
    super('unreadable', detail);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => data[i] === b);

/** "EncryptedPackage" as UTF-16LE: the stream an encrypted OOXML file keeps inside its OLE2 container. */
function hasEncryptedPackage(data: Uint8Array): boolean {
  const needle = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The reason bytes that are not a zip cannot be a workbook; null when they start like a zip. */
export function sniffUnreadable(data: Uint8Array): UnreadableWorkbookError | null {
  if (startsWith(data, ZIP)) return null;
  if (startsWith(data, OLE2)) {
    return hasEncryptedPackage(data)
      ? new UnreadableWorkbookError('encrypted', 'the workbook is protected with a password')
      : new UnreadableWorkbookError('old-xls', 'an old .xls workbook (save it as .xlsx)');
  }
  return new UnreadableWorkbookError('not-zip', 'not an .xlsx file (not a zip package)');
}
