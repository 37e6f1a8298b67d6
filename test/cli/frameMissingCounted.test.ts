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
 * Fixed (w101): D-003 counts in R4, the frame its economy plan line names (as a line takes its measure's frame
 * when it has none): 2027–2030 are over the frame by 200, mismatch, and each R4 item's explanation says that D-003
 * has no Rammeområde and was counted by its line.
 */
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells } from './exampleTyped';
import { testIo } from './testIo';

interface Item {
  readonly code: string;
  readonly ref: string;
  readonly year?: number;
  readonly class: string;
  readonly measures: number;
  readonly economyPlan: number;
  readonly difference: number;
}

describe('a costed measure without Rammeområde whose economy plan line names the frame (SPEC §4, §10)', () => {
  test('is counted in that frame, or the frame’s items say it was left out', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      typeCells(wb.getWorksheet('Tiltak drift')!, { T4: null, T12: 'R4' });
      typeCells(wb.getWorksheet('Økonomiplan')!, { D6: 'R4' });
    });

    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { reconciliation: Item[] };
    const r4 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R4');
    expect(r4.map((i) => [i.year, i.economyPlan])).toEqual([
      [2027, 250_000],
      [2028, 500_000],
      [2029, 500_000],
      [2030, 500_000],
    ]);
    expect(r4.map((i) => [i.measures, i.class, i.difference])).toEqual([
      [450_000, 'mismatch', 200_000],
      [700_000, 'mismatch', 200_000],
      [700_000, 'mismatch', 200_000],
      [700_000, 'mismatch', 200_000],
    ]);

    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], text);
    const r4Rows = text
      .out()
      .split('\n')
      .filter((l) => l.includes('rammeområde R4'));
    expect(r4Rows).toHaveLength(4);
    for (const row of r4Rows) expect(row).toContain('D-003 har ikke Rammeområde og er regnet med i R4');
  });
});
