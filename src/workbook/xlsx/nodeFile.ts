/**
 * Node-only file helpers of the .xlsx adapter: open a file (a workbook that cannot be read is an
 * UnreadableWorkbookError, a file the system will not give us a FileSystemError) and save one whole or not
 * at all (safeWrite.ts: temporary file, fsync, then the name).
 */
import { promises as fs } from 'node:fs';
import { toFileSystemError, writeWhole, type WriteMode } from '../safeWrite';
import { UnreadableWorkbookError, XlsxWorkbook } from './index';

/**
 * Open an .xlsx file. Throws UnreadableWorkbookError (missing, a folder, not a zip, not xlsx, encrypted …)
 * or FileSystemError (no permission to read, an I/O error).
 */
export async function openXlsxFile(file: string, shown = file): Promise<XlsxWorkbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UnreadableWorkbookError('not-a-file', 'not a file');
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableWorkbookError('missing', 'no such file');
    if (code === 'EISDIR') throw new UnreadableWorkbookError('not-a-file', 'not a file');
    throw toFileSystemError(e, shown);
  }
  return XlsxWorkbook.fromBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

/** Save a workbook whole or not at all; by default only as a new file (see safeWrite.ts for the modes). */
export async function saveXlsxFile(
  wb: XlsxWorkbook,
  file: string,
  mode: WriteMode = 'new',
  shown = file,
): Promise<void> {
  await writeWhole(file, await wb.toBuffer(), mode, shown);
}
