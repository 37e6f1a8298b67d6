/**
 * `roll` writes a copy of the workbook rolled: what stood on the cells of the tables it rolls (notes, conditional
 * formats), whose rows and years move, is not carried over, and the user is told, sheet by sheet; an .xlsm stays an
 * .xlsm with its macros.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { unzipSync } from 'fflate';
import { cliText } from '../../src/i18n/cliCommand';
import { fileText } from '../../src/i18n/cliFiles';
import { blockedText } from '../../src/i18n/userCells';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { typeNote } from '../fixtures/make/asExcel/strings';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

describe('roll on a workbook as Excel saves it', () => {
  it('names what it does not carry over, and writes a valid workbook', async () => {
    const { dir, cleanup } = scratchDir();
    copyFileSync(FIXTURE, path.join(dir, 'plan.xlsx'));
    const result = await runCommand(run, ['plan.xlsx', '--out', 'rullert.xlsx'], dir);
    expect(result.code).toBe(0);
    const line = (key: 'extra.notes' | 'extra.conditionalFormats', sheet: string) =>
      cliText('notCarried', 'nb', { what: cliText(key, 'nb', { sheet }) });
    expect(result.stdout.split('\n')).toEqual(
      expect.arrayContaining([line('extra.notes', 'Tiltak drift'), line('extra.conditionalFormats', 'Tiltak drift')]),
    );
    expect(result.stdout).not.toContain(cliText('extra.notes', 'nb', { sheet: 'Tiltak investering' }));
    expectValidOoxml(readFileSync(path.join(dir, 'rullert.xlsx')));
    cleanup();
  });

  it('rolls an .xlsm into an .xlsm with its macros, and refuses an .xlsx name for it (nothing written)', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      copyFileSync(path.join(path.dirname(FIXTURE), 'plan-as-excel.xlsm'), path.join(dir, 'plan.xlsm'));
      const wrongName = await runCommand(run, ['plan.xlsm', '--out', 'rullert.xlsx'], dir);
      expect(wrongName.code).toBe(2);
      expect(wrongName.stderr.trim()).toBe(
        fileText('copyExtension', 'nb', { file: 'rullert.xlsx', ext: '.xlsm', input: 'plan.xlsm' }),
      );
      expect(readdirSync(dir)).toEqual(['plan.xlsm']);
      const xlsm = await runCommand(run, ['plan.xlsm', '--out', 'rullert.xlsm'], dir);
      expect(xlsm.code).toBe(0);
      const vba = (file: string) => unzipSync(readFileSync(path.join(dir, file)))['xl/vbaProject.bin'];
      expect(vba('rullert.xlsm')).toEqual(vba('plan.xlsm'));
      expect(vba('plan.xlsm')?.length).toBeGreaterThan(0);
      // An .xlsx is rolled into an .xlsx only.
      copyFileSync(FIXTURE, path.join(dir, 'plan.xlsx'));
      expect((await runCommand(run, ['plan.xlsx', '--out', 'rullert-2.xlsm'], dir)).code).toBe(2);
    } finally {
      cleanup();
    }
  });
});

/**
 * A roll writes the tables anew where they stood, so a cell the user typed where a rolled table would reach is in
 * the way: the as-Excel plan's tblOkonomiplan is A1:J23, the rolled one gains the Plan column (K), and a note typed
 * in K5 makes the roll refuse, naming the cell, with nothing written (SPEC §11).
 */
describe('roll with a cell of the user where a rolled table reaches', () => {
  it('exits 2 naming Økonomiplan!K5 and writes nothing', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
      expect(pkg.text('xl/tables/table8.xml')).toMatch(/displayName="tblOkonomiplan" ref="A1:J23"/);
      typeNote(pkg, 'Økonomiplan', 'K5', 'Kontonr 1234');
      writeFileSync(path.join(dir, 'plan.xlsx'), pkg.bytes());
      const result = await runCommand(run, ['plan.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(`plan.xlsx: ${blockedText([{ sheet: 'Økonomiplan', cell: 'K5' }], 'nb')}`);
      expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    } finally {
      cleanup();
    }
  });
});

/**
 * Første planår on a second row (the Plannavn row relabelled): with another value the new period is in doubt
 * and roll refuses with that row's setting-duplicate message; the same value again rolls.
 */
describe('roll of a plan whose Første planår stands on two rows', () => {
  async function twice(dir: string, value: number): Promise<{ file: string; cell: string }> {
    expect((await runCommand(newRun, ['plan.xlsx', '--example'], dir)).code).toBe(0);
    const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
    const settings = (await wb.read()).sheets.find((x) => x.sheet === 'Innstillinger');
    const row = (settings?.values.findIndex((r) => r[0] === 'Plannavn') ?? -1) + 1;
    expect(row).toBeGreaterThan(1);
    await wb.apply([
      { kind: 'setCells', sheet: 'Innstillinger', origin: `A${row}`, values: [['Første planår', value]] },
    ]);
    const file = `to-rader-${value}.xlsx`;
    await saveXlsxFile(wb, path.join(dir, file));
    return { file, cell: `Innstillinger!B${row}` };
  }

  it('refuses 2027 and 2028 with the message of the second row, exit 1, nothing written', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const { file, cell } = await twice(dir, 2028);
      const before = readdirSync(dir).sort();
      const result = await runCommand(run, [file, '--out', 'aldri.xlsx'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${cell}: Innstillingen «Første planår» står på flere rader`);
      expect(result.stderr).toContain('«2027»');
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('rolls 2027 typed twice', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const { file } = await twice(dir, 2027);
      expect((await runCommand(run, [file, '--out', 'rullert.xlsx'], dir)).code).toBe(0);
    } finally {
      cleanup();
    }
  });
});
