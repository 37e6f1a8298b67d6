/**
 * Where a report (text, JSON or HTML) may go: never over a workbook, never over one of the inputs (compared by
 * device and inode, so a symlink or a hard link to an input is an input), and only where it can be written.
 * Shared by every command that writes a report with --out.
 */
import type { Lang } from '../domain';
import { cliText } from '../i18n/cliCommand';
import { fileText } from '../i18n/cliFiles';
import { canWrite } from './write';
import { isWorkbookName, isWorkbookFile } from './workbookNames';
import { resolvePath, sameFile } from './paths';
import type { CliIo } from './io';

const say = (io: CliIo, line: string): false => {
  io.stderr(`${line}\n`);
  return false;
};

/**
 * A report name that can never be right: it names a workbook, or another document format. Checked before any file is opened. Only a
 * plain `check` writes a workbook under a name of the user's (--write --out), so only its refusal points there.
 */
export function refuseReportName(io: CliIo, out: string, lang: Lang, copyNamed = true): boolean {
  const document = DOCUMENT_NAME.exec(out);
  if (document !== null) say(io, fileText('reportAsDocument', lang, { file: out, ext: document[0] }));
  else if (isWorkbookName(out))
    say(io, fileText(copyNamed ? 'reportAsWorkbook' : 'reportAsWorkbookNoCopy', lang, { file: out }));
  else return false;
  return true;
}

/**
 * Names of document formats a text, JSON or HTML report is not: saved so, it would be refused as damaged by the PDF
 * reader, Word or LibreOffice when opened (a report «as a PDF» for the case papers is the HTML one, printed to PDF).
 */
const DOCUMENT_NAME = /\.(pdf|docx?|docm|dotx|odt|ods|odp|rtf|pptx?)$/i;

/** Whether the report may be written to `out`: not an input (by inode), not a workbook, writable. */
export async function reportTargetOk(
  io: CliIo,
  out: string,
  o: { readonly files: readonly string[]; readonly lang: Lang },
): Promise<boolean> {
  if (o.files.some((f) => sameFile(io, f, out))) return say(io, cliText('outIsInput', o.lang, { file: out }));
  if (await isWorkbookFile(resolvePath(io, out))) return say(io, fileText('reportOverWorkbook', o.lang, { file: out }));
  return canWrite(io, out, 'new-or-replace', o.lang);
}
