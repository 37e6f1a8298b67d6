import ExcelJS from 'exceljs';

/**
 * The first row of Avstemming in `file` whose Ref and År are `ref` and `year` — with `priced` (the default) only one
 * with an Avvik, an item's row, not one kept below the items without amounts: the workbook read, its sheet, and the
 * row's cells by header (to read, or to type into and save).
 */
export async function avstemmingRow(file: string, ref: string, year: number, priced = true) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Avstemming')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const cell = (r: number, h: string) => sheet.getRow(r).getCell(header.indexOf(h) + 1);
  for (let r = 2; r <= sheet.rowCount; r++)
    if (cell(r, 'Ref').value === ref && cell(r, 'År').value === year && (!priced || cell(r, 'Avvik').value !== null))
      return { wb, sheet, cell: (h: string) => cell(r, h) };
  throw new Error(`no ${ref} ${year} row`);
}

/**
 * Avstemming of `file` read back by header: the workbook, its sheet, the numbers of its rows with a Kode (an item's
 * or a kept row), a row's cell by header, and the cells of the row with Ref `ref` and no År (a line or a frame).
 */
export async function avstemmingRows(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Avstemming')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const cell = (r: number, h: string) => sheet.getRow(r).getCell(header.indexOf(h) + 1);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => i + 2).filter((r) => cell(r, 'Kode').value);
  const row = (ref: string) => {
    const r = rows.find((x) => cell(x, 'Ref').value === ref && (cell(x, 'År').value ?? null) === null);
    if (r === undefined) throw new Error(`no row ${ref}`);
    return (h: string) => cell(r, h);
  };
  return { wb, sheet, rows, cell, row };
}
