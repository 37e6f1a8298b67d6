/**
 * The Sum periode repair writes where her column stands between the years (repair/periodSumRuns.ts), recalculated by
 * LibreOffice: the example with «Herav lønn» (D-001 500, D-004 300) dragged between 2028 and 2029, repaired on the
 * file path, gives every measure's Sum periode as the sum of its year cells, «Herav lønn» not counted (D-001
 * 600 + 1 200 + 1 800 + 2 400 = 6 000, not 6 500; D-004 400 + 800 + 800 + 800 = 2 800, not 3 100), and her typed 999
 * (M4) stays 999.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planRepair } from '../../src/domain';
import { cellAt } from '../../src/domain/read/sheetCells';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from '../review/r30/herTable';
import { recalculate } from './libreoffice';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

test('repaired Sum periode recalculates to the sum of the years only', async () => {
  const { pkg } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 6: 300 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<c r="M4"([^>]*)><f>[^<]*<\/f><v>[^<]*<\/v><\/c>/, '<c r="M4"$1><v>999</v></c>'),
  );
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  await wb.apply(planRepair(await wb.read('structure'), { defaultStartYear: 2027 }).edits);
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-lo-sumruns-'));
  writeFileSync(path.join(work, 'reparert.xlsx'), await wb.toBuffer());
  const [out] = recalculate([path.join(work, 'reparert.xlsx')], work);
  const again = await (await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(out ?? '')))).read();
  const sheet = again.sheets.find((s) => s.sheet === 'Tiltak drift');
  if (!sheet) throw new Error('no Tiltak drift');
  const m = (row: number) => cellAt(sheet, row, 13);
  // By hand, rows 2–12 (D-001 … D-011): the year cells H, I, K, L of each.
  expect([2, 3, 4, 5, 6, 8, 12].map(m)).toEqual([6000, 300, 999, 0, 2800, 600, 800]);
});
