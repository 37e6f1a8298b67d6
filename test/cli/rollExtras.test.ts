/**
 * `roll` writes a new workbook from the plan: what the old measure sheets held besides their cells (notes,
 * conditional formats) is not carried over, and the user is told, sheet by sheet.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cli';
import { canCheckOoxml, ooxmlCheck } from '../workbook/xlsx/preserve/compare';
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
    if (canCheckOoxml)
      expect(ooxmlCheck(readFileSync(path.join(dir, 'rullert.xlsx')))).toBe('ooxml: 0 problems in 1 files');
    cleanup();
  });

  it('names the macros of an .xlsm it does not carry over (the new workbook is an .xlsx), and only then', async () => {
    const { dir, cleanup } = scratchDir();
    const macros = cliText('notCarried', 'nb', { what: cliText('extra.macros', 'nb') });
    copyFileSync(path.join(path.dirname(FIXTURE), 'plan-as-excel.xlsm'), path.join(dir, 'plan.xlsm'));
    const xlsm = await runCommand(run, ['plan.xlsm', '--out', 'rullert.xlsx'], dir);
    expect(xlsm.code).toBe(0);
    expect(xlsm.stdout.split('\n')).toContain(macros);
    copyFileSync(FIXTURE, path.join(dir, 'plan.xlsx'));
    const xlsx = await runCommand(run, ['plan.xlsx', '--out', 'rullert-2.xlsx'], dir);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).not.toContain(macros);
    cleanup();
  });
});
