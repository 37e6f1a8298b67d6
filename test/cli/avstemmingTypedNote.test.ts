/**
 * check --write on a file whose tblAvstemming took a note of hers (review r17): Excel takes a row typed right under a
 * table into it, and a file saved so has the note on a body row without Kode. SPEC §11: a cell she typed is never
 * overwritten. Kept below the items, each cell as she typed it; the product's own rows without Kode go as before.
 * By hand on clean-plan.xlsx: the first run writes A1:P16, header + 15 items; her row 17 makes it A1:P17; the
 * second run writes the same 15 items in rows 2–16 and her row, the only row no item takes, in row 17: A1:P17.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CellInput } from '../../src/domain';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const NO_CODE =
  'Ikke avstemt i denne kjøringen: raden har ingen Kode og hører ikke til noen post. ' +
  'Det du skrev på raden er tatt vare på her; slett raden når den ikke trengs.';

const read = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file)).then((wb) => wb.read());
const tableRef = async (file: string) => (await read(file)).tables.find((t) => t.name === 'tblAvstemming')?.ref;
/** Row `row` of Avstemming, A–P, empty cells null. */
const rowOf = async (file: string, row: number) => {
  const values = (await read(file)).sheets.find((s) => s.sheet === 'Avstemming')?.values[row - 1] ?? [];
  return Array.from({ length: 16 }, (_, i) => values[i] ?? null);
};

/** clean-plan.xlsx written once, then `cells` (A1 → value) typed on row 17 and the table grown over it. */
async function typedOnRow17(cells: Record<string, CellInput>) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  expect(await tableRef(file)).toBe('A1:P16');
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    ...Object.entries(cells).map(([a1, v]) => ({
      kind: 'setCells' as const,
      sheet: 'Avstemming',
      origin: a1,
      values: [[v]],
    })),
    { kind: 'resizeTable', name: 'tblAvstemming', ref: 'A1:P17' },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const again = () => main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }));
  return { file, again };
}

it('a note in Alvor on a row Excel took into the table is kept, and stays so run after run', async () => {
  const { file, again } = await typedOnRow17({ A17: 'Merknad: avklares med økonomi' });
  for (const run of [1, 2]) {
    expect([run, await again()]).toEqual([run, 0]);
    expect(await tableRef(file)).toBe('A1:P17');
    const row = await rowOf(file, 17);
    expect(row[0]).toBe('Merknad: avklares med økonomi'); // A17, as typed
    expect(row[1]).toBeNull(); // B17: no Kode
    expect(row[11]).toBe(NO_CODE); // L17: why the row is there, once
    expect(row[14]).toBe('Åpen'); // O17: Status, the default of a row kept without one
  }
});

it('her Tiltak, amount and Forklaring on such a row are kept as typed, her Forklaring instead of the product’s', async () => {
  const { file, again } = await typedOnRow17({ E17: 'Ny barnehage?', J17: 250, L17: 'Min forklaring' });
  expect(await again()).toBe(0);
  expect(await tableRef(file)).toBe('A1:P17');
  const row = await rowOf(file, 17);
  expect([row[0], row[1], row[4], row[9], row[11]]).toEqual([null, null, 'Ny barnehage?', 250, 'Min forklaring']);
});

it('a row the product kept and she then emptied of her Kommentar goes, as before', async () => {
  const { file, again } = await typedOnRow17({ P17: 'Sjekk' });
  expect(await again()).toBe(0);
  expect(await rowOf(file, 17)).toEqual([
    ...[null, null, null, null, null, null, null, null, null, null, null],
    NO_CODE,
    ...[null, null, 'Åpen', 'Sjekk'],
  ]);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([{ kind: 'setCells', sheet: 'Avstemming', origin: 'P17', values: [[null]] }]);
  await saveXlsxFile(wb, file, 'replace');
  expect(await again()).toBe(0);
  expect(await tableRef(file)).toBe('A1:P16');
  expect(await rowOf(file, 17)).toEqual(Array(16).fill(null));
});
