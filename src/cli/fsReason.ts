/**
 * The system's reason a file could not be read or written (src/workbook/safeWrite.ts: missing, in use, open in
 * Excel, no permission…), in the user's language: shared by the reads and the writes of every command.
 */
import type { Lang } from '../domain';
import { fileText } from '../i18n/cliFiles';
import type { FileSystemError } from '../workbook/safeWrite';
import { lockProgram } from '../workbook/ownerFile';

/** The system's reason in the user's language. */
export const fsReason = (e: FileSystemError, lang: Lang): string =>
  fileText(`fs.${e.reason}`, lang, {
    code: e.code ?? '',
    lock: e.lock ?? '',
    program: e.lock === undefined ? '' : lockProgram(e.lock),
  });
