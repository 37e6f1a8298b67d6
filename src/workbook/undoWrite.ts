/**
 * Taking back a committed write (safeWrite.ts) while the other files of its run take their names (writeAll.ts):
 * a new file is removed; a replaced file's old file, hard-linked to a hidden backup before the commit, takes its
 * name again. Only while the name still holds the very file written and no program has it open. Node only.
 */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { ownerFileOf } from './ownerFile';
import { tempNameFor } from './tempFiles';

/** Flush a folder's entries (the rename) to disk where the system allows it. */
export async function syncFolder(dir: string): Promise<void> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder; some file systems cannot sync one. The file itself is synced.
  } finally {
    await handle?.close();
  }
}

/** A committed write that can still be taken back while the files of its run are committed (writeAll.ts). */
export interface CommittedWrite {
  /**
   * Puts back what was at the name before: a new file removed, a replaced one's old file (its backup) given its
   * name again. Only while the name still holds the very file written (same file, size and last change) and no
   * program has it open; true when undone. Never a failure.
   */
  undo(): Promise<boolean>;
  /** Removes the backup, if any: the write stays. Never a failure. */
  release(): Promise<void>;
}

/** What identifies the file written: the same file (device, inode), its size and its last change. */
const sameFile = (a: Stats, b: Stats): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Hard-links the file at `target` to a hidden backup beside it (a temporary name of ours, so that one a killed run
 * left behind is removed as stale); null where the file system has no hard links: that commit cannot be undone.
 */
export async function linkBackup(target: string): Promise<string | null> {
  const backup = tempNameFor(target);
  return fs.link(target, backup).then(
    () => backup,
    () => null,
  );
}

/**
 * The undo of a commit of `target` (the real path; `file` as opened, for its owner file; `shown` as given): `ours`
 * is what was written; `backup` the old file of a replace. No undo when either is unknown.
 */
export function committedWrite(
  target: string,
  file: string,
  shown: string,
  ours: Stats | null,
  backup: string | null,
  isNew: boolean,
): CommittedWrite {
  const release = () => (backup ? fs.rm(backup, { force: true }).catch(() => undefined) : Promise.resolve());
  const undo = async (): Promise<boolean> => {
    try {
      const now = await fs.lstat(target);
      if (!ours || !sameFile(now, ours) || (await ownerFileOf(file, shown)) !== null) return false;
      if (backup) await fs.rename(backup, target);
      else if (isNew) await fs.unlink(target);
      else return false;
      await syncFolder(path.dirname(target));
      return true;
    } catch {
      return false;
    }
  };
  return { undo, release };
}
