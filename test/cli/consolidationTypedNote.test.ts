/**
 * check --economy-plan --write on an economy plan whose tblAvstemmingPlaner took a note of hers (SPEC §15 by the rule
 * of Avstemming, test/cli/avstemmingTypedNote.test.ts): Excel takes a row typed right under a table into it, and a
 * file saved so has the note on a body row without Kode. SPEC §11: a cell she typed is never overwritten. Kept below
 * the items, each cell as she typed it; the product's own rows without Kode go as before.
 *
 * By hand on the kommune (scripts/make-kommune.ts): helse.xlsx and boligsosial.xlsx give 15 items, A1:N16; her row 17
 * makes it A1:N17. Both plans again: the same 15 items in rows 2–16 and her row, the only row no item takes, in row
 * 17: A1:N17. Helse alone: 16 items (rows 2–17, test/cli/consolidationLooks.test.ts), her row in row 18: A1:N18.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CellInput } from '../../src/domain';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { makeKommune } from '../../scripts/make-kommune';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const SHEET = 'Avstemming planer';
const TABLE = 'tblAvstemmingPlaner';
const BOTH = ['check', 'helse.xlsx', 'boligsosial.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
const HELSE = ['check', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
const NO_CODE =
  'Ikke avstemt i denne kjøringen: raden har ingen Kode og hører ikke til noen post. ' +
  'Det du skrev på raden er tatt vare på her; slett raden når den ikke trengs.';

const read = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file)).then((wb) => wb.read());
const tableRef = async (file: string) => (await read(file)).tables.find((t) => t.name === TABLE)?.ref;
/** Row `row` of «Avstemming planer», A–N, empty cells null. */
const rowOf = async (file: string, row: number) => {
  const values = (await read(file)).sheets.find((s) => s.sheet === SHEET)?.values[row - 1] ?? [];
  return Array.from({ length: 14 }, (_, i) => values[i] ?? null);
};

/** The kommune written once with both plans, then `cells` (A1 → value) typed on row 17 and the table grown over it. */
async function typedOnRow17(cells: Record<string, CellInput>) {
  const io = testIo();
  await makeKommune(io.cwd);
  const file = path.join(io.cwd, 'okonomiplan.xlsx');
  expect(await main(BOTH, io)).toBe(1);
  expect(await tableRef(file)).toBe('A1:N16');
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    ...Object.entries(cells).map(([a1, v]) => ({ kind: 'setCells' as const, sheet: SHEET, origin: a1, values: [[v]] })),
    { kind: 'resizeTable', name: TABLE, ref: 'A1:N17' },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const again = (args: string[]) => main(args, testIo({ cwd: io.cwd }));
  return { file, again };
}

describe('check --economy-plan --write: a note she typed right under «Avstemming planer»', () => {
  it('in Alvor, on a row Excel took into the table, is kept, and stays so run after run', async () => {
    const { file, again } = await typedOnRow17({ A17: 'Merknad: avklares med økonomi' });
    for (const run of [1, 2]) {
      expect([run, await again(BOTH)]).toEqual([run, 1]);
      expect(await tableRef(file)).toBe('A1:N17');
      const row = await rowOf(file, 17);
      expect(row[0]).toBe('Merknad: avklares med økonomi'); // A17, as typed
      expect(row[1]).toBeNull(); // B17: no Kode
      expect(row[10]).toBe(NO_CODE); // K17: why the row is there, once
      expect(row[12]).toBe('Åpen'); // M17: Status, the default of a row kept without one
    }
  });

  it('goes below the items when they grow by one: row 18', async () => {
    const { file, again } = await typedOnRow17({ A17: 'Merknad: avklares med økonomi' });
    expect(await again(HELSE)).toBe(1);
    expect(await tableRef(file)).toBe('A1:N18');
    expect((await rowOf(file, 17))[4]).toBe('X-17');
    const row = await rowOf(file, 18);
    expect([row[0], row[1], row[10], row[12]]).toEqual(['Merknad: avklares med økonomi', null, NO_CODE, 'Åpen']);
  });

  it('her amount and Forklaring on such a row are kept as typed, her Forklaring instead of the product’s', async () => {
    const { file, again } = await typedOnRow17({ I17: 250, K17: 'Min forklaring' });
    expect(await again(BOTH)).toBe(1);
    expect(await tableRef(file)).toBe('A1:N17');
    const row = await rowOf(file, 17);
    expect([row[0], row[1], row[8], row[10]]).toEqual([null, null, 250, 'Min forklaring']);
  });

  it('a blank row Excel grew the table by goes, as before (a control)', async () => {
    const { file, again } = await typedOnRow17({});
    expect(await again(BOTH)).toBe(1);
    expect(await tableRef(file)).toBe('A1:N16');
    expect(await rowOf(file, 17)).toEqual(Array(14).fill(null));
  });
});
