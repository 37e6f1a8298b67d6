/**
 * Writing a file whole or not at all (Node only): the bytes go to a temporary file beside the target, are
 * flushed to disk, and only then take the target's name. What the name points at decides how:
 *
 * - 'new': nothing may be at the name yet, not even a dangling symlink. The temporary file is hard-linked
 *   to the name (which fails if something appeared meanwhile), so a file is never replaced by accident.
 * - 'replace': an existing file gets new content. Through a symlink, its target is replaced (the link stays
 *   a link); the mode (0600 stays 0600) and owner are kept. A read-only file is refused, and so is a file with
 *   several hard links: a rename would split them and leave the other names on the old content, and an
 *   overwrite in place could leave half a workbook behind, so neither promise could be kept.
 * - 'new-or-replace': 'replace' when something is there, else 'new' (reports, the committed example).
 * - Any mode: a name Excel or LibreOffice has open is refused (ownerFile.ts); her next save would undo ours.
 *
 * A write is staged (judged, then the temporary file written and flushed) and then committed (the name taken), so
 * that several files can be staged before any is committed (writeAll.ts: all or none). A commit can be undone
 * while the name still holds the very file written: a new file is removed; a replaced file, committed undoable,
 * was first hard-linked to a hidden backup beside it, which takes its name back (the same file: content, mode,
 * owner, last change).
 *
 * Every failure is a FileSystemError with a small reason the CLI words in the user's language. A write that
 * is killed leaves its temporary file behind; the next write into that folder removes the stale ones of ours
 * (recognised by name, their process gone).
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { ownerFileOf } from './ownerFile';
import { FileSystemError, toFileSystemError } from './fsError';
import { removeStaleTemps, tempNameFor } from './tempFiles';
import { committedWrite, linkBackup, syncFolder, type CommittedWrite } from './undoWrite';

export { FileSystemError, toFileSystemError, type FileSystemReason } from './fsError';
export { removeStaleTemps, tempNameFor } from './tempFiles';
export type { CommittedWrite } from './undoWrite';

export type WriteMode = 'new' | 'replace' | 'new-or-replace';

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Whether anything is at `file` itself (a dangling symlink counts). */
async function occupied(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * Whether a file this process creates in `dir` can be given the owner and group of `st`: root may give any;
 * anyone else keeps their own user and may choose among their groups (a folder with the set-group-id bit
 * gives its own group to new files). Without user ids (Windows) there is nothing to keep.
 */
async function canKeepOwner(st: Stats, dir: string): Promise<boolean> {
  const uid = process.geteuid?.();
  if (uid === undefined || uid === 0) return true;
  if (st.uid !== uid) return false;
  if (st.gid === process.getegid?.() || (process.getgroups?.() ?? []).includes(st.gid)) return true;
  const folder = await fs.stat(dir);
  return (folder.mode & 0o2000) !== 0 && folder.gid === st.gid; // set-group-id
}

/** What replacing an existing file must keep, or why it may not be replaced. */
async function checkReplaceable(real: string, stats: Stats, shown: string): Promise<void> {
  let st = stats;
  if (st.isDirectory()) throw new FileSystemError('is-folder', shown);
  if (!st.isFile()) throw new FileSystemError('not-a-file', shown);
  // No write bit at all is read-only by intent, even for root (whom the permission check lets through).
  if ((st.mode & 0o222) === 0) throw new FileSystemError('read-only', shown);
  try {
    await fs.access(real, constants.W_OK);
  } catch (e) {
    throw toFileSystemError(e, shown);
  }
  // A second name may be the backup link of a run killed while it replaced this file (undoWrite.ts): removed first.
  if (st.nlink > 1 && (await removeStaleTemps(path.dirname(real))).length > 0) st = await fs.stat(real);
  if (st.nlink > 1) throw new FileSystemError('hard-linked', shown);
  await checkFolder(path.dirname(real), shown); // the new version takes the name there
  // Judged here, not only when the new version is made: one file that cannot keep its owner must stop a
  // run of several before the first is written.
  if (!(await canKeepOwner(st, path.dirname(real)))) throw new FileSystemError('owner', shown);
}

/**
 * Checks, without writing, that `file` could be written in `mode` (the CLI asks before writing anything,
 * so that one unwritable target means nothing is written). Throws FileSystemError.
 */
export async function assertWritable(file: string, mode: WriteMode, shown = file): Promise<void> {
  try {
    const st = mode === 'new' ? null : await statOrNull(file);
    if (st) await checkReplaceable(await fs.realpath(file), st, shown);
    else if (mode === 'replace') throw new FileSystemError('missing', shown);
    else if (await occupied(file))
      throw new FileSystemError('exists', shown); // a dangling symlink too
    else await checkFolder(path.dirname(path.resolve(file)), shown);
  } catch (e) {
    throw toFileSystemError(e, shown);
  }
  const lock = await ownerFileOf(path.resolve(file), shown);
  if (lock !== null) throw new FileSystemError('open', shown, undefined, lock);
}

/** The folder a new file goes into must exist and take new names (the system's own check: root passes). */
async function checkFolder(dir: string, shown: string): Promise<void> {
  const st = await statOrNull(dir);
  if (!st) throw new FileSystemError('no-folder', shown);
  if (!st.isDirectory()) throw new FileSystemError('not-a-folder', shown);
  try {
    await fs.access(dir, constants.W_OK);
  } catch (e) {
    // Said apart from the file's own permission: --in-place on a writable file in a locked folder fails here.
    throw folderRefusal(e, shown);
  }
}

/**
 * A new name refused in the folder (EACCES, EPERM) as folder-permission: the folder takes no new files, whatever
 * its access check said before (an ACL or a network share decides at the create). Other errors as they are.
 */
function folderRefusal(e: unknown, shown: string): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' ? new FileSystemError('folder-permission', shown, code) : e;
}

/** Gives the temporary file the mode and owner of the file it replaces; refuses when the owner cannot be kept. */
async function keepModeAndOwner(handle: fs.FileHandle, st: Stats, shown: string): Promise<void> {
  await handle.chmod(st.mode & 0o7777);
  const mine = await handle.stat();
  if (mine.uid === st.uid && mine.gid === st.gid) return;
  try {
    await handle.chown(st.uid, st.gid);
  } catch {
    throw new FileSystemError('owner', shown);
  }
}

/** Gives the flushed temporary file the name `target`; 'new' never replaces what appeared meanwhile. */
async function publish(temp: string, target: string, isNew: boolean, shown: string): Promise<void> {
  if (!isNew) {
    // Every check passed, so a refusal now is the file held open (Windows says EPERM or EBUSY while Excel has it).
    return fs.rename(temp, target).catch((e: NodeJS.ErrnoException) => {
      const held = e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY';
      throw held ? new FileSystemError('in-use', shown, e.code) : e;
    });
  }
  try {
    await fs.link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    if (await occupied(target)) throw new FileSystemError('exists', shown);
    await fs.rename(temp, target);
  }
}

/**
 * A file's new content flushed to disk under a temporary name beside it, waiting to take the file's name:
 * nothing at the name has changed yet. Several files are written all or none by staging every one of them
 * before any is committed (writeAll.ts).
 */
export interface StagedWrite {
  /** The path as the user gave it, for messages. */
  readonly shown: string;
  /** Judges the target again just before the commit (time has passed while others were staged). */
  recheck(): Promise<void>;
  /**
   * The temporary file takes the name: the file is written. The temporary file is gone after, either way.
   * `undoable`: a file replaced is first hard-linked to a hidden backup beside it, so that the commit can be undone.
   */
  commit(undoable?: boolean): Promise<CommittedWrite>;
  /** Removes the temporary file; the target stays as it was. Never a failure. */
  discard(): Promise<void>;
}

/**
 * Judges `file` for `mode` and writes `data` to a flushed temporary file beside it (see the file comment for the
 * modes); a failure removes it. `shown` is the path as the user gave it, for messages. Throws FileSystemError.
 */
export async function stageWrite(
  file: string,
  data: Uint8Array | string,
  mode: WriteMode,
  shown = file,
): Promise<StagedWrite> {
  await assertWritable(file, mode, shown);
  const existing = mode === 'new' ? null : await statOrNull(file).catch(() => null);
  const target = existing ? await fs.realpath(file) : path.resolve(file);
  const dir = path.dirname(target);
  await removeStaleTemps(dir);
  const temp = tempNameFor(target);
  const discard = () => fs.rm(temp, { force: true }).catch(() => undefined);
  try {
    const handle = await fs.open(temp, 'wx', 0o666).catch((e: unknown) => Promise.reject(folderRefusal(e, shown)));
    try {
      await handle.writeFile(data);
      if (existing) await keepModeAndOwner(handle, existing, shown);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await discard();
    throw toFileSystemError(e, shown);
  }
  const isNew = existing === null;
  const commit = async (undoable = false): Promise<CommittedWrite> => {
    const backup = undoable && !isNew ? await linkBackup(target) : null;
    try {
      await publish(temp, target, isNew, shown);
      await syncFolder(dir);
    } catch (e) {
      if (backup) await fs.rm(backup, { force: true }).catch(() => undefined);
      throw toFileSystemError(e, shown);
    } finally {
      await discard();
    }
    const ours = await fs.lstat(target).catch(() => null);
    return committedWrite(target, path.resolve(file), shown, ours, backup, isNew);
  };
  // Staged as new, it must still find the name free; staged over a file, that file must still be there to replace.
  return { shown, recheck: () => assertWritable(file, isNew ? 'new' : 'replace', shown), commit, discard };
}

/**
 * Writes `data` to `file` whole or not at all (see the file comment for the modes). `shown` is the path as
 * the user gave it, for messages. Throws FileSystemError.
 */
export async function writeWhole(
  file: string,
  data: Uint8Array | string,
  mode: WriteMode,
  shown = file,
): Promise<void> {
  await (await stageWrite(file, data, mode, shown)).commit();
}
