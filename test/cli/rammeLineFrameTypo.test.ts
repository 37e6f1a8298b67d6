/**
 * Review (r7): a Ramme line whose Rammeområde is mistyped hides a frame overrun completely (SPEC §10: "frame-total
 * … vs the frame's Ramme line (must not exceed it)"; §6: Rammeområde is the frame code).
 *
 * The built-in example (1000 kr), as finance might type it: the R3 Ramme line (Økonomiplan row 2) has «R 3» in
 * Rammeområde (a space; tblRammeomrader has R3, no «R 3») and 500 in each year; the other lines are made to agree
 * with the measures (row 9 becomes D-011's line 200 / 200 / 200 / 200, D-005's line 200 / 400 / 400 / 400, D-003's
 * 2030 = 500), so nothing else differs.
 *
 * By hand: R3's measures ask for new money D-001 600 / 1 200 / 1 800 / 2 400 + D-005 (400, 800, 800, 800) × 400 /
 * 800 = 200 / 400 / 400 / 400 + D-011 200 / 200 / 200 / 200 = 1 000 / 1 800 / 2 400 / 3 000 thousand, against a
 * frame of 500 a year: over it by 500 / 1 300 / 1 900 / 2 500. The check says «Ingen feil», 0 warnings, «Alle
 * sammenligninger er i samsvar» and exits 0: R3, having no Ramme line it recognises, is compared with the sum of its
 * Tiltak lines (equal), and «R 3» is a frame of its own with no measures, «within» its 500 each year. No finding
 * names the line's unknown frame code.
 *
 * Reproduce: tiltaksplan new plan.xlsx --example; type R3_RAMME_TYPED (exampleTyped.ts) in Økonomiplan; tiltaksplan check plan.xlsx; echo $?.
 *
 * Fixed (w101): the line's «R 3» is an error `frame-invalid` at Økonomiplan!D2 naming the list's codes (a value
 * not in the list, as on a measure row), and the line, limiting no frame, is an unmatched line (a warning naming
 * the cell) rather than a frame of its own: exit 1. R3 is still compared with its Tiltak lines; «R 3» is not
 * taken to mean R3.
 */
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells, R3_RAMME_TYPED } from './exampleTyped';
import { testIo } from './testIo';

describe('a Ramme line with a frame code not in tblRammeomrader (SPEC §10)', () => {
  test('is not silently a frame of its own while the real frame goes over it', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      const sheet = wb.getWorksheet('Økonomiplan')!;
      expect([sheet.getCell('B2').value, sheet.getCell('D2').value]).toEqual(['Ramme', 'R3']);
      typeCells(sheet, R3_RAMME_TYPED);
    });

    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as {
      summary: { errors: number; warnings: number };
      issues: { code: string; severity: string; sheet: string; cell: string; message: string }[];
      reconciliation: {
        code: string;
        ref: string;
        year?: number;
        measures: number;
        economyPlan: number;
        severity: string;
        cells: { economyPlan?: string };
      }[];
    };
    // The R3 measures' new money per year, worked out above.
    const r3 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => i.measures)).toEqual([1_000_000, 1_800_000, 2_400_000, 3_000_000]);
    expect(report.summary.errors + report.summary.warnings).toBeGreaterThan(0);
    // The finding: at the line's Rammeområde cell, naming «R 3» and the codes of tblRammeomrader (R1–R5).
    const invalid = report.issues.filter((i) => i.code === 'frame-invalid');
    expect(invalid).toMatchObject([{ severity: 'error', sheet: 'Økonomiplan', cell: 'D2' }]);
    expect(invalid[0]?.message).toContain('«R 3»');
    expect(invalid[0]?.message).toContain('R1, R2, R3, R4, R5');
    // No frame «R 3» compared with nothing: the line is unmatched, 4 × 500 = 2 000 thousand.
    expect(
      report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref !== 'R3' && i.ref.includes('3')),
    ).toEqual([]);
    const line = report.reconciliation.filter((i) => i.cells.economyPlan === 'Økonomiplan!D2');
    expect(line).toMatchObject([{ code: 'economy-plan-line-unmatched', severity: 'warning', economyPlan: 2_000_000 }]);
  });
});
