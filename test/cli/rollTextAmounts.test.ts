/**
 * `tiltaksplan roll` of a workbook with amounts typed as text: the roll writes them as numbers (figures unchanged,
 * but Excel's own sums now count them) and says so. Hand-made from `new --example --start 2027`: D-004 in row 5 of
 * «Tiltak drift» (2027…2030 in H…K, all empty) gets "1 500" in H5 (2027) and "200" in I5 (2028), typed as text.
 * D-002 (row 3) leaves, so D-004 stands in row 4 after the roll, with 2028 in H: H4 holds the number 200.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cliCommand';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

describe('roll names the amounts typed as text that it writes as numbers', () => {
  it('says how many, and which cells, and writes the number', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
      await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'H5', values: [['1 500', '200']] }]);
      await saveXlsxFile(wb, path.join(dir, 'tekst.xlsx'));
      const result = await runCommand(run, ['tekst.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const line = cliText('rollTextAmounts', 'nb', {
        count: 2,
        cells: 'Tiltak drift!H5, Tiltak drift!I5',
        sheet: 'Arkiv 2027–2030',
      });
      expect(result.stdout.split('\n')).toContain(line);
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const drift = rolled.sheets.find((s) => s.sheet === 'Tiltak drift');
      // Origin A1: row 4 is values[3], column H is values[…][7].
      expect(drift?.values[3]?.[0]).toBe('D-004');
      expect(drift?.values[3]?.[7]).toBe(200);
    } finally {
      cleanup();
    }
  }, 60_000);
});
