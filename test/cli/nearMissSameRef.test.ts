/**
 * Review (r10), noticed while checking frames: the near-miss hint (nearMiss.ts, «Økonomiplanlinjen D-003 (C6) ser
 * ut til å gjelde D-003 — rett Ref på linjen til D-003») is given for a line whose Ref already is the measure's ID
 * exactly: looseRef(ref) equal includes equal refs. The line is unmatched for another reason (here its Linjetype is
 * Finansiering, which only a project's line can be), so telling her to correct the Ref to what it already says
 * sends her to the wrong cell.
 *
 * The built-in example (1000 kr): Økonomiplan!B6 (D-003's line) typed Finansiering instead of Tiltak.
 * By hand: Ref C6 = «D-003» = D-003's ID; no explanation should ask to correct the Ref to D-003. The line's and
 * D-003's explanations say instead that Del or Linjetype does not fit (an operating measure: Del Drift, Tiltak).
 *
 * Reproduce: tiltaksplan new p.xlsx --example; Økonomiplan!B6 = Finansiering; tiltaksplan check p.xlsx.
 */
import { main } from '../../src/cli/main';
import { exampleTyped } from './exampleTyped';
import { testIo } from './testIo';

describe('an unmatched economy plan line whose Ref is the measure’s ID exactly', () => {
  test('is not told to correct its Ref to that same ID', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const ep = wb.getWorksheet('Økonomiplan')!;
      expect([ep.getCell('B6').value, ep.getCell('C6').value]).toEqual(['Tiltak', 'D-003']);
      ep.getCell('B6').value = 'Finansiering';
    });

    await main(['check', 'plan.xlsx'], io);
    const text = io.out();
    // The premise: the line is unmatched and D-003 has no line.
    expect(text).toMatch(/Økonomiplanlinjen D-003 \(1.650\) svarer ikke til noe tiltak/);
    expect(text).not.toContain('rett Ref på linjen til D-003');
    // By hand: D-003 is an operating measure, so its line needs Linjetype Tiltak (Del Drift, as typed); both items say
    // that Linjetype is what is wrong, and the line's own sentence does not ask to check the Ref (sameRefLine.test.ts).
    const why =
      'Økonomiplanlinjen D-003 (C6) har Ref-en til D-003, men Linjetype er «Finansiering»: linjen til D-003 skal ha ' +
      'Linjetype Tiltak. Rett Linjetype på linjen; Ref-en er riktig.';
    expect(text.split(why).length - 1).toBe(2);
    expect(text).not.toMatch(
      /Økonomiplanlinjen D-003 \(1.650\) svarer ikke til noe tiltak eller prosjekt\. Kontroller/,
    );
  });
});
