/**
 * FAILS (bug found in review of aceb4d8..451f611, productFormulas.ts RECOMPUTED): a formula she typed in Tidligere
 * bevilget is no longer named by the roll, though the rolled table holds a plain value there: her formula is gone
 * unsaid (docs/spec.md §11: each formula cell of a product column that the roll writes as a value is named).
 *
 * The fix for test/cli/rollProductFormulasLeaving.test.ts (do not say «written as the value it showed, 0» when the
 * roll wrote 0 + 3000) left Tidligere bevilget out of productFormulas altogether. Hand-made from
 * `new --example --start 2027` (1000 kr):
 * - I-002 (Tiltak investering row 3: Tidligere bevilget 0, 2027 0, 2028 10000 …): J3 =1000+500 showing 1500. 2027
 *   adds nothing, so the rolled J3 is the value 1500 — exactly «the value it showed» — and the formula is gone; the
 *   roll says nothing of J3.
 * - I-001 (row 2: 2027 3000): J2 =1000+500 showing 1500; the roll writes 1500 + 3000 = 4500 as a value, the formula
 *   gone, and says nothing of J2 either.
 * Expected: each cell named (with words that fit what was written), as before the change.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

const SHEET = 'Tiltak investering';

describe('roll of a plan with a formula in Tidligere bevilget', () => {
  it('names the cell whose formula it wrote as a value', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      const f = { formula: '=1000+500', value: 1500 };
      await wb.apply([{ kind: 'setCells', sheet: SHEET, origin: 'J2', values: [[f], [f]] }]);
      await saveXlsxFile(wb, path.join(dir, 'formler.xlsx'));
      const result = await runCommand(run, ['formler.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const inv = rolled.sheets.find((s) => s.sheet === SHEET);
      // I-001: 1500 + 3000 (its 2027) = 4500; I-002: 1500 + 0 = 1500. Plain values, no formula.
      expect([inv?.values[1]?.[0], inv?.values[1]?.[9]]).toEqual(['I-001', 4500]);
      expect([inv?.values[2]?.[0], inv?.values[2]?.[9]]).toEqual(['I-002', 1500]);
      expect([inv?.formulas?.[1]?.[9] ?? null, inv?.formulas?.[2]?.[9] ?? null]).toEqual([null, null]);
      const said = `${result.stdout}${result.stderr}`;
      expect(said).toContain(`${SHEET}!J3`);
      expect(said).toContain(`${SHEET}!J2`);
    } finally {
      cleanup();
    }
  });
});
