/**
 * The plain-browser file side: the xlsx adapter is loaded lazily (the package code stays out of the main bundle),
 * the example is built from the domain's content, and downloads go through a temporary object URL.
 */
import { exampleContent, planWorkbook, type Edit } from '../../domain';
import type { WorkbookPort } from '../../workbook/port';

/** What the pane needs of a file workbook: the port plus the bytes to download. */
export interface FileWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

const adapter = () => import('../../workbook/xlsx');

export async function openXlsx(buf: ArrayBuffer): Promise<FileWorkbook> {
  const { XlsxWorkbook } = await adapter();
  return XlsxWorkbook.fromBuffer(buf);
}

/** A new workbook built from planned edits (the example, a rolled-forward plan). */
export async function buildXlsx(edits: readonly Edit[]): Promise<FileWorkbook> {
  const { XlsxWorkbook } = await adapter();
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  return wb;
}

export function exampleEdits(startYear: number): Edit[] {
  return planWorkbook(exampleContent({ startYear }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers `data` as a download named `file`. */
export function download(data: Uint8Array | string, file: string, type: string): void {
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Whether two chosen files are one file: a browser gives no path to compare (as the CLI's sameFile does), so the
 * same name, size and bytes. A copy under the same name is the same plan twice too.
 */
export async function sameChosenFile(a: File, b: File): Promise<boolean> {
  if (a === b) return true;
  if (a.name !== b.name || a.size !== b.size) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  const bytes = new Uint8Array(y);
  return new Uint8Array(x).every((v, i) => v === bytes[i]);
}

/** The name of the first plan chosen twice (sameChosenFile), or null when each is chosen once. */
export async function repeatedFile(files: readonly File[]): Promise<string | null> {
  for (const [i, file] of files.entries()) {
    for (const earlier of files.slice(0, i)) if (await sameChosenFile(earlier, file)) return file.name;
  }
  return null;
}
