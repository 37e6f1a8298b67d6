/**
 * Opening a workbook named on the command line, with a one-line reason when it cannot be read: a missing name said
 * with the workbook she likely meant, Excel's owner file told as such, and a workbook open in Excel read as last
 * saved, said in one line.
 */
import path from 'node:path';
import type { Lang } from '../domain';
import { cliText } from '../i18n/cliCommand';
import { fileText } from '../i18n/cliFiles';
import { unreadableText } from '../i18n/unreadable';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../workbook/xlsx';
import { openXlsxFile } from '../workbook/xlsx/nodeFile';
import { FileSystemError } from '../workbook/safeWrite';
import { lockProgram, ownedWorkbook, ownerFileOf } from '../workbook/ownerFile';
import { fsReason } from './fsReason';
import type { CliIo } from './io';
import { meantWorkbook, wildcardMatches } from './meantFile';
import { resolvePath } from './paths';

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

/** The owner files a run has told of, by its io (main.ts gives each run its own). */
const told = new WeakMap<CliIo, Set<string>>();

/**
 * Whether `lock` is told of for the first time in the run: a workbook named twice (`check plan.xlsx plan.xlsx`, a plan
 * that holds its own economy plan, compare through a link) is read as last saved once, and said so once.
 */
function firstTold(io: CliIo, lock: string): boolean {
  const locks = told.get(io) ?? new Set<string>();
  told.set(io, locks);
  if (locks.has(lock)) return false;
  locks.add(lock);
  return true;
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
    if (lock !== null && firstTold(io, resolvePath(io, lock)))
      io.stderr(`${fileText('openReadSaved', lang, { file, lock, program: lockProgram(lock) })}\n`);
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
