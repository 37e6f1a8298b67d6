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
 *
 * Fixed as a measure with two lines is (reconcile/frames.ts nameLimitCells): each year's item keeps the first line's
 * cell and names every Ramme line's cell of its year in `lineCells`, which the explanation says («Økonomiplanen har 2
 * rammelinjer for R3, lagt sammen: …»). Failed before the fix.
 */
import { main } from '../../../src/cli/main';
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from '../../domain/consolidate/helpers';
import { exampleTyped, typeCells } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';

interface Item {
  code: string;
  ref: string;
  year?: number;
  measures: number;
  economyPlan: number;
  cells: { economyPlan?: string };
  lineCells?: string[];
}

describe('frame-total against two Ramme lines of one frame (SPEC §10)', () => {
  test('names both lines it adds up, not only the first (500) for a limit of 800', async () => {
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
    // Each year's item names that year's cell of both lines: G for 2027 … J for 2030.
    expect(r3.map((i) => [i.cells.economyPlan, i.lineCells])).toEqual(
      ['G', 'H', 'I', 'J'].map((c) => [`Økonomiplan!${c}2`, [`Økonomiplan!${c}2`, `Økonomiplan!${c}9`]]),
    );

    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], text);
    expect(text.out()).toContain(
      'Økonomiplanen har 2 rammelinjer for R3, lagt sammen: Økonomiplan!G2, Økonomiplan!G9.',
    );
    const en = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--lang', 'en'], en);
    expect(en.out()).toContain('The economy plan has 2 frame lines for R3, added up: Økonomiplan!J2, Økonomiplan!J9.');
  });

  test('across plans too: the consolidation’s frame-total names both Ramme lines', () => {
    // R3 limited by rows 2 (300 a year) and 5 (200 a year): 500. Boligsosial's D-001 100 / 300 / 300 / 300 and
    // Helse's D-101 200 / 300 / 200 / 100 ask 300 / 600 / 500 / 400 together: over in 2028 by 100.
    const lines = [
      line({ row: 2, type: 'Ramme', frame: 'R3', years: [300, 300, 300, 300] }),
      line({ row: 5, type: 'Ramme', frame: 'R3', years: [200, 200, 200, 200] }),
    ];
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy(lines),
    );
    const r3 = consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => [i.year, i.measures, i.economyPlan, i.class])).toEqual([
      [2027, 300_000, 500_000, 'match'],
      [2028, 600_000, 500_000, 'mismatch'],
      [2029, 500_000, 500_000, 'match'],
      [2030, 400_000, 500_000, 'match'],
    ]);
    expect(r3[1]?.lineCells).toEqual(['Økonomiplan!H2', 'Økonomiplan!H5']);
    const text = r3[1] === undefined ? '' : explainConsolidation(r3[1], 'nb', '1000 kr', consolidation.years);
    expect(text).toContain('Økonomiplanen har 2 rammelinjer for R3, lagt sammen: Økonomiplan!H2, Økonomiplan!H5.');
  });
});
