/**
 * Review r13 (4182303: a measure whose line has its Ref but the wrong Del/Linjetype is told to correct that line):
 * when the wrong Linjetype is «Ramme», the same cell gets two opposite pieces of advice.
 *
 * The built-in example with Økonomiplan!B5 (D-001's line: Drift, Tiltak, Ref D-001, no Rammeområde, 600 / 1 200 /
 * 1 800 / 2 400) typed «Ramme», as a slip in the drop-down.
 *
 * What she sees:
 * - Funn, Økonomiplan C5 (frame-invalid, Feil): «Økonomiplanlinjen viser til rammeområdet «D-001», som ikke finnes i
 *   listen over rammeområder (R1, …, R5) … Rett koden til en av dem.»
 * - Avstemming, D-001 «Tiltak mangler i økonomiplanen»: «… Linjetype er «Ramme»: linjen til D-001 skal ha Linjetype
 *   Tiltak. Rett Linjetype på linjen; Ref-en er riktig.»
 * - Avstemming, «Økonomiplanlinje uten tiltak» at C5: «… Skriv en av kodene i Rammeområde. … Rett Linjetype på
 *   linjen; Ref-en er riktig.»
 * Following the first (or the first half of the third) she types R3 over D-001 in C5 and turns D-001's line into a
 * second R3 Ramme line of 6 000: the frame limit changes and D-001 stays without line.
 *
 * Expected: one advice, the one 4182303 gives — the Ref names D-001, so correct Linjetype (docs/spec.md §6: Ref is
 * the measure's ID for Tiltak lines, a frame code belongs in Rammeområde; §10 an item says what to correct). No
 * «Rett koden til en av dem» / «Skriv en av kodene i Rammeområde» for a line whose Ref is a measure's ID.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { exampleTyped } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';

describe('a measure line with Linjetype «Ramme» by mistake (SPEC §6, §10)', () => {
  test('is not also told to put a frame code over its Ref', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect([sheet.getCell('B5').value, sheet.getCell('C5').value, sheet.getCell('D5').value]).toEqual([
        'Tiltak',
        'D-001',
        null,
      ]);
      sheet.getCell('B5').value = 'Ramme';
    });
    await main(['check', path.join(io.cwd, 'plan.xlsx')], io);
    const out = io.out();
    // The Linjetype advice is there (4182303) …
    expect(out).toContain('Rett Linjetype på linjen; Ref-en er riktig.');
    // … and nothing asks her to replace the measure's Ref with a frame code.
    expect(out).not.toContain('Rett koden til en av dem');
    expect(out).not.toContain('Skriv en av kodene i Rammeområde');
    // The finding on the line names the slip at its Linjetype cell (B5), with the same advice.
    expect(out).toMatch(/B5 +Økonomiplanlinjen har Linjetype «Ramme», men Ref-en «D-001» er ID-en til et tiltak/);
    expect(out).toContain('Er det linjen til D-001, rett Linjetype til Tiltak; Ref-en er riktig.');
  });
});
