/**
 * FAILS (bug found in review of f4b227f; it was there before in another form): a number too large for the unit is
 * written by the roll (and its archive) as text.
 *
 * Hand-made from `new --example --start 2027 --unit "mill kr"`: D-003 (Tiltak drift row 4) gets the number 1 200 000
 * in I4 («2028»): 1 200 000 mill kr = 1,2 × 10^12 kr, beyond the 10^12 a cell may hold, so check reports
 * amount-invalid, reason too-large, and counts it as 0 (SPEC §7). The cell holds a number, typed as a number.
 * read/typedTexts.ts keeps every amount-invalid whose `value` param is a string «as typed», and f4b227f made that
 * param the number formatted for the message, «1 200 000» with no-break spaces (before it, String(n): «1200000»),
 * so the rolled table (D-003 on row 3 after D-002 leaves, 2028 in H) and the archive get the TEXT «1 200 000» where
 * she typed a number. A copy of the plan must write what she typed: the number 1 200 000.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

describe('roll of a plan with a number too large for its unit', () => {
  it('writes the number as typed, not as text, in the rolled table and the archive', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const made = await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'], dir);
      expect(made.code).toBe(0);
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'I4', values: [[1_200_000]] }]);
      await saveXlsxFile(wb, path.join(dir, 'stor.xlsx'));
      const result = await runCommand(run, ['stor.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const drift = rolled.sheets.find((s) => s.sheet === 'Tiltak drift');
      // D-003 on row 3 (index 2), 2028 in H (index 7).
      expect(drift?.values[2]?.[0]).toBe('D-003');
      expect(drift?.values[2]?.[7]).toBe(1_200_000);
      // The archive: D-003's row holds the number too, nowhere the text.
      const archive = rolled.sheets.find((s) => s.sheet === 'Arkiv 2027–2030');
      const row = archive?.values.find((r) => Array.isArray(r) && r[0] === 'D-003');
      expect(row).toContain(1_200_000);
      expect(row?.some((v) => typeof v === 'string' && /^1\s200\s000$/.test(v))).toBe(false);
    } finally {
      cleanup();
    }
  });
});
