/**
 * Review r11: a frame limited by two Ramme lines is compared with their sum, but its items name only the first
 * line's cell (SPEC §10: the item's `cells`; §8: the finding's cell is the cell the figure is compared with).
 *
 * The built-in example (1000 kr), as finance might type it: R3's Ramme line (Økonomiplan row 2) 500 a year, and a
 * second Ramme line for R3 (row 9, «Ramme R3 tillegg», was ØP23-117) of 300 a year. By hand: R3's limit is
 * 500 + 300 = 800 a year; R3's measures ask D-001 600 / 1 200 / 1 800 / 2 400 + D-005 200 / 400 / 400 / 400 + D-011
 * 200 / 200 / 200 / 200 = 1 000 / 1 800 / 2 400 / 3 000, over the frame by 200 / 1 000 / 1 600 / 2 200.
 *
 * What she sees: «Nye midler i rammeområde R3 i 2027: tiltaksplanen har 1 000, økonomiplanen 800 (avvik 200)»,
 * Celle «Økonomiplan!G2» — the cell she opens (and the Avstemming sheet's link) holds 500, not 800, and nothing
 * names row 9, whose 300 is the rest of the figure. A measure with two lines gets every line named (lineCells);
 * a frame with two Ramme lines does not.
 *
 * Expected: the R3 items name both Ramme lines' cells (G2 and G9 for 2027), since the 800 is their sum.
 */
import { main } from '../../../src/cli/main';
import { exampleTyped, typeCells } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';

interface Item {
  code: string;
  ref: string;
  year?: number;
  measures: number;
  economyPlan: number;
  cells: { economyPlan?: string };
}

describe('frame-total against two Ramme lines of one frame (SPEC §10)', () => {
  test.failing('names both lines it adds up, not only the first (500) for a limit of 800', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect([sheet.getCell('B2').value, sheet.getCell('D2').value]).toEqual(['Ramme', 'R3']);
      expect(sheet.getCell('C9').value).toBe('ØP23-117');
      typeCells(sheet, {
        G2: 500,
        H2: 500,
        I2: 500,
        J2: 500,
        B9: 'Ramme',
        C9: null,
        D9: 'R3',
        F9: 'Ramme R3 tillegg',
      });
    });

    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { reconciliation: Item[] };
    const r3 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    // The figures are right: the two lines' sum against the measures worked out above.
    expect(r3.map((i) => [i.year, i.measures, i.economyPlan])).toEqual([
      [2027, 1_000_000, 800_000],
      [2028, 1_800_000, 800_000],
      [2029, 2_400_000, 800_000],
      [2030, 3_000_000, 800_000],
    ]);
    // The 2027 item points at G2 (500) only; G9 (300), the rest of its 800, is named nowhere in it.
    const first = r3[0];
    expect(JSON.stringify(first)).toContain('Økonomiplan!G9');
  });
});
