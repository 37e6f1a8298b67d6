/**
 * Review r19: an economy plan line typed right under tblOkonomiplan is left where it stood by `roll`, now under
 * year headers one year on, and the roll does not say so: every figure of the line reads one year late.
 *
 * What she did: the adopted plan (the example, 2027–2030, 1000 kr; tblOkonomiplan A1:K23). Finance's new line for
 * D-011 «Kompetanseheving» was typed right under the table, row 24, the way a line lands when pasted under a table
 * Excel does not grow (or typed in LibreOffice, which never grows one): Drift | Tiltak | D-011 | … |
 * «Kompetanseheving i boligsosialt arbeid» | 100 | 150 | 200 | 250 under G1:J1 = 2027–2030. `check` warns at A24
 * «Rad 24, rett under økonomiplantabellen, ser ut som en rad i tabellen, men ligger utenfor den … Hører raden til
 * tabellen, så utvid tabellen over den». Then `roll plan.xlsx --out rullert.xlsx`.
 *
 * What she sees: rullert.xlsx's Økonomiplan has G1:J1 = 2028–2031 and row 24 unchanged, 100 | 150 | 200 | 250 — now
 * 100 under 2028, 150 under 2029, 200 under 2030 and 250 under 2031. The roll's output names the other things it did
 * not carry (drop-downs, filters, formatting) but not this row; `check rullert.xlsx` again advises to take the row
 * into the table, which makes D-011's economy plan line 100 / 150 / 200 / 250 for 2028–2031, each year's figure the
 * year before's (2031's 250 one the economy plan never adopted, and 2027's 100 now booked in 2028).
 *
 * Why it is wrong: SPEC §11 roll: «the first year leaves the tables … a new last year appears»; writing: «A cell
 * typed by the user next to or below a product table is never overwritten: the product writes around it or refuses
 * with a message naming the cell»; docs/spec.md §11 roll: cells of the user's left beside a rolled table, «now beside
 * other measures», are named by the roll. Here the row's meaning moved (its header's years did) and nothing names it.
 *
 * By hand: rolled as a line of the table, D-011's line is 2028 150, 2029 200, 2030 250, 2031 empty (§11: the new
 * year is left empty for finance). Left where it stood, the roll must name it (Økonomiplan!A24 / rad 24) so that she
 * moves the figures herself. Either keeps 150 from reading as 2028's money without a word.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function rolled(): Promise<{ output: string; row24: unknown[]; years: unknown[] }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Økonomiplan')!;
  expect([ws.getCell('A23').value, ws.getCell('A24').value, ws.getCell('G1').value]).toEqual([
    'Investering',
    null,
    '2027',
  ]);
  const line = ['Drift', 'Tiltak', 'D-011', null, null, 'Kompetanseheving i boligsosialt arbeid', 100, 150, 200, 250];
  line.forEach((v, i) => (ws.getCell(24, i + 1).value = v));
  await wb.xlsx.writeFile(file);
  const check = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], check);
  const issues = (JSON.parse(check.out()) as { issues: { code: string; cell: string }[] }).issues;
  expect(issues.some((i) => i.code === 'row-below-table' && i.cell === 'A24')).toBe(true);
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(io.cwd, 'rullert.xlsx'));
  const ep = out.getWorksheet('Økonomiplan')!;
  const cells = (row: number) => ['G', 'H', 'I', 'J'].map((c) => ep.getCell(`${c}${row}`).value);
  return { output: roll.out() + roll.err(), row24: cells(24), years: cells(1) };
}

describe('roll with an economy plan line typed right under tblOkonomiplan', () => {
  test('control: the header moves to 2028–2031 and the line stays as typed', async () => {
    const r = await rolled();
    expect(r.years).toEqual(['2028', '2029', '2030', '2031']);
    expect(r.row24).toEqual([100, 150, 200, 250]);
  });

  test('the line is rolled (2028 = 150) or the roll names it', async () => {
    const r = await rolled();
    const named = /Økonomiplan[^\n]*(?:A24|rad 24)|(?:A24|rad 24)[^\n]*økonomiplan/i.test(r.output);
    // Seen: not named, and 100 under 2028 (2027's figure).
    expect(named || r.row24[0] === 150).toBe(true);
  });
});
