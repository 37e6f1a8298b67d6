/**
 * Which names and files are workbooks, and what a copy of one is named: a report is never written under a
 * workbook's name or over a workbook, and a copy keeps its input's kind, which Excel reads from the name.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

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
 * The extension a copy of `input` must keep (check --write, roll): Excel opens a workbook only under the name its
 * kind has (an .xlsm package named .xlsx, or the other way round, is refused), and a copy is the same kind as its input.
 */
export const copyExtension = (input: string): string => (/\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx');

/** The copy `check --write` writes beside its input: plan.xlsx → plan-kontrollert.xlsx. */
export function checkedCopyName(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-kontrollert${ext === '' ? '.xlsx' : ext}`;
}
