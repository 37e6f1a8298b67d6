/**
 * Where a path given on the command line leads: resolved against the CLI's working folder, whether something is
 * there already, and whether two paths name one file (the same name, or through a symbolic or hard link).
 */
import { lstatSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { CliIo } from './io';

/** An absolute path for a path given on the command line. */
export const resolvePath = (io: CliIo, file: string): string => path.resolve(io.cwd, file);

/** Whether anything is at `file` itself (a dangling symlink counts: writing there would replace the link). */
function occupied(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false; // a folder we may not look into: the write will say why
  }
}

/** Whether anything is at `file` (relative to the working folder) already. */
export const isOccupied = (io: CliIo, file: string): boolean => occupied(resolvePath(io, file));

/** The file at `file` (through symlinks), or undefined when there is none the system will show. */
function statOrNone(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined; // a path through a file, a symlink loop, a name too long: the write will say why
  }
}

/**
 * Whether two paths name the same file: the same path (whether or not anything is there yet), or one file through
 * symlinks and hard links (device and inode).
 */
export function sameFile(io: CliIo, a: string, b: string): boolean {
  if (resolvePath(io, a) === resolvePath(io, b)) return true;
  const sa = statOrNone(resolvePath(io, a));
  const sb = statOrNone(resolvePath(io, b));
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}
