/**
 * Review r19: a measure typed right under tblTiltakDrift is left by `roll` outside the rolled table, its years one
 * year off, and once finished one-offs leave the table it no longer stands right under it: the check of the rolled
 * plan says nothing, and the measure and its new money are lost without a word.
 *
 * What she did: the adopted plan (the example, 2027–2030, 1000 kr; tblTiltakDrift A1:U12). A new measure typed on
 * the row right under the table, row 13 (pasted under a table Excel did not grow, or typed in LibreOffice): D-012 |
 * Organisasjon | 7 | | «Ny stilling» | Varig | Beregnet | 100 | 200 | 300 | 400 | | 400 (Helårsvirkning) | … | 400
 * (Nye midler). `check` warns at A13 «Rad 13, rett under tabellen over driftstiltak, ser ut som en rad i tabellen,
 * men ligger utenfor den …». Then `roll plan.xlsx --out rullert.xlsx`.
 *
 * What she sees: the roll takes the finished one-offs D-002 and D-009 out (tblTiltakDrift now A1:U10) and names
 * them, but not D-012; D-012 still stands on row 13, 100 | 200 | 300 | 400 now under 2028–2031 (2027's 100 reads as
 * 2028's). `check rullert.xlsx` has no finding at A13 any more (rows 11–12 are empty, so the row is not «right
 * under» the table): D-012's 400 a year of new money is in no total, no reconciliation and no warning.
 *
 * Why it is wrong: SPEC §11 roll moves every measure one year on («the first year leaves the tables … Varig measures
 * get their Helårsvirkning» in the new year); writing: a cell of the user's below a product table is never
 * overwritten — «the product writes around it or refuses with a message naming the cell»; docs/spec.md §11 roll:
 * cells of the user's left beside a rolled table «now beside other measures» are named by the roll. A row the check
 * itself says looks like a measure must not fall out of sight by the roll.
 *
 * By hand: rolled as a measure, D-012 is 2028 200, 2029 300, 2030 400, 2031 400 (Varig: its Helårsvirkning), new
 * money 200 / 300 / 400 / 400. Left where it stood, the roll must name it (Tiltak drift!A13 / rad 13) or the check of
 * the rolled plan must still point at it.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Issue = { code: string; sheet: string; cell: string };

async function rolled() {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Tiltak drift')!;
  expect([ws.getCell('A12').value, ws.getCell('A13').value, ws.getCell('H1').value]).toEqual(['D-011', null, '2027']);
  const row: Record<string, string | number> = { A: 'D-012', B: 'Organisasjon', C: 7, E: 'Ny stilling', F: 'Varig' };
  Object.assign(row, { G: 'Beregnet', H: 100, I: 200, J: 300, K: 400, M: 400, Q: 400, R: 'Leder boligkontor' });
  for (const [col, value] of Object.entries(row)) ws.getCell(`${col}13`).value = value;
  await wb.xlsx.writeFile(file);
  const issues = async (name: string): Promise<Issue[]> => {
    const run = testIo({ cwd: io.cwd });
    await main(['check', name, '--format', 'json'], run);
    return (JSON.parse(run.out()) as { issues: Issue[] }).issues;
  };
  const before = await issues('plan.xlsx');
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(io.cwd, 'rullert.xlsx'));
  const drift = out.getWorksheet('Tiltak drift')!;
  let carried: unknown = null;
  drift.eachRow((r) => {
    if (r.getCell(1).value === 'D-012') carried = r.getCell(8).value;
  });
  return { before, after: await issues('rullert.xlsx'), output: roll.out() + roll.err(), carried };
}

const at13 = (issues: Issue[]) => issues.some((i) => i.sheet === 'Tiltak drift' && i.cell === 'A13');

describe('roll with a measure typed right under tblTiltakDrift', () => {
  test('control: the check of the adopted plan points at row 13', async () => {
    const r = await rolled();
    expect(r.before.find((i) => i.cell === 'A13' && i.sheet === 'Tiltak drift')?.code).toBe('row-below-table');
    expect(r.output).toContain('D-002');
  });

  test('the measure is rolled (2028 = 200), or the roll or the rolled plan’s check names row 13', async () => {
    const r = await rolled();
    const named = /Tiltak drift[^\n]*(?:A13|rad 13)|(?:A13|rad 13)[^\n]*driftstiltak|D-012/i.test(r.output);
    // Seen: not named by the roll, no finding at A13 after it, D-012's 2028 cell (H13) = 100 outside the table.
    expect(named || at13(r.after) || r.carried === 200).toBe(true);
  });
});
