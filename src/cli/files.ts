/**
 * File handling shared by the commands: paths relative to the CLI's cwd, opening a workbook with a
 * one-line reason when it cannot be read, and refusing to write over an existing file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../domain';
import { cliText } from '../i18n/cli';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../workbook/xlsx';
import { openXlsxFile } from '../workbook/xlsx/nodeFile';
import type { CliIo } from './io';
import type { UsageError } from './args';

/** An absolute path for a path given on the command line. */
export const resolvePath = (io: CliIo, file: string): string => path.resolve(io.cwd, file);

/** Print a usage error (one line on stderr). */
export function printUsage(io: CliIo, error: UsageError, lang: Lang = 'nb'): void {
  io.stderr(`${cliText(error.key, lang, error.params)}\n`);
}

/** Open a workbook, or print "<file>: cannot be read: <reason>" and return null. Other errors propagate. */
export async function openOrExplain(io: CliIo, file: string, lang: Lang = 'nb'): Promise<XlsxWorkbook | null> {
  try {
    return await openXlsxFile(resolvePath(io, file));
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    const reason = cliText(`reason.${e.reason}`, lang);
    io.stderr(`${cliText('unreadable', lang, { file, reason })}\n`);
    return null;
  }
}

/** True (after printing why) when `file` exists: the CLI never writes over a file it was not told to. */
export function refuseExisting(io: CliIo, file: string, lang: Lang = 'nb'): boolean {
  if (!existsSync(resolvePath(io, file))) return false;
  io.stderr(`${cliText('exists', lang, { file })}\n`);
  return true;
}

/** The copy `check --write` writes beside its input: plan.xlsx → plan-kontrollert.xlsx. */
export function checkedCopyName(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-kontrollert${ext === '' ? '.xlsx' : ext}`;
}
