/** Review r33's fixture step: a few cells typed into a copy of a workbook, as she types them in Excel. */
import path from 'node:path';
import { openXlsxFile, saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';

type Typed = string | number | null;

/** Copy `from` to `to` (both in `cwd`) with each "Sheet!A1" set to its value. */
export async function typeCells(cwd: string, from: string, to: string, cells: Record<string, Typed>): Promise<void> {
  const wb = await openXlsxFile(path.join(cwd, from));
  await wb.apply(
    Object.entries(cells).map(([at, value]) => {
      const [sheet = '', origin = ''] = at.split('!');
      return { kind: 'setCells' as const, sheet, origin, values: [[value]] };
    }),
  );
  await saveXlsxFile(wb, path.join(cwd, to));
}
