/**
 * `tiltaksplan roll` of a workbook whose settings table holds rows of the user's own (SPEC §11: nothing the user
 * typed is lost). Hand-made from `new --example` (settings 2027–2030, tblInnstillinger A1:B8, seven settings):
 * rows 9–11 added inside the table — «Saksbehandler | Kari», «Frist økonomi | 45» (a number) and a second
 * «Prisnivå | faste 2026-kroner» (a stale copy of a product setting) — and a column C «Merknad», the table
 * resized to A1:C11.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { readPlan } from '../../src/domain/read/plan';
import { cliText } from '../../src/i18n/cli';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

async function handMade(dir: string): Promise<void> {
  expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
  const settings = (await wb.read()).sheets.find((s) => s.sheet === 'Innstillinger');
  expect(settings?.values[7]?.[0]).toBe('Plannavn'); // row 8: the last of the seven settings
  await wb.apply([
    {
      kind: 'setCells',
      sheet: 'Innstillinger',
      origin: 'A9',
      values: [
        ['Saksbehandler', 'Kari'],
        ['Frist økonomi', 45],
        ['Prisnivå', 'faste 2026-kroner'],
      ],
    },
    { kind: 'setCells', sheet: 'Innstillinger', origin: 'C1', values: [['Merknad'], ['sjekk med Per']] },
    { kind: 'resizeTable', name: 'tblInnstillinger', ref: 'A1:C11' },
  ]);
  await saveXlsxFile(wb, path.join(dir, 'egne.xlsx'));
}

describe("roll of a settings table with the user's own rows", () => {
  it('carries «Saksbehandler | Kari» and «Frist økonomi | 45» into the rolled table, below the new settings', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['egne.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const snapshot = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const rows = snapshot.sheets.find((s) => s.sheet === 'Innstillinger')?.values ?? [];
      // Rows 2–8: the product's seven settings with their new values (Første planår 2027 + 1 = 2028);
      // rows 9–10: the user's rows as typed; the table grows to A1:B10 (1 header + 7 + 2).
      expect(rows[1]?.slice(0, 2)).toEqual(['Første planår', 2028]);
      expect(rows[4]?.slice(0, 2)).toEqual(['Prisnivå', 'faste 2028-kroner']);
      expect(rows[8]?.slice(0, 2)).toEqual(['Saksbehandler', 'Kari']);
      expect(rows[9]?.slice(0, 2)).toEqual(['Frist økonomi', 45]);
      expect(rows[10]?.slice(0, 2) ?? [null, null]).toEqual([null, null]);
      expect(snapshot.tables.find((t) => t.name === 'tblInnstillinger')?.ref).toBe('A1:B10');
      // The rolled workbook reads: the user's rows change no setting.
      const { plan } = readPlan(snapshot, { defaultStartYear: 2030 });
      expect(plan.settings).toMatchObject({ startYear: 2028, priceLevel: 'faste 2028-kroner' });
    } finally {
      cleanup();
    }
  });

  it('names the second Prisnivå row and the column Merknad, which it does not carry', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['egne.xlsx', '--out', 'rullert.xlsx'], dir);
      const lines = result.stdout.split('\n');
      const repeated = cliText('whatSetting', 'nb', {
        setting: 'Prisnivå',
        value: 'faste 2026-kroner',
        cell: 'Innstillinger!B11',
      });
      const column = cliText('whatColumn', 'nb', { header: 'Merknad', cell: 'Innstillinger!C1' });
      expect(lines).toEqual(
        expect.arrayContaining([
          cliText('notCarried', 'nb', { what: repeated }),
          cliText('notCarried', 'nb', { what: column }),
        ]),
      );
      expect(result.stdout).not.toContain('Saksbehandler');
    } finally {
      cleanup();
    }
  });
});
