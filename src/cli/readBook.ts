/**
 * Reading an opened workbook: the file adapter parses sheets when they are read, not when the file is
 * opened, so a damaged sheet (or one past the reader's limits) is found here and told like a file that
 * cannot be opened: one line with the file and the reason, exit 2.
 */
import type { Lang, WorkbookSnapshot } from '../domain';
import { cliText } from '../i18n/cliCommand';
import type { ReadScope } from '../workbook/port';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../workbook/xlsx';
import { unreadableText } from '../i18n/unreadable';
import { openOrExplain } from './openBook';
import type { CliIo } from './io';

/** The snapshot, or null after printing why the workbook cannot be read. Other errors propagate. */
export async function readOrExplain(
  io: CliIo,
  file: string,
  wb: XlsxWorkbook,
  scope: ReadScope | undefined = undefined,
  lang: Lang = 'nb',
): Promise<WorkbookSnapshot | null> {
  try {
    return await wb.read(scope);
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    io.stderr(`${cliText('unreadable', lang, { file, reason: unreadableText(e, lang) })}\n`);
    return null;
  }
}

/**
 * The workbook at `file` opened and read, or null after printing why it could not be (one line, as
 * openOrExplain and readOrExplain say it). Other errors propagate.
 */
export async function openAndRead(
  io: CliIo,
  file: string,
  scope: ReadScope | undefined = undefined,
  lang: Lang = 'nb',
  inPlace = false,
): Promise<{ wb: XlsxWorkbook; snapshot: WorkbookSnapshot } | null> {
  const wb = await openOrExplain(io, file, lang, inPlace);
  const snapshot = wb && (await readOrExplain(io, file, wb, scope, lang));
  return wb && snapshot ? { wb, snapshot } : null;
}
