/**
 * Review (r7): an economy plan line that matches no measure and holds 0 in every year (finance zeroed a measure
 * that ended, and kept its line: the built-in example's «ØP23-117 Ruskonsulent (avsluttet tiltak)», Økonomiplan
 * G9:J9 set to 0). Its item is `economy-plan-line-unmatched`, severity warning (SPEC §10), with class `match`
 * (Δ = 0 − 0). The text report then contradicts itself:
 *   «Avstemming: 2 feil, 3 advarsler, 51 i samsvar eller innenfor toleransen» — but the class table says
 *   «Samsvar 52», the list shows two warnings (D-005's timing), and the last line says «52 sammenligninger er i
 *   samsvar og listes ikke enkeltvis her». The third warning is counted and never shown. JSON: warnings 3.
 *
 * By hand (the example, 56 comparisons): errors D-003 2030 (500 vs 400) and D-011 (no line) = 2; warnings D-005
 * 2027 and 2030 (timing) and the ØP23-117 line = 3; the other 51 are matches.
 *
 * Reproduce: tiltaksplan new plan.xlsx --example; type 0 in Økonomiplan!G9:J9; tiltaksplan check plan.xlsx.
 *
 * Fixed when the report's own counts agree: as many warnings listed as the summary counts, and the number said
 * to match equal to the summary's «i samsvar» (whichever way: list the line, or class and count it otherwise).
 * Fixed by SPEC §10's words (economy-plan-line-unmatched → warning): the line is a warning of class mismatch, as a
 * measure without a line is, whatever its amounts (classify.ts UNMATCHED_CLASS), so it is listed.
 */
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells } from './exampleTyped';
import { testIo } from './testIo';

describe('an unmatched economy plan line of zeros: the report counts what it lists (SPEC §10, §12)', () => {
  test('the summary’s warnings are listed, and «i samsvar» is one number', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect(sheet.getCell('C9').value).toBe('ØP23-117');
      typeCells(sheet, { G9: 0, H9: 0, I9: 0, J9: 0 });
    });

    await main(['check', 'plan.xlsx'], io);
    const text = io.out();
    const summary = /Avstemming: (\d+) feil, (\d+) advarsler, (\d+) i samsvar/.exec(text);
    expect(summary).not.toBeNull();
    const [, errors, warnings, matching] = summary ?? [];
    // By hand (above): 2 errors, 3 warnings, 51 matches.
    expect([errors, warnings, matching]).toEqual(['2', '3', '51']);
    const part = text.slice(text.indexOf('Avstemming mot økonomiplanen'));
    const listedWarnings = part.split('\n').filter((l) => l.startsWith('  Advarsel ')).length;
    const notListed = /(\d+) sammenligninger er i samsvar og listes ikke/.exec(part)?.[1];
    expect({ listedWarnings, notListed }).toEqual({ listedWarnings: Number(warnings), notListed: matching });
    // The class table says what the summary says: 51 Samsvar; the zeroed line is a warning of class Avvik (mismatch).
    expect(/^ {2}Samsvar +(\d+)$/m.exec(part)?.[1]).toBe('51');
    expect(part).toMatch(/^ {2}Advarsel +Avvik +Økonomiplanlinje uten tiltak +ØP23-117 /m);
    // Its advice names the likely case: a line kept at 0 after its measure ended (unmatchedZeroLine in test/i18n).
    expect(part).toContain('Linjen er 0 i alle år: gjaldt den et tiltak som er avsluttet, kan den slettes.');

    const json = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--format', 'json'], json);
    const doc = JSON.parse(json.out()) as { reconciliation: { code: string; ref: string; class: string }[] };
    const line = doc.reconciliation.filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(line.map((i) => [i.ref, i.class])).toEqual([['ØP23-117', 'mismatch']]);
  });
});
