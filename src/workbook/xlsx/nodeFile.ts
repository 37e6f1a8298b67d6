/**
 * Node-only file helpers of the .xlsx adapter: open a file (a workbook that cannot be read is an
 * UnreadableWorkbookError, a file the system will not give us a FileSystemError) and save one whole or not
 * at all (safeWrite.ts: temporary file, fsync, then the name), or stage it for a save of several, all or none
 * (writeAll.ts). Saved back over the file it was read from, a workbook first makes sure that file is still the
 * one it read (and again just before the name is taken): a version saved meanwhile (in Excel, by another run) is
 * never replaced by one made from the older content.
 */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { FileSystemError, stageWrite, toFileSystemError, type StagedWrite, type WriteMode } from '../safeWrite';
import { UnreadableWorkbookError, XlsxWorkbook } from './index';

/**
 * Open an .xlsx file. Throws UnreadableWorkbookError (missing, a folder, not a zip, not xlsx, encrypted …)
 * or FileSystemError (no permission to read, an I/O error).
 */
export async function openXlsxFile(file: string, shown = file): Promise<XlsxWorkbook> {
  let data: Buffer;
  let stat: Stats;
  try {
    stat = await fs.stat(file);
    if (!stat.isFile()) throw new UnreadableWorkbookError('not-a-file', 'not a file');
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableWorkbookError('missing', 'no such file');
    if (code === 'EISDIR') throw new UnreadableWorkbookError('not-a-file', 'not a file');
    throw toFileSystemError(e, shown);
  }
  const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  readFrom.set(wb, { file: path.resolve(file), ...stamp(stat) });
  return wb;
}

/** What identifies the version of a file that was read: the file itself, its size and its last change. */
const stamp = (st: Stats) => ({ dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs });

/** The file each opened workbook was read from, as it was then. */
const readFrom = new WeakMap<XlsxWorkbook, ReturnType<typeof stamp> & { readonly file: string }>();

/** Throws FileSystemError('changed') when `file` is the one `wb` was read from and has changed since. */
async function assertUnchanged(wb: XlsxWorkbook, file: string, shown: string): Promise<void> {
  const read = readFrom.get(wb);
  if (!read || read.file !== path.resolve(file)) return;
  const now = await fs.stat(file).catch(() => null);
  if (!now) return; // gone: writing it again loses nothing, and safeWrite says why it cannot
  const then = { dev: read.dev, ino: read.ino, size: read.size, mtimeMs: read.mtimeMs };
  if (JSON.stringify(stamp(now)) !== JSON.stringify(then)) throw new FileSystemError('changed', shown);
}

/**
 * Stages a workbook's save (safeWrite.ts stageWrite): its bytes flushed beside `file`, the name not yet taken. Its
 * recheck also makes sure again that the file it was read from is unchanged; its commit remembers what is on disk
 * (and its undo, what is on disk again).
 */
export async function stageXlsxFile(
  wb: XlsxWorkbook,
  file: string,
  mode: WriteMode = 'new',
  shown = file,
): Promise<StagedWrite> {
  const data = await wb.toBuffer();
  if (mode !== 'new') await assertUnchanged(wb, file, shown);
  const staged = await stageWrite(file, data, mode, shown);
  return {
    ...staged,
    recheck: async () => {
      if (mode !== 'new') await assertUnchanged(wb, file, shown);
      await staged.recheck();
    },
    commit: async (undoable) => {
      const before = readFrom.get(wb);
      const done = await staged.commit(undoable);
      // What is on disk now is this workbook: a later save over the same file compares with it.
      const now = await fs.stat(file).catch(() => null);
      if (now) readFrom.set(wb, { file: path.resolve(file), ...stamp(now) });
      const undo = async () => {
        const undone = await done.undo();
        if (undone && before) readFrom.set(wb, before); // on disk again: the version it was read from
        return undone;
      };
      return { ...done, undo };
    },
  };
}

/** Save a workbook whole or not at all; by default only as a new file (see safeWrite.ts for the modes). */
export async function saveXlsxFile(
  wb: XlsxWorkbook,
  file: string,
  mode: WriteMode = 'new',
  shown = file,
): Promise<void> {
  await (await stageXlsxFile(wb, file, mode, shown)).commit();
}
