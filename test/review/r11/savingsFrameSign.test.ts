/**
 * Review r11: a frame whose Ramme line is a cut (negative: an innsparingskrav) and whose measures ask for new money
 * is classed «Motsatt fortegn» with «En innsparing skal være negativ begge steder», not as measures over the frame
 * (SPEC §10: frame-total compares the measures with the frame's Ramme line, «which the measures must not exceed»;
 * «a year whose measures exceed the frame is `mismatch`, since each year's frame binds on its own»).
 *
 * The built-in example (1000 kr) with R1's Ramme line (Økonomiplan row 4) typed −100 in every year: finance has
 * cut R1 by 100 a year. R1's one measure, D-009 (Bo Kart, Engangs), asks for new money 120 in 2027. By hand: the
 * frame allows −100 in 2027; the measures take +120; they exceed it by 220. (2028–2030: 0 against −100, over by 100
 * each, which the check already calls Avvik.)
 *
 * What she sees for 2027: «Motsatt fortegn … tiltaksplanen har 120, økonomiplanen −100: motsatt fortegn. En
 * innsparing skal være negativ begge steder.» D-009 is no saving; nothing is typed with a wrong sign. Done as
 * told (the line made +100, or the measure −120), either the cut is gone from the economy plan or the measure
 * turns into a saving it is not. 2028–2030, the same frame over by 100, are «Avvik».
 *
 * Expected: 2027 is classed as the other years are, a mismatch of 220 over the frame, not «sign».
 */
import { main } from '../../../src/cli/main';
import { exampleTyped, typeCells } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';

describe('measures over a negative Ramme line (a cut) (SPEC §10)', () => {
  test('are over the frame (mismatch), not of «opposite sign»', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect([sheet.getCell('B4').value, sheet.getCell('D4').value, sheet.getCell('G4').value]).toEqual([
        'Ramme',
        'R1',
        120,
      ]);
      typeCells(sheet, { G4: -100, H4: -100, I4: -100, J4: -100 });
    });

    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as {
      reconciliation: {
        code: string;
        ref: string;
        year?: number;
        class: string;
        measures: number;
        economyPlan: number;
        difference: number;
      }[];
    };
    const r1 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R1');
    // The figures: D-009's 120 in 2027 against −100, then 0 against −100.
    expect(r1.map((i) => [i.year, i.measures, i.economyPlan, i.difference])).toEqual([
      [2027, 120_000, -100_000, 220_000],
      [2028, 0, -100_000, 100_000],
      [2029, 0, -100_000, 100_000],
      [2030, 0, -100_000, 100_000],
    ]);
    expect(r1.map((i) => i.class)).toEqual(['mismatch', 'mismatch', 'mismatch', 'mismatch']);

    // What she reads for 2027: the overrun of the cut, not a sign to change.
    const text = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx'], text);
    const r1in2027 = text
      .out()
      .split('\n')
      .filter((l) => l.includes('rammeområde R1 i 2027'));
    expect(r1in2027).toHaveLength(1);
    expect(r1in2027[0]).toContain('innsparingskrav');
    expect(r1in2027[0]).toContain('220 over rammen');
    expect(r1in2027[0]).not.toContain('fortegn');
  });
});
