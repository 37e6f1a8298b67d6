/**
 * `tiltaksplan roll` of a plan whose product columns hold formulas of the user's (SPEC §11: nothing she typed is
 * lost unsaid). Hand-made from `new --example --start 2027` (1000 kr; tblTiltakDrift A1:U12, tblOkonomiplan A1:K23):
 * - D-003 (row 4: 350, 700, 700, 700 in 2027–2030, Helårsvirkning 700): I4 (2028) =H4*2 showing 700 (350 × 2) and
 *   J4 (2029) =I4 showing 700;
 * - D-004 (row 5): Ansvarlig R5 =Innstillinger!K3 showing «Leder boligkontor» (K3 holds it);
 * - D-002 (row 3, Engangs, 300 in 2027 alone, which the roll finishes): H3 =100*3 showing 300 — the row leaves the
 *   tables for the archive sheet (values), so it is not named;
 * - the economy plan line of D-003 (row 6: 250, 500, 500, 400): H6 (2028) =G6*2 showing 500 (250 × 2).
 * The roll writes the rolled tables anew (2028–2031): each of those cells goes in as the value it showed, on its
 * year's new column, and each is named. Sum periode (the product's own formula) is not named.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cliCommand';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

async function handMade(dir: string): Promise<void> {
  expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
  await wb.apply([
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H3', values: [[{ formula: '=100*3', value: 300 }]] },
    {
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: 'I4',
      values: [
        [
          { formula: '=H4*2', value: 700 },
          { formula: '=I4', value: 700 },
        ],
      ],
    },
    {
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: 'R5',
      values: [[{ formula: '=Innstillinger!K3', value: 'Leder boligkontor' }]],
    },
    { kind: 'setCells', sheet: 'Økonomiplan', origin: 'H6', values: [[{ formula: '=G6*2', value: 500 }]] },
  ]);
  await saveXlsxFile(wb, path.join(dir, 'formler.xlsx'));
}

describe('roll of a plan with formulas of the user in the product columns', () => {
  it('writes each as the value it showed, on its year, and names each cell with its formula and value', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['formler.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const line = (cell: string, column: string, formula: string, value: string) =>
        cliText('rollProductFormulaValue', 'nb', { cell, column, formula, value });
      const lines = result.stdout.split('\n');
      expect(lines).toEqual(
        expect.arrayContaining([
          line('Tiltak drift!I4', '2028', '=H4*2', '700'),
          line('Tiltak drift!J4', '2029', '=I4', '700'),
          line('Tiltak drift!R5', 'Ansvarlig', '=Innstillinger!K3', '«Leder boligkontor»'),
          line('Økonomiplan!H6', '2028', '=G6*2', '500'),
        ]),
      );
      // D-002's row left the tables; Sum periode (L) is the product's formula.
      expect(result.stdout).not.toContain('Tiltak drift!H3');
      expect(result.stdout).not.toMatch(/Tiltak drift!L\d/);
      // The rolled file: D-002 left, so D-003 is on row 3 with 2028…2031 in H…K: 700, 700, 700 and its
      // Helårsvirkning 700 in the new last year; the economy plan's D-003 line keeps row 6, 2028 in G: 500.
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const sheet = (name: string) => rolled.sheets.find((s) => s.sheet === name);
      const drift = sheet('Tiltak drift');
      expect(drift?.values[2]?.slice(7, 11)).toEqual([700, 700, 700, 700]);
      expect(drift?.formulas?.[2]?.slice(7, 11).filter((f) => f)).toEqual([]);
      expect(drift?.values[3]?.[17]).toBe('Leder boligkontor');
      const lines6 = sheet('Økonomiplan');
      expect(lines6?.values[5]?.slice(2, 3).concat(lines6.values[5]?.slice(6, 9) ?? [])).toEqual([
        'D-003',
        500,
        500,
        400,
      ]);
    } finally {
      cleanup();
    }
  });
});
