/**
 * check --write never writes over a user's cell (SPEC §11): notes beside the generated tables survive
 * --in-place runs, and a cell where the product would have to write stops the write, named, with nothing
 * written.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

const open = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file));

function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = wb.sheets.find((x) => x.sheet === sheet);
  return s?.values[row - 1]?.[col - 1] ?? null;
}

/** Types `value` into `sheet!cell` of the file, as a user would in Excel, and saves it. */
async function typeInto(file: string, sheet: string, cell: string, value: string): Promise<void> {
  const wb = await open(file);
  await wb.apply([
    { kind: 'ensureSheet', sheet },
    { kind: 'setCells', sheet, origin: cell, values: [[value]] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
}

describe('check --write and the cells of the user', () => {
  it('keeps a note beside Avstemming (R6) and one beside Sammendrag through --in-place runs', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
    await typeInto(file, 'Avstemming', 'R6', 'Spør økonomi om R3');
    await typeInto(file, 'Sammendrag', 'Z3', 'Tall fra januar');
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
    const after = await (await open(file)).read();
    expect(valueAt(after, 'Avstemming', 6, 18)).toBe('Spør økonomi om R3');
    expect(valueAt(after, 'Sammendrag', 3, 26)).toBe('Tall fra januar');
    expect(valueAt(after, 'Avstemming', 1, 1)).toBe('Alvor');
  });

  it('refuses, naming the cell, when a sheet of the user is where Avstemming goes; nothing written', async () => {
    const io = testIo();
    const file = path.join(io.cwd, 'plan.xlsx');
    copyFileSync(FIXTURE, file);
    await typeInto(file, 'Avstemming', 'B2', 'Mine egne avstemminger');
    const before = readFileSync(file);
    expect(await main(['check', 'plan.xlsx', '--write', '--format', 'json', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe(
      'plan.xlsx: Nothing written: Avstemming!B2 holds content that is not tiltaksplan’s, where tiltaksplan would have to write. Move it and try again.\n',
    );
    expect(existsSync(path.join(io.cwd, 'plan-kontrollert.xlsx'))).toBe(false);
    expect(readFileSync(file)).toEqual(before);
    expect(JSON.parse(io.out())).toHaveProperty('file', 'plan.xlsx');
  });
});
