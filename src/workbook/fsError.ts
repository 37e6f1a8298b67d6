/**
 * Why a file could not be read or written (Node only): a FileSystemError with a small reason the CLI words in the
 * user's language (i18n/cliFiles.ts), and a Node error's code mapped to one.
 */

/** Why a file could not be read or written, as the CLI explains it. */
export type FileSystemReason =
  | 'exists'
  | 'missing'
  | 'read-only'
  | 'hard-linked'
  | 'changed'
  | 'owner'
  | 'permission'
  /** The folder does not take new files (a new version of a file is one, before it takes the file's name). */
  | 'folder-permission'
  | 'no-folder'
  | 'not-a-folder'
  | 'is-folder'
  | 'not-a-file'
  | 'disk-full'
  | 'read-only-fs'
  | 'too-long'
  | 'busy'
  /** Open in Excel or LibreOffice: its owner file (FileSystemError.lock) is beside it. */
  | 'open'
  /** Replacing the file was refused at the last step: open in another program (Windows), or not allowed. */
  | 'in-use'
  | 'io'
  | 'other';

export class FileSystemError extends Error {
  constructor(
    readonly reason: FileSystemReason,
    readonly file: string,
    /** The system's error code (EACCES …) when there was one. */
    readonly code?: string,
    /** For 'open': the owner file, as the user would find it. */
    readonly lock?: string,
  ) {
    super(`${file}: ${reason}${code ? ` (${code})` : ''}`);
    this.name = 'FileSystemError';
  }
}

const REASONS: Readonly<Record<string, FileSystemReason>> = {
  EEXIST: 'exists',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOENT: 'no-folder',
  ENOTDIR: 'not-a-folder',
  EISDIR: 'is-folder',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only-fs',
  ENAMETOOLONG: 'too-long',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EIO: 'io',
};

/** A Node error as a FileSystemError naming `file` (the path as the user gave it). */
export function toFileSystemError(e: unknown, file: string): FileSystemError {
  if (e instanceof FileSystemError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') throw e; // not a file system failure: a bug, let it surface
  return new FileSystemError(REASONS[code] ?? 'other', file, code);
}
