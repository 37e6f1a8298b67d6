/**
 * Review r37: Sammendrag rounds away, by its number format, the amounts the report shows exactly (SPEC §9: the
 * sheet and the report are one set of figures; §7: reports show amounts in the workbook unit).
 *
 * `new plan.xlsx --example --unit "mill kr"`; D-005's financing retyped as Felles tiltak 0,6765 and Nye midler
 * 0,1235 (still 0,8 = Helårsvirkning, so no financing error), and D-001's 2027 cost as 0,6005 (Helårsvirkning and
 * Nye midler 2,4 stay). By hand, Drift per seksjon, «Samfunn og tjenester» (D-001, D-002, D-003, D-005):
 *   2027 = 0,6005 + 0,3 + 0,35 + 0,4 = 1,6505; Felles tiltak = 0,6765; Nye midler = 2,4 + 0,5 + 0,1235 = 3,0235.
 * `check` prints 1,6505 / 0,6765 / 3,0235, and Sammendrag's formulas compute exactly that (LibreOffice checked), but
 * the cells carry mill kr's amount format «#,##0.0##», so Excel shows 1,651 (or 1,65), 0,677 and 3,024: figures
 * the report does not have. Avstemming and «Avstemming planer» already give such a cell a finer format
 * (sheets/itemTable.ts, fineFormatEdits); Sammendrag did not. The same in 1000 kr: 600,5 typed in a 1000 kr plan
 * gives a 2027 total of 1 650,5, shown «1 651» under «#,##0».
 *
 * Expected: every amount cell of Sammendrag shows at least the decimals its value has (whole amounts keep the
 * unit's format).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

/** Decimals a number format shows at most: the 0 and # after its decimal point ('#,##0' → 0). */
const decimalsShown = (format: string | undefined): number =>
  (format?.split('.')[1] ?? '').replace(/[^0#]/g, '').length;

async function summaryAfterCheck(unit: string, cells: Record<string, number>): Promise<ExcelJS.Worksheet> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027', '--unit', unit], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const drift = wb.getWorksheet('Tiltak drift')!;
  expect([drift.getCell('A2').value, drift.getCell('A6').value]).toEqual(['D-001', 'D-005']);
  for (const [cell, value] of Object.entries(cells)) drift.getCell(cell).value = value;
  await wb.xlsx.writeFile(file);
  await main(['check', 'plan.xlsx', '--write', '--out', 'checked.xlsx'], testIo({ cwd: io.cwd }));
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(io.cwd, 'checked.xlsx'));
  return out.getWorksheet('Sammendrag')!;
}

/** The value Sammendrag holds in a cell (a formula's cached result). */
const valueOf = (c: ExcelJS.Cell): number => {
  const v = c.value as unknown;
  return typeof v === 'number' ? v : ((v as { result?: number } | null)?.result ?? NaN);
};

describe('Sammendrag shows the report’s figures, not rounded by its format (SPEC §7, §9)', () => {
  test('mill kr: 1,6505 / 0,6765 / 3,0235 are shown with their fourth decimal', async () => {
    const sheet = await summaryAfterCheck('mill kr', { H2: 0.6005, N6: 0.6765, Q6: 0.1235 });
    expect(sheet.getCell('A11').value).toBe('Samfunn og tjenester');
    expect(String(sheet.getCell('B10').value)).toBe('2027');
    expect(sheet.getCell('H10').value).toBe('Felles tiltak');
    expect(sheet.getCell('K10').value).toBe('Nye midler');
    for (const [cell, value] of [
      ['B11', 1.6505],
      ['H11', 0.6765],
      ['K11', 3.0235],
    ] as const) {
      expect(valueOf(sheet.getCell(cell))).toBeCloseTo(value, 9);
      expect(decimalsShown(sheet.getCell(cell).numFmt)).toBeGreaterThanOrEqual(4);
    }
    // A figure of whole thousands keeps the unit's format: 2028 = 1,2 + 0,7 + 0,8 = 2,7.
    expect(valueOf(sheet.getCell('C11'))).toBeCloseTo(2.7, 9);
    expect(sheet.getCell('C11').numFmt).toBe('#,##0.0##');
  });

  test('1000 kr: 600,5 typed gives 1 650,5, shown with its decimal', async () => {
    const sheet = await summaryAfterCheck('1000 kr', { H2: 600.5 });
    expect(sheet.getCell('A11').value).toBe('Samfunn og tjenester');
    // 600,5 + 300 + 350 + 400 = 1 650,5; the rows below add 1 650,5 + 470 = 2 120,5 in «Alle seksjoner».
    expect(valueOf(sheet.getCell('B11'))).toBeCloseTo(1650.5, 9);
    expect(decimalsShown(sheet.getCell('B11').numFmt)).toBeGreaterThanOrEqual(1);
    expect(valueOf(sheet.getCell('B13'))).toBeCloseTo(2120.5, 9);
    expect(decimalsShown(sheet.getCell('B13').numFmt)).toBeGreaterThanOrEqual(1);
    expect(sheet.getCell('C11').numFmt).toBe('#,##0');
  });
});
