/**
 * Node-only file helpers of the .xlsx adapter: open a file (every failure a one-line UnreadableWorkbookError)
 * and save atomically (a temporary file in the same folder, then rename: never a partial file).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UnreadableWorkbookError, XlsxWorkbook } from './index';

/** Open an .xlsx file. Throws UnreadableWorkbookError (missing, a folder, not a zip, not xlsx, encrypted …). */
export async function openXlsxFile(file: string): Promise<XlsxWorkbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UnreadableWorkbookError('not-a-file', 'not a file');
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableWorkbookError(
      code === 'ENOENT' ? 'missing' : 'not-a-file',
      code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`,
    );
  }
  return XlsxWorkbook.fromBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

/** Write bytes to `file` through a temporary sibling and a rename, so that a reader never sees half a file. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** Save a workbook as .xlsx atomically. */
export async function saveXlsxFile(wb: XlsxWorkbook, file: string): Promise<void> {
  await writeFileAtomic(file, await wb.toBuffer());
}
