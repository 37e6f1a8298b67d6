/**
 * Review r24: a plain `check --write` (SPEC §10) tells a row no item took any more «ingen post har lenger … slett
 * raden». Since 2f6f8d5 a row whose «Celle økonomiplan» holds «X: Y» is taken for a consolidation's («op.xlsx:
 * Økonomiplan!C6») and kept with «raden er fra sammenstillingen mot X …; la raden stå». A note she typed there by
 * hand, «Merk: avtalt med økonomisjefen», is no file name: the row is an item gone, as before, and must not be told
 * it is compared against a workbook called «Merk».
 *
 * By hand: `new p.xlsx --example --start 2027`, `check p.xlsx --write`; Avstemming row 2 is D-001 2027 (600 = 600).
 * Its Ref made D-777 (no measure has it), Status «Akseptert», «Celle økonomiplan» «Merk: avtalt med økonomisjefen».
 * The next plain check: no item has Kode «Nye midler per tiltak», Ref D-777, År 2027 → «ingen post har lenger».
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const PLAIN = ['check', 'p.xlsx', '--write', '--in-place'];

test('a «Celle økonomiplan» she typed with a colon is no consolidation’s row: the gone item is told so', async () => {
  const io = testIo();
  expect(await main(['new', 'p.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  await main(PLAIN, testIo({ cwd: io.cwd }));
  const file = path.join(io.cwd, 'p.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Avstemming')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (h: string) => header.indexOf(h) + 1;
  const row = sheet.getRow(2);
  expect([row.getCell(col('Ref')).value, row.getCell(col('År')).value]).toEqual(['D-001', 2027]);
  row.getCell(col('Ref')).value = 'D-777';
  row.getCell(col('Status')).value = 'Akseptert';
  row.getCell(col('Celle økonomiplan')).value = 'Merk: avtalt med økonomisjefen';
  await wb.xlsx.writeFile(file);

  await main(PLAIN, testIo({ cwd: io.cwd }));
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(file);
  const s = after.getWorksheet('Avstemming')!;
  const rows = Array.from({ length: s.rowCount - 1 }, (_, i) => s.getRow(i + 2));
  const kept = rows.find((r) => r.getCell(col('Ref')).value === 'D-777');
  const text = String(kept?.getCell(col('Forklaring')).value);
  expect(text).toMatch(/^Ikke avstemt i denne kjøringen: ingen post har lenger/);
  expect(text).not.toContain('Merk');
});
