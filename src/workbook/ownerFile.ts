/**
 * Whether a file is open in Excel (Node only), told by the file Excel keeps beside a workbook it has open: the
 * owner file "~$" + the whole name (Plan.xlsx → ~$Plan.xlsx; Word, not Excel, shortens long names), hidden, removed
 * when the workbook is closed, left behind when Excel crashes. LibreOffice keeps ".~lock." + name + "#" the same way.
 * While either is there, a file written under that name is lost when she saves in Excel (or hers is lost to ours),
 * so nothing is written; a stale one is removed by hand.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The names of the files an office program keeps beside `name` while it has it open. */
export const lockNames = (name: string): readonly string[] => [`~$${name}`, `.~lock.${name}#`];

/** The workbook whose owner file `name` (a file name) is by its name, or null when it is no owner file's name. */
export function ownedWorkbook(name: string): string | null {
  if (name.startsWith('~$') && name.length > 2) return name.slice(2);
  const libre = /^\.~lock\.(.+)#$/.exec(name);
  return libre?.[1] ?? null;
}

/** The program that keeps the lock file `lock` (a path): LibreOffice for ".~lock.…#", else Excel. */
export const lockProgram = (lock: string): 'Excel' | 'LibreOffice' =>
  path.basename(lock).startsWith('.~lock.') ? 'LibreOffice' : 'Excel';

async function present(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false; // none, or a folder we may not look into: the write itself will say why
  }
}

/**
 * The owner file beside `file` (absolute), or beside the file a symlink at `file` points to, as the user would find
 * it: beside `shown` (the path as given) or, through a symlink, its full path. Null when there is none.
 */
export async function ownerFileOf(file: string, shown: string): Promise<string | null> {
  for (const name of lockNames(path.basename(file)))
    if (await present(path.join(path.dirname(file), name))) return path.join(path.dirname(shown), name);
  const real = await fs.realpath(file).catch(() => file);
  if (real === file) return null;
  for (const name of lockNames(path.basename(real))) {
    const lock = path.join(path.dirname(real), name);
    if (await present(lock)) return lock;
  }
  return null;
}
