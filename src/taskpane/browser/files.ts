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
