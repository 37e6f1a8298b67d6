/**
 * `tiltaksplan roll` of a workbook whose settings table holds rows of the user's own (SPEC §11: nothing the user
 * typed is lost). Hand-made from `new --example` (settings 2027–2030, tblInnstillinger A1:B8, seven settings):
 * rows 9–11 added inside the table — «Saksbehandler | Kari», «Frist økonomi | 45» (a number) and a second
 * «Prisnivå | faste 2026-kroner» (a stale copy of a product setting) — and a column C «Merknad» with a note
 * beside Første planår (C2), beside Saksbehandler (C9) and beside the stale Prisnivå (C11), the table resized to
 * A1:C11.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { readPlan } from '../../src/domain/read/plan';
import { cliText } from '../../src/i18n/cliCommand';
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
    { kind: 'setCells', sheet: 'Innstillinger', origin: 'C9', values: [['ny fra mars'], [null], ['gammel']] },
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
      // rows 9–10: the user's rows as typed; the table is A1:C10 (1 header + 7 + 2, Merknad carried).
      expect(rows[1]?.slice(0, 2)).toEqual(['Første planår', 2028]);
      expect(rows[4]?.slice(0, 2)).toEqual(['Prisnivå', 'faste 2028-kroner']);
      expect(rows[8]?.slice(0, 2)).toEqual(['Saksbehandler', 'Kari']);
      expect(rows[9]?.slice(0, 2)).toEqual(['Frist økonomi', 45]);
      expect(rows[10]?.slice(0, 2) ?? [null, null]).toEqual([null, null]);
      expect(snapshot.tables.find((t) => t.name === 'tblInnstillinger')?.ref).toBe('A1:C10');
      // The rolled workbook reads: the user's rows change no setting.
      const { plan } = readPlan(snapshot, { defaultStartYear: 2030 });
      expect(plan.settings).toMatchObject({ startYear: 2028, priceLevel: 'faste 2028-kroner' });
    } finally {
      cleanup();
    }
  });

  it('carries the column Merknad after Verdi, each note on the row it stood on; the lists stay where they stood', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      expect((await runCommand(run, ['egne.xlsx', '--out', 'rullert.xlsx'], dir)).code).toBe(0);
      const snapshot = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const rows = snapshot.sheets.find((s) => s.sheet === 'Innstillinger')?.values ?? [];
      // Header A1:C1; C2 beside Første planår (now 2028), C9 beside Saksbehandler; nothing beside the others.
      expect(rows[0]?.slice(0, 3)).toEqual(['Innstilling', 'Verdi', 'Merknad']);
      expect(rows[1]?.slice(0, 3)).toEqual(['Første planår', 2028, 'sjekk med Per']);
      expect(rows[2]?.[2] ?? null).toBeNull();
      expect(rows[8]?.slice(0, 3)).toEqual(['Saksbehandler', 'Kari', 'ny fra mars']);
      expect(rows[9]?.[2] ?? null).toBeNull();
      // 1 header + 7 settings + 2 rows of the user's, three columns. The lists are written where they stood (placed.ts):
      // tblSeksjoner at D1, right beside Merknad, as the user had it (it no longer moves one column right, which would
      // have left her formulas that read Innstillinger!D2 reading an empty cell).
      const refOf = (name: string) => snapshot.tables.find((t) => t.name === name)?.ref;
      expect(refOf('tblInnstillinger')).toBe('A1:C10');
      expect(refOf('tblSeksjoner')?.startsWith('D1:')).toBe(true);
      // The stale Prisnivå row is not carried, nor its note.
      expect(rows.flat()).not.toContain('gammel');
      const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2030 });
      expect(plan.settings).toMatchObject({ startYear: 2028, priceLevel: 'faste 2028-kroner' });
      expect(plan.lists.sections.length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.sheet === 'Innstillinger')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('names the second Prisnivå row, which it does not carry, and not the column Merknad, which it does', async () => {
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
      expect(lines).toEqual(expect.arrayContaining([cliText('notCarried', 'nb', { what: repeated })]));
      expect(result.stdout).not.toContain('Merknad');
      expect(result.stdout).not.toContain('Saksbehandler');
    } finally {
      cleanup();
    }
  });
});
