/**
 * FAILS (bug found in review of aceb4d8..451f611, keptAmounts): an Engangs measure with a number too large for the
 * unit in a year that stays is taken for finished, and the roll removes it from Tiltak drift.
 *
 * Hand-made from `new --example --start 2027 --unit "mill kr"`: D-002 (Tiltak drift row 3, Engangs, cost in 2027
 * only) gets the number 1 200 000 in I3 («2028»): 1 200 000 mill kr = 1,2 × 10^12 kr, beyond the 10^12 a cell may
 * hold, so the reader counts it as 0 (SPEC §7) and check reports amount-invalid (too-large). rollover.ts isFinished
 * asks unknownLeft, which since keptAmounts carries such a cell as a number (not the text it was before) no longer
 * sees it (rollover/unknown.ts unknownText: strings only). So D-002 reads as «an Engangs measure with no cost left
 * in the new period» and leaves the tables (SPEC §11) — with the 1 200 000 she typed for 2028. Before the change
 * the cell was kept as text and the measure stayed. Expected: D-002 stays, on row 3 after D-001, with the number
 * 1 200 000 in its 2028 cell, now H (H = 2028 after 2027 leaves).
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

describe('roll of an Engangs measure with a number too large for the unit in a year that stays', () => {
  it('keeps the measure, with the number in its year', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const made = await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'], dir);
      expect(made.code).toBe(0);
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const before = (await wb.read()).sheets.find((s) => s.sheet === 'Tiltak drift');
      // Row 3 is D-002, Engangs (F).
      expect([before?.values[2]?.[0], before?.values[2]?.[5]]).toEqual(['D-002', 'Engangs']);
      await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'I3', values: [[1_200_000]] }]);
      await saveXlsxFile(wb, path.join(dir, 'stor.xlsx'));
      const result = await runCommand(run, ['stor.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const drift = rolled.sheets.find((s) => s.sheet === 'Tiltak drift');
      const ids = (drift?.values ?? []).map((r) => r?.[0]);
      expect(ids).toContain('D-002');
      // D-002 on row 3 (index 2), 2028 now in H (index 7): the number she typed.
      expect(drift?.values[2]?.[0]).toBe('D-002');
      expect(drift?.values[2]?.[7]).toBe(1_200_000);
    } finally {
      cleanup();
    }
  });
});
