/**
 * A plan's own «Avstemming mot økonomiplanen» in a consolidation (docs/spec.md §8 year-columns, §10, §15): whether
 * its comparisons wait for year headers is judged by the economy plan the plan was reconciled against — the
 * --economy-plan file's Økonomiplan — not by the plan's own Økonomiplan sheet, which the consolidation does not use.
 *
 * `new plan.xlsx --example` and `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr, the same figures).
 * By hand: with op.xlsx's J1 «2030» typed 2031, every measure-new-money item of the plan (they read the economy plan's
 * years) is left out, so the plan's section must say they wait; with the plan's own J1 typed 2031 instead, op.xlsx is
 * read whole and the plan's 43 comparisons are made: nothing of its section waits.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';
import { avstemmingRow } from '../helpers/avstemming';

const HELD = 'Sammenligningene som bruker beløpene per år i en tabell der årskolonnene ikke stemmer med planperioden';

async function typo(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cell = wb.getWorksheet('Økonomiplan')!.getCell('J1');
  expect(String(cell.value)).toBe('2030');
  cell.value = 2031;
  await wb.xlsx.writeFile(file);
}

async function files(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  return io.cwd;
}

/** The plan's own part of the text report (before the consolidated part). */
async function planSection(cwd: string): Promise<string> {
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], io);
  const [own = ''] = io.out().split('Samlet avstemming mot økonomiplanen');
  return own;
}

describe("a plan's reconciliation in a consolidation, beside year headers not the period", () => {
  test("the economy plan file's headers off: the plan's section says its comparisons wait", async () => {
    const cwd = await files();
    await typo(path.join(cwd, 'op.xlsx'));
    const own = await planSection(cwd);
    // Only D-011's missing line is left (it reads no economy plan year): 1 comparison, the rest waits.
    expect(own).toContain('1 sammenligning.');
    expect(own).toContain(HELD);
  });

  test("the plan's own, unused Økonomiplan headers off: nothing of its section waits", async () => {
    const cwd = await files();
    await typo(path.join(cwd, 'plan.xlsx'));
    const own = await planSection(cwd);
    expect(own).toContain('43 sammenligninger.');
    expect(own).not.toContain(HELD);
  });

  test("--write: a row she accepted waits for op.xlsx's headers, it is not told its item is gone", async () => {
    const cwd = await files();
    const args = ['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--write', '--in-place'];
    await main(args, testIo({ cwd }));
    const file = path.join(cwd, 'plan.xlsx');
    const row = await avstemmingRow(file, 'D-001', 2030);
    row.cell('Status').value = 'Akseptert';
    await row.wb.xlsx.writeFile(file);
    await typo(path.join(cwd, 'op.xlsx'));

    await main(args, testIo({ cwd }));
    const kept = await avstemmingRow(file, 'D-001', 2030, false);
    expect(kept.cell('Status').value).toBe('Akseptert');
    const note = String(kept.cell('Forklaring').value);
    expect(note).not.toContain('ingen post har lenger');
    expect(note).toContain('årskolonnene i en tabell stemmer ikke med planperioden');
  });
});
