/**
 * Review r11: when the economy plan workbook's Første planår is last year's while its year columns (and every plan)
 * are this year's, the consolidation tells each plan to change its period (SPEC §15: «Plans … must share the
 * period (period-mismatch error otherwise)»; §3: the year columns «must be exactly Første planår … Første planår +
 * Antall planår − 1»).
 *
 * Files: examples/kommune boligsosial.xlsx and oppvekst.xlsx (2027–2030) against okonomiplan.xlsx whose Innstillinger
 * Første planår is typed 2026 (finance updated the Økonomiplan sheet to 2027–2030 but not the setting). By hand:
 * three of the four period statements say 2027–2030 (both plans, the economy plan's own year headers); only the
 * economy plan's Første planår says otherwise. Nothing is reconciled: every line is «ikke avstemt».
 *
 * What she sees, for each plan: «"Boligsosial handlingsplan" gjelder 2027–2030, økonomiplanen 2026–2029. Planene må
 * ha samme periode som økonomiplanen: rett Første planår og Antall planår i planen. Planen er ikke avstemt.» Done as
 * told, every plan is moved a year back, away from the economy plan's own columns. (The economy plan's year-columns
 * error is listed further down; nothing in the plans' errors points there.)
 *
 * Fixed by the period-mismatch advice (periodSide): with two plans sharing one other period the advice points at
 * the economy plan.
 *
 * Expected: a plan whose period is the economy plan table's own year columns is not told to change its Første planår
 * and Antall planår; the advice names the economy plan's Første planår (op.xlsx Innstillinger!B2).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const KOMMUNE = path.join(__dirname, '..', '..', '..', 'examples', 'kommune');

describe('an economy plan whose Første planår is a year behind its own year columns (SPEC §15)', () => {
  test('does not tell the plans, which agree with its columns, to change their period', async () => {
    const io = testIo();
    for (const f of ['boligsosial.xlsx', 'oppvekst.xlsx']) copyFileSync(path.join(KOMMUNE, f), path.join(io.cwd, f));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(KOMMUNE, 'okonomiplan.xlsx'));
    const settings = wb.getWorksheet('Innstillinger')!;
    expect([settings.getCell('A2').value, settings.getCell('B2').value]).toEqual(['Første planår', 2027]);
    settings.getCell('B2').value = 2026;
    const table = wb.getWorksheet('Økonomiplan')!;
    expect(['G1', 'H1', 'I1', 'J1'].map((c) => String(table.getCell(c).value))).toEqual([
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
    await wb.xlsx.writeFile(path.join(io.cwd, 'op.xlsx'));

    expect(await main(['check', 'boligsosial.xlsx', 'oppvekst.xlsx', '--economy-plan', 'op.xlsx'], io)).toBe(1);
    const periodLines = io
      .out()
      .split('\n')
      .filter((l) => l.includes('Annen planperiode'));
    expect(periodLines).toHaveLength(2);
    for (const l of periodLines) expect(l).not.toContain('rett Første planår og Antall planår i planen');
  });
});
