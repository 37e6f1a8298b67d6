/**
 * `tiltaksplan roll` of a plan whose measure tables and economy plan table hold columns of the user's own (SPEC
 * §11: nothing the user typed is lost). Hand-made from `new --example --start 2027` (tblTiltakDrift A1:U12,
 * tblTiltakInvestering A1:Y6, tblOkonomiplan A1:K23), a column added to each table:
 * - drift V «Kontaktperson»: V2 «Kari Nordmann» (D-001), V3 «Per Hansen» (D-002, an Engangs measure of 300 in
 *   2027 alone, which the roll finishes), V4 42 (D-003, a number), V5 =40+2 showing 42 (D-004, a formula);
 * - investering Z «Merknad 2» and AA headed by nothing: Z2 «avklart med Husbanken» (I-001), AA4 1234 (I-003);
 * - økonomiplan L «Kontonr»: L2 «12345» (text that looks like a number), L5 67890 (a number, the D-001 line), L6
 *   0.25 shown as 25 % (format 0%, the D-003 line).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run as checkRun } from '../../src/cli/commands/check';
import { run } from '../../src/cli/commands/roll';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { readPlan } from '../../src/domain/read/plan';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { cliText } from '../../src/i18n/cliCommand';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

async function handMade(dir: string): Promise<void> {
  expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
  await wb.apply([
    {
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: 'V1',
      values: [
        ['Kontaktperson'],
        ['Kari Nordmann'],
        ['Per Hansen'],
        [42],
        [{ formula: '=40+2', value: 42 }],
        [46082],
        [{ formula: '=2*3' }],
      ],
    },
    { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'V6', format: 'dd.mm.yyyy' },
    { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:V12' },
    { kind: 'setCells', sheet: 'Tiltak investering', origin: 'Z1', values: [['Merknad 2', null]] },
    { kind: 'setCells', sheet: 'Tiltak investering', origin: 'Z2', values: [['avklart med Husbanken']] },
    { kind: 'setCells', sheet: 'Tiltak investering', origin: 'AA4', values: [[1234]] },
    { kind: 'resizeTable', name: 'tblTiltakInvestering', ref: 'A1:AA6' },
    {
      kind: 'setCells',
      sheet: 'Økonomiplan',
      origin: 'L1',
      values: [['Kontonr'], ['12345'], [null], [null], [67890], [0.25]],
    },
    { kind: 'setNumberFormat', sheet: 'Økonomiplan', range: 'L6', format: '0%' },
    { kind: 'resizeTable', name: 'tblOkonomiplan', ref: 'A1:L23' },
  ]);
  await saveXlsxFile(wb, path.join(dir, 'egne.xlsx'));
}

const valuesOf = (wb: WorkbookSnapshot, sheet: string) => wb.sheets.find((s) => s.sheet === sheet)?.values ?? [];
/** Cells `from` … `to` (0-based) of a row; a file's row ends at its last cell, so what lies after it is null. */
const cells = (row: readonly unknown[] | undefined, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => row?.[from + i] ?? null);
/** The number format of a cell (0-based row and column of the sheet's block from A1). */
const formatOf = (wb: WorkbookSnapshot, sheet: string, row: number, col: number) =>
  wb.sheets.find((s) => s.sheet === sheet)?.numberFormats?.[row]?.[col] ?? null;
const refOf = (wb: WorkbookSnapshot, name: string) => wb.tables.find((t) => t.name === name)?.ref;

/** The rolled tables' cells of the user's columns, checked against what was typed (rows and columns by hand). */
function expectCarried(wb: WorkbookSnapshot, date: string | number): void {
  // Drift: 21 product columns A…U, then V. D-002 and D-009 (Engangs, cost in 2027 alone) leave, so the rows are
  // D-001 (2), D-003 (3), D-004 (4), D-005 … D-011 but D-009 (5–10): 1 header + 11 − 2 = 10 rows → A1:V10.
  const drift = valuesOf(wb, 'Tiltak drift');
  expect(drift[0]?.slice(20)).toEqual(['Kommentar', 'Kontaktperson']);
  expect(drift[1]?.[0]).toBe('D-001');
  expect(drift[1]?.[21]).toBe('Kari Nordmann');
  expect(drift[2]?.[0]).toBe('D-003');
  expect(drift[2]?.[21]).toBe(42);
  expect(drift[3]?.[0]).toBe('D-004');
  expect(drift[3]?.[21]).toBe(42); // =40+2 carried as the 42 it showed
  expect(drift[4]?.[0]).toBe('D-005');
  expect(drift[4]?.[21]).toBe(date); // a date again: the file's reader gives it as ISO text, the edits as 46082
  expect(formatOf(wb, 'Tiltak drift', 4, 21)).toBe('dd.mm.yyyy');
  // D-006's formula had no result to carry: its cell stays empty (the note names it), as do those of the others.
  expect(drift[5]?.[0]).toBe('D-006');
  for (const row of drift.slice(5)) expect(row[21] ?? null).toBeNull();
  expect(drift.flat()).not.toContain('Per Hansen');
  expect(refOf(wb, 'tblTiltakDrift')).toBe('A1:V10');
  // Investering: 25 product columns A…Y, then Z «Merknad 2» and AA, the 27th column: «Kolonne27». Nobody leaves.
  const inv = valuesOf(wb, 'Tiltak investering');
  expect(inv[0]?.slice(24)).toEqual(['Kommentar', 'Merknad 2', 'Kolonne27']);
  expect([inv[1]?.[0], ...cells(inv[1], 25, 26)]).toEqual(['I-001', 'avklart med Husbanken', null]);
  expect([inv[3]?.[0], ...cells(inv[3], 25, 26)]).toEqual(['I-003', null, 1234]);
  expect(refOf(wb, 'tblTiltakInvestering')).toBe('A1:AA6');
  // Økonomiplan: 11 product columns A…K (Plan last), then L; the 22 lines stay, each on its row.
  const lines = valuesOf(wb, 'Økonomiplan');
  expect(lines[0]?.slice(10)).toEqual(['Plan', 'Kontonr']);
  expect(lines[1]?.[11]).toBe('12345'); // text stays text
  expect([lines[4]?.[2], lines[4]?.[11]]).toEqual(['D-001', 67890]);
  expect([lines[5]?.[2], lines[5]?.[11]]).toEqual(['D-003', 0.25]);
  expect(formatOf(wb, 'Økonomiplan', 5, 11)).toBe('0%');
  expect(refOf(wb, 'tblOkonomiplan')).toBe('A1:L23');
}

describe("roll of measure and economy plan tables with columns of the user's own", () => {
  it('carries each column after the product columns, each cell on its measure; valid OOXML; check finds nothing new', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['egne.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      expectCarried(rolled, '2026-03-01T00:00:00.000Z');
      expectValidOoxml(readFileSync(path.join(dir, 'rullert.xlsx')));
      // No «not carried» for the columns any more; the formula carried as its value is named.
      for (const header of ['Kontaktperson', 'Merknad 2', 'Kontonr']) expect(result.stdout).not.toContain(header);
      const formula = cliText('rollFormulaValue', 'nb', { cell: 'Tiltak drift!V5', formula: '=40+2', value: '42' });
      const none = cliText('rollFormulaNoValue', 'nb', { cell: 'Tiltak drift!V7', formula: '=2*3' });
      expect(result.stdout.split('\n')).toEqual(expect.arrayContaining([formula, none]));
      // check of the rolled file says what it says of the plain example rolled: nothing about the added columns.
      expect((await runCommand(run, ['plan.xlsx', '--out', 'uten.xlsx'], dir)).code).toBe(0);
      const findings = async (file: string) => {
        const out = await runCommand(checkRun, [file, '--format', 'json'], dir);
        const issues = (JSON.parse(out.stdout) as { issues: { code: string; sheet: string; cell: string }[] }).issues;
        return issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`).sort();
      };
      expect(await findings('rullert.xlsx')).toEqual(await findings('uten.xlsx'));
      // Rolled once more, the columns stay as they are: the same header, each value on its measure (D-001 in row 2).
      expect((await runCommand(run, ['rullert.xlsx', '--out', 'igjen.xlsx'], dir)).code).toBe(0);
      const again = valuesOf(await (await openXlsxFile(path.join(dir, 'igjen.xlsx'))).read(), 'Tiltak drift');
      expect(cells(again[0], 20, 21)).toEqual(['Kommentar', 'Kontaktperson']);
      expect(cells(again[1], 0, 0).concat(cells(again[1], 21, 21))).toEqual(['D-001', 'Kari Nordmann']);
    } finally {
      cleanup();
    }
  });

  it('builds the same through planRolledWorkbook, and keeps the columns on the archive, Per Hansen with D-002', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const snapshot = await (await openXlsxFile(path.join(dir, 'egne.xlsx'))).read();
      const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
      const r = planRolledWorkbook(snapshot, plan, { date: '2027-10-01', findings });
      expect(r.finished).toEqual(['D-002', 'D-009']);
      expect(r.formulaValues).toEqual([
        { cell: 'Tiltak drift!V5', formula: '=40+2', value: 42, table: 'tblTiltakDrift' },
        { cell: 'Tiltak drift!V7', formula: '=2*3', value: null, table: 'tblTiltakDrift' },
      ]);
      const wb = applyEdits(EMPTY_WORKBOOK, r.edits);
      expectCarried(wb, 46082);
      // The archive: each table's header row ends with the user's columns, each row keeps its cells.
      const archive = valuesOf(wb, 'Arkiv 2027–2030');
      const rowOf = (id: string) => archive.find((row) => row[0] === id) ?? [];
      const header = (last: string) => archive.find((row) => row[0] === 'ID' && row.includes(last));
      expect(header('Kontaktperson')?.[21]).toBe('Kontaktperson');
      expect(rowOf('D-002')[21]).toBe('Per Hansen');
      expect(rowOf('D-001')[21]).toBe('Kari Nordmann');
      // The date on the archive: its day number, shown as a date (46082 = 01.03.2026, worked out above).
      const d005 = archive.findIndex((row) => row[0] === 'D-005');
      expect(archive[d005]?.[21]).toBe(46082);
      expect(formatOf(wb, 'Arkiv 2027–2030', d005, 21)).toBe('dd.mm.yyyy');
      expect(cells(header('Merknad 2'), 25, 26)).toEqual(['Merknad 2', 'Kolonne27']);
      expect(cells(rowOf('I-003'), 25, 26)).toEqual([null, 1234]);
      const lineHeader = archive.find((row) => row[0] === 'Del');
      expect(lineHeader?.slice(10, 12)).toEqual(['Plan', 'Kontonr']);
    } finally {
      cleanup();
    }
  });
});
