/**
 * The open workbook downloaded with Sammendrag and Avstemming written. The measures she added live in this page
 * alone: a user's cell in the way of Sammendrag or Avstemming leaves that sheet as it was (and says so), never the
 * whole download refused (SPEC §11: write around, or name the cell).
 */
import type { CheckResult, Lang, WorkbookSnapshot } from '../../domain';
import { downloadLeftText } from '../../i18n/userCells';
import { download, XLSX_TYPE } from './files';
import type { FileSession } from './useFileWorkbook';

/** Writes the sheets, downloads the file, marks it saved and checks again; the notice to show, if any. */
export async function downloadWorkbook(
  session: FileSession,
  result: CheckResult | null,
  snapshot: WorkbookSnapshot | null,
  lang: Lang,
  recheck: () => Promise<void>,
): Promise<string | undefined> {
  const wb = session.workbook;
  if (!wb || !result || !snapshot) return;
  const { downloadParts } = await import(/* webpackChunkName: "download" */ './downloadParts');
  const { parts, formulas } = downloadParts(result, snapshot, lang);
  await wb.apply(parts.flatMap((p) => (p.ok ? p.edits : [])));
  download(await wb.toBuffer(), session.file || 'tiltaksplan.xlsx', XLSX_TYPE);
  session.saved?.();
  await recheck();
  const blocked = parts.flatMap((p) => (p.ok ? [] : p.blocked));
  const left = blocked.length > 0 ? downloadLeftText(blocked, lang) : null;
  return [left, formulas].filter((t) => t !== null).join(' ') || undefined;
}
