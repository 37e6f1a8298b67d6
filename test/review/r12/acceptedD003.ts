/**
 * Review r12's accepted Avvik, shared by its tests: the example (1000 kr) checked and written in place, D-003's 2030
 * Avvik of 100 (new money 500 against the line Økonomiplan!J6 400) accepted in Avstemming, then finance's J6 typed
 * anew.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { exampleTyped } from '../../cli/exampleTyped';
import type { TestIo } from '../../cli/testIo';
import { avstemmingRow } from '../../helpers/avstemming';

/** A monthly run: check, Avstemming written into the plan. */
export const ARGS = ['check', 'plan.xlsx', '--write', '--in-place'];

/** The D-003 2030 row of Avstemming (helpers/avstemming.ts). */
export const d003In2030 = (file: string) => avstemmingRow(file, 'D-003', 2030);

/** plan.xlsx in `io`'s folder, run once, its D-003 2030 Avvik of 100 accepted, then J6 typed as `j6`; its path. */
export async function acceptedThenLineTyped(io: TestIo, j6: number): Promise<string> {
  await exampleTyped(io.cwd, () => undefined);
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(ARGS, io)).toBe(1);

  const row = await d003In2030(file);
  expect(row.cell('Avvik').value).toBe(100);
  row.cell('Status').value = 'Akseptert';
  await row.wb.xlsx.writeFile(file);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.getWorksheet('Økonomiplan')!.getCell('J6').value).toBe(400);
  wb.getWorksheet('Økonomiplan')!.getCell('J6').value = j6;
  await wb.xlsx.writeFile(file);
  return file;
}
