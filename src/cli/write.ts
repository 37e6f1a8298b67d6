/**
 * Writing a file named on the command line: never over one it was not told to, and whole or not at all, with a
 * one-line reason in the user's language when the system says no.
 */
import type { Lang } from '../domain';
import { cliText } from '../i18n/cliCommand';
import { fileText } from '../i18n/cliFiles';
import type { XlsxWorkbook } from '../workbook/xlsx';
import { saveXlsxFile } from '../workbook/xlsx/nodeFile';
import { assertWritable, FileSystemError, writeWhole, type WriteMode } from '../workbook/safeWrite';
import { fsReason } from './fsReason';
import type { CliIo } from './io';
import { isOccupied, resolvePath } from './paths';

/** True (after printing why) when `file` exists: the CLI never writes over a file it was not told to. */
export function refuseExisting(io: CliIo, file: string, lang: Lang = 'nb'): boolean {
  if (!isOccupied(io, file)) return false;
  io.stderr(`${cliText('exists', lang, { file })}\n`);
  return true;
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
