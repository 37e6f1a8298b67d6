/**
 * Review r20: after a roll, the check tells her to do exactly what the roll told her not to do with a line left
 * under tblTiltakDrift — grow the table over it — and doing so reads every amount of the line one year late.
 *
 * What she did: the example (2027–2030, 1000 kr; tblTiltakDrift A1:U12). In row 13, right under the table that
 * did not grow (LibreOffice, or Excel with AutoCorrect off), a measure: D-012 | Samfunn og tjenester | 6 | |
 * «Leksehjelp for barn i kommunale boliger» | Varig | Beregnet | 100 | 150 | 200 | 250 | | 250 | 0 | 0 | 0 | 250 |
 * Leder boligkontor | Helse, velferd, pleie og omsorg | R3. `roll plan.xlsx --out rullert.xlsx`.
 *
 * The roll says (src/i18n/cli.nb.ts rollRowBelow): «Rad 13 under tabellen over driftstiltak (Tiltak drift!A13) lå
 * utenfor tabellen og er ikke rullert … Hører raden til tabellen, så ta den inn i tabellen i planen du rullet fra …
 * og rull på nytt. Utvid ikke tabellen over raden i den rullerte planen: da leses beløpene ett år for sent.»
 * `check rullert.xlsx` then says at A13 (row-below-table, reason gap; src/i18n/findings.nb.ts:50): «… Står raden der
 * fra før en rullering, står hvert beløp under året etter sitt (rulleringen nevnte raden). Hører raden til tabellen,
 * så slett de tomme radene over den og utvid tabellen over den …». The check is what she runs again and again; the
 * roll's output she read once. Doing as the check says makes D-012 100 in 2028 (its 2027 figure), 150 in 2029, 200
 * in 2030, 250 in 2031 — wrong figures counted in Sammendrag and reconciled against the economy plan.
 *
 * Why it is wrong: two messages about the same row contradict each other (the brief: row-below-table vs the roll's
 * rows-below message), and the check's advice, followed, gives wrong figures without any further finding.
 *
 * By hand: for a row the gap rule reports (the case the roll leaves behind), the check's advice is not to grow the
 * table over the row as it stands — it says to move the amounts a year back first, or to take the row in in the
 * plan rolled from and roll again, as the roll said. Test: the check's message does not say «utvid tabellen over den»
 * while the roll's says «Utvid ikke tabellen over raden».
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const LINE = [
  'D-012',
  'Samfunn og tjenester',
  6,
  null,
  'Leksehjelp for barn i kommunale boliger',
  'Varig',
  'Beregnet',
  100,
  150,
  200,
  250,
  null,
  250,
  0,
  0,
  0,
  250,
  'Leder boligkontor',
  'Helse, velferd, pleie og omsorg',
  'R3',
];

async function rolledAndChecked(): Promise<{ roll: string; finding?: { code: string; message: string } }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, 'plan.xlsx'));
  const ws = wb.getWorksheet('Tiltak drift')!;
  expect([ws.getCell('A12').value, ws.getCell('A13').value, ws.getCell('H1').value]).toEqual(['D-011', null, '2027']);
  LINE.forEach((v, i) => (ws.getCell(13, i + 1).value = v));
  await wb.xlsx.writeFile(path.join(io.cwd, 'plan.xlsx'));
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  const check = testIo({ cwd: io.cwd });
  await main(['check', 'rullert.xlsx', '--format', 'json'], check);
  const issues = (JSON.parse(check.out()) as { issues: { code: string; cell: string; message: string }[] }).issues;
  return {
    roll: roll.out() + roll.err(),
    finding: issues.find((i) => i.code === 'row-below-table' && i.cell === 'A13'),
  };
}

describe('check of a rolled plan with a line the roll left under tblTiltakDrift', () => {
  test('control: the roll says not to grow the table; the check reports the row', async () => {
    const r = await rolledAndChecked();
    expect(r.roll).toContain('Utvid ikke tabellen over raden i den rullerte planen');
    expect(r.finding?.message).toContain('under tabellen over driftstiltak med tomme rader imellom');
  });

  test('the check does not advise growing the table over the row the roll said not to', async () => {
    const r = await rolledAndChecked();
    // Seen: «… så slett de tomme radene over den og utvid tabellen over den …».
    expect(r.finding?.message).not.toContain('utvid tabellen over den');
  });
});
