/**
 * A measure with no Kostnadsstatus in `statusCounts` (SPEC §12): the JSON keeps the key "" — the status as typed,
 * which a consumer tells apart from any status, while «(tom)» / «(empty)» is a language's label that a user could
 * also type as a status — and the text report and Sammendrag show it as «(tom)». The example (2027–2030) with
 * D-009's Kostnadsstatus (G10, Beregnet) emptied; by hand: operating 7 Beregnet, 2 Må utredes, 1 Innenfor ramme,
 * 1 Ingen kostnad; investment 4 Beregnet, 1 Må utredes; D-009 leaves Beregnet for "".
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

test('an empty Kostnadsstatus is "" in the JSON and «(tom)» in the text report and in Sammendrag', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Tiltak drift')!;
  expect([sheet.getCell('A10').value, sheet.getCell('G10').value]).toEqual(['D-009', 'Beregnet']);
  sheet.getCell('G10').value = null;
  await wb.xlsx.writeFile(file);

  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  const counts = (JSON.parse(json.out()) as { totals: { statusCounts: Record<string, number> } }).totals.statusCounts;
  expect(counts).toEqual({ Beregnet: 10, 'Må utredes': 3, 'Innenfor ramme': 1, 'Ingen kostnad': 1, '': 1 });

  const text = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write'], text);
  expect(text.out()).toMatch(/\n {2}\(tom\) +1\n/);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(io.cwd, 'plan-kontrollert.xlsx'));
  const rows: unknown[][] = [];
  out.getWorksheet('Sammendrag')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1, 3)));
  expect(rows.filter((r) => r[0] === '(tom)')).toEqual([['(tom)', 1]]);
});
