/**
 * The cell formatting in a column of the user's in tblAvstemming travels with its item, through `check --write
 * --in-place` on a file (docs/spec.md §10, repository addition). She sorts Avstemming so that the D-001 2027 item
 * (row 2 in the product's order) is last, on row `rows`; adds «Saksbehandler» in Q; types 0,25 shown «0.0 %» in
 * Q`rows` (D-001 2027's cell) and 5, General, in Q`rows-1` (the cell of the item the product writes last). The next
 * run writes the items in the product's order: D-001 2027 back on row 2, the last item back on row `rows`.
 * Before, the number format stayed at its address: Q`rows` showed the last item's 5 as «500.0 %».
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import type { CellValue } from '../../src/domain/model/snapshot';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const REF = 3; // D Ref and G År, by their place in tblAvstemming; Q is index 16.
const YEAR = 6;
const Q = 16;

const open = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file));
const avstemming = async (file: string) => {
  const wb = await (await open(file)).read();
  const sheet = wb.sheets.find((s) => s.sheet === 'Avstemming');
  const table = wb.tables.find((t) => t.name === 'tblAvstemming');
  return { values: sheet?.values ?? [], formats: sheet?.numberFormats ?? [], ref: table?.ref };
};
const isD001in2027 = (row: readonly CellValue[] | undefined) => row?.[REF] === 'D-001' && row?.[YEAR] === 2027;

/** The plan written once, sorted by the user, with her numbers and formats in Q. */
async function withFormats() {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const first = await avstemming(file);
  const rows = first.values.length; // header + items
  expect(isD001in2027(first.values[1])).toBe(true);
  expect(rows).toBeGreaterThan(3);
  const sorted = [...first.values.slice(2), first.values[1] ?? []];
  const wb = await open(file);
  await wb.apply([
    { kind: 'deleteOwnedTable', name: 'tblAvstemming' },
    {
      kind: 'setCells',
      sheet: 'Avstemming',
      origin: 'A2',
      values: sorted.map((r) => r.slice(0, 16).map((v) => (typeof v === 'object' && v !== null ? null : v))),
    },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Saksbehandler']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: `Q${rows - 1}`, values: [[5], [0.25]] },
    { kind: 'setNumberFormat', sheet: 'Avstemming', range: `Q${rows}`, format: '0.0 %' },
    { kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: `A1:Q${rows}` },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const typed = await avstemming(file);
  expect(isD001in2027(typed.values[rows - 1])).toBe(true);
  expect(typed.formats[rows - 1]?.[Q]).toBe('0.0 %');
  return { io, file, rows };
}

it('her number format in Q travels with its item, and leaves the row another item takes', async () => {
  const { io, file, rows } = await withFormats();
  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(0);
  // A number format is no look of hers (it travels with the item): no cell is named as a look left behind.
  expect(second.err()).not.toContain(
    cliText('anchorLeft.look', 'nb', { file: 'plan.xlsx', cell: `Avstemming!Q${rows}` }),
  );
  const after = await avstemming(file);
  expect(after.ref).toBe(`A1:Q${rows}`);
  // D-001 2027 is back on row 2 (index 1) with 0,25 shown «0.0 %»; the last item back on row `rows` with its 5,
  // General (null: the reader gives no format for General), not «500.0 %».
  expect(isD001in2027(after.values[1])).toBe(true);
  expect([after.values[1]?.[Q], after.formats[1]?.[Q]]).toEqual([0.25, '0.0 %']);
  expect([after.values[rows - 1]?.[Q], after.formats[rows - 1]?.[Q] ?? null]).toEqual([5, null]);
  expectValidOoxml(readFileSync(file));
});
