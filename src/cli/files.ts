/**
 * File handling shared by the commands: paths relative to the CLI's cwd, opening a workbook with a
 * one-line reason when it cannot be read, refusing to write over a file it was not told to, and writing
 * whole or not at all with a one-line reason in the user's language when the system says no.
 */
import { lstatSync, promises as fs, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../domain';
import { cliText } from '../i18n/cliCommand';
import { fileText } from '../i18n/cliFiles';
import { unreadableText } from '../i18n/unreadable';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../workbook/xlsx';
import { openXlsxFile, saveXlsxFile } from '../workbook/xlsx/nodeFile';
import { assertWritable, FileSystemError, writeWhole, type WriteMode } from '../workbook/safeWrite';
import { lockProgram, ownedWorkbook, ownerFileOf } from '../workbook/ownerFile';
import type { CliIo } from './io';
import { meantWorkbook, wildcardMatches } from './meantFile';
import type { UsageError } from './args';

/** An absolute path for a path given on the command line. */
export const resolvePath = (io: CliIo, file: string): string => path.resolve(io.cwd, file);

/** Print a usage error (one line on stderr). */
export function printUsage(io: CliIo, error: UsageError, lang: Lang = 'nb'): void {
  io.stderr(`${cliText(error.key, lang, error.params)}\n`);
}

/** The system's reason in the user's language. */
export const fsReason = (e: FileSystemError, lang: Lang): string =>
  fileText(`fs.${e.reason}`, lang, {
    code: e.code ?? '',
    lock: e.lock ?? '',
    program: e.lock === undefined ? '' : lockProgram(e.lock),
  });

/**
 * Why an owner file (~$Plan.xlsx, which Excel keeps beside Plan.xlsx while it is open; `check *.xlsx` picks it up)
 * is no workbook: the advice for other files that are no zip, to save it from Excel as .xlsx, cannot be followed.
 */
function ownerFileReason(file: string, e: UnreadableWorkbookError, lang: Lang): string | null {
  const workbook = ownedWorkbook(path.basename(file));
  if (workbook === null || (e.reason !== 'not-zip' && e.reason !== 'empty')) return null;
  return fileText('fs.owner-file', lang, { workbook, program: lockProgram(file) });
}

/**
 * A missing file whose name lacks the ending Windows hid, or holds a * no shell expanded (Windows' command prompt):
 * the reason names the workbooks that are there.
 */
function missingReason(io: CliIo, file: string, e: UnreadableWorkbookError, lang: Lang): string | null {
  if (e.reason !== 'missing') return null;
  const matches = wildcardMatches(io, file);
  if (matches !== null)
    return matches.length === 0
      ? fileText('fs.wildcard-none', lang)
      : fileText('fs.wildcard', lang, { files: matches.map((f) => (/\s/.test(f) ? `"${f}"` : f)).join(' ') });
  const meant = meantWorkbook(io, file);
  return meant === null ? null : fileText('fs.missing-meant', lang, { meant });
}

/**
 * Open a workbook, or print "<file>: cannot be read: <reason>" and return null. Other errors propagate. A workbook
 * open in Excel or LibreOffice (its owner file beside it) is read as last saved, without the edits she has not saved:
 * said in one line, unless `inPlace` (the write into it is refused, in its own line).
 */
export async function openOrExplain(
  io: CliIo,
  file: string,
  lang: Lang = 'nb',
  inPlace = false,
): Promise<XlsxWorkbook | null> {
  try {
    const wb = await openXlsxFile(resolvePath(io, file), file);
    const lock = inPlace ? null : await ownerFileOf(resolvePath(io, file), file);
    if (lock !== null) io.stderr(`${fileText('openReadSaved', lang, { file, lock, program: lockProgram(lock) })}\n`);
    return wb;
  } catch (e) {
    let reason: string;
    if (e instanceof UnreadableWorkbookError)
      reason = ownerFileReason(file, e, lang) ?? missingReason(io, file, e, lang) ?? unreadableText(e, lang);
    else if (e instanceof FileSystemError) reason = fsReason(e, lang);
    else throw e;
    io.stderr(`${cliText('unreadable', lang, { file, reason })}\n`);
    return null;
  }
}

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

/** True (after printing why) when `file` exists: the CLI never writes over a file it was not told to. */
export function refuseExisting(io: CliIo, file: string, lang: Lang = 'nb'): boolean {
  if (!occupied(resolvePath(io, file))) return false;
  io.stderr(`${cliText('exists', lang, { file })}\n`);
  return true;
}

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

/** Names Excel gives its workbooks: a report is never written under one. */
export const isWorkbookName = (file: string): boolean => /\.(xlsx|xlsm|xltx|xltm|xlsb|xls)$/i.test(file);

/**
 * Whether the file at `file` is a workbook whatever its name: a zip package (every .xlsx, .xlsm) or an OLE2
 * compound file (an old .xls, and an .xlsx saved with a password).
 */
export async function isWorkbookFile(file: string): Promise<boolean> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(file, 'r');
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    const zip = bytesRead >= 4 && head.readUInt32LE(0) === 0x04034b50;
    const ole2 = bytesRead === 8 && head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    return zip || ole2;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * "<file>: could not be written: <reason>" (or that something is at the name already). `ofSeveral`: one of the
 * files of a run, after which a line says which were written (saveAll.ts), so the reason does not.
 */
export function writeFailedLine(e: FileSystemError, file: string, lang: Lang, ofSeveral = false): string {
  if (e.reason === 'exists') return cliText('exists', lang, { file });
  const reason =
    ofSeveral && e.reason === 'in-use' ? fileText('fs.in-use-after', lang, { code: e.code ?? '' }) : fsReason(e, lang);
  return cliText('writeFailed', lang, { file, reason });
}

/** Runs `work` (a write, or the check before one): true when done, false after printing why the system said no. */
async function writeExplained(io: CliIo, file: string, lang: Lang, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (e) {
    if (!(e instanceof FileSystemError)) throw e;
    io.stderr(`${writeFailedLine(e, file, lang)}\n`);
    return false;
  }
}

/** Checks before writing anything that `file` can be written in `mode`; else prints why and returns false. */
export async function canWrite(io: CliIo, file: string, mode: WriteMode, lang: Lang = 'nb'): Promise<boolean> {
  return writeExplained(io, file, lang, () => assertWritable(resolvePath(io, file), mode, file));
}

/** Writes text whole or not at all; prints why and returns false when the system says no. */
export async function writeOrExplain(
  io: CliIo,
  file: string,
  data: string,
  mode: WriteMode,
  lang: Lang = 'nb',
): Promise<boolean> {
  return writeExplained(io, file, lang, () => writeWhole(resolvePath(io, file), data, mode, file));
}

/** Saves a workbook whole or not at all; prints why and returns false when the system says no. */
export async function saveOrExplain(
  io: CliIo,
  wb: XlsxWorkbook,
  file: string,
  mode: WriteMode,
  lang: Lang = 'nb',
): Promise<boolean> {
  return writeExplained(io, file, lang, () => saveXlsxFile(wb, resolvePath(io, file), mode, file));
}

/**
 * The extension a copy of `input` must keep (check --write, roll): Excel opens a workbook only under the name its
 * kind has (an .xlsm package named .xlsx, or the other way round, is refused), and a copy is the same kind as its input.
 */
export const copyExtension = (input: string): string => (/\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx');

/** The copy `check --write` writes beside its input: plan.xlsx → plan-kontrollert.xlsx. */
export function checkedCopyName(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-kontrollert${ext === '' ? '.xlsx' : ext}`;
}
