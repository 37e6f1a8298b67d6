import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'eksempel.xlsx');

/**
 * The built-in example copied to `dir/name`, with what `type` does to it (through exceljs, as a user types in
 * Excel) saved; the file's path.
 */
export async function exampleTyped(
  dir: string,
  type: (wb: ExcelJS.Workbook) => void,
  name = 'plan.xlsx',
): Promise<string> {
  const file = path.join(dir, name);
  copyFileSync(EXAMPLE, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  type(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Types `cells` (address → value; null empties the cell) into `sheet`. */
export function typeCells(sheet: ExcelJS.Worksheet, cells: Readonly<Record<string, ExcelJS.CellValue>>): void {
  for (const [cell, value] of Object.entries(cells)) sheet.getCell(cell).value = value;
}

/**
 * The example's R3 Ramme line (Økonomiplan row 2) typed «R 3», 500 a year, and the other lines made to agree with
 * the measures: D-003's 2030 to its new money (500), D-005's line to its new money, row 9 (ØP23-117) made D-011's
 * line (rammeLineFrameTypo.test.ts and rammeLineTypoEmptyList.test.ts).
 */
export const R3_RAMME_TYPED: Readonly<Record<string, string | number>> = {
  D2: 'R 3',
  G2: 500,
  H2: 500,
  I2: 500,
  J2: 500,
  J6: 500,
  G7: 200,
  J7: 400,
  C9: 'D-011',
  F9: 'Kompetanseheving',
  G9: 200,
  H9: 200,
  I9: 200,
  J9: 200,
};
