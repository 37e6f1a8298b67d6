/**
 * Review (r7): SPEC §4 counts every Beregnet row, "including rows that have findings (… a missing Rammeområde)",
 * in totals and reconciliation, and "an item built from a row with an error says so in its explanation".
 *
 * The built-in example (1000 kr), as a user edits it: D-003 (Bostøttekontakt i NAV) loses its Rammeområde R4 (T4
 * emptied), and finance's line for D-003 carries R4 in Rammeområde (Økonomiplan!D6); D-011 (Kompetanseheving)
 * moves from R3 to R4 (T12). R4's Ramme line is 250 / 500 / 500 / 500.
 *
 * By hand: D-003 new money = cost × Nye midler / Helårsvirkning = (350, 700, 700, 700) × 500 / 700 = 250 / 500 /
 * 500 / 500; D-011 = 200 / 200 / 200 / 200. R4's measures therefore ask for 450 / 700 / 700 / 700 against a frame
 * of 250 / 500 / 500 / 500: over it every year. The check counts D-011 only (200 / 200 / 200 / 200) and classes
 * every R4 year `match` («tiltakene (200) holder seg innenfor rammen»), its items naming no one: D-003's new money
 * is in no frame comparison at all, and the frame that its own economy plan line names passes.
 *
 * Reproduce: tiltaksplan new plan.xlsx --example; empty 'Tiltak drift'!T4, type R4 in Økonomiplan!D6 and in
 * 'Tiltak drift'!T12; tiltaksplan check plan.xlsx --format json (the frame-total items with ref R4).
 *
 * Either fix passes: count D-003 in R4 (the frame its economy plan line names: then 2027–2030 are over the frame),
 * or keep it out and say so in each R4 item (rowErrors naming D-003, which the explanation then names).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

interface Item {
  readonly code: string;
  readonly ref: string;
  readonly year?: number;
  readonly class: string;
  readonly measures: number;
  readonly economyPlan: number;
  readonly rowErrors?: readonly string[];
}

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'eksempel.xlsx');

describe('a costed measure without Rammeområde whose economy plan line names the frame (SPEC §4, §10)', () => {
  test.failing('is counted in that frame, or the frame’s items say it was left out', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(EXAMPLE, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Tiltak drift')!.getCell('T4').value = null;
    wb.getWorksheet('Tiltak drift')!.getCell('T12').value = 'R4';
    wb.getWorksheet('Økonomiplan')!.getCell('D6').value = 'R4';
    await wb.xlsx.writeFile(file);

    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { reconciliation: Item[] };
    const r4 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R4');
    expect(r4.map((i) => [i.year, i.economyPlan])).toEqual([
      [2027, 250_000],
      [2028, 500_000],
      [2029, 500_000],
      [2030, 500_000],
    ]);
    const counted = r4.map((i) => [i.measures, i.class]);
    const namesD003 = r4.every((i) => (i.rowErrors ?? []).includes('D-003'));
    const countsD003 =
      JSON.stringify(counted) ===
      JSON.stringify([
        [450_000, 'mismatch'],
        [700_000, 'mismatch'],
        [700_000, 'mismatch'],
        [700_000, 'mismatch'],
      ]);
    expect(countsD003 || namesD003).toBe(true);
  });
});
