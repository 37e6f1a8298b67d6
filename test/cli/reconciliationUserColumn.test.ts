/**
 * A column of the user's in tblAvstemming, through `check --write --in-place` on a file (docs/spec.md §10,
 * repository addition): she sorts Avstemming so the D-001 2027 row (row 2) is last, adds «Saksbehandler» in Q
 * (Excel grows the table to Q) and types «Kari» there. The next run writes the items in the product's order:
 * «Kari» must be on the D-001 2027 row wherever it now is, inside the table, and nowhere else. Before, the table
 * shrank back to A:P and «Kari» stayed in Q2, beside whichever item the run wrote there.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import type { CellValue } from '../../src/domain/model/snapshot';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const REF = 3; // Ref, År and Kode by their place in tblAvstemming (A Alvor, B Kode, … D Ref, … G År).
const YEAR = 6;
const CODE = 1;
const Q = 16;

const open = async (file: string) => XlsxWorkbook.fromBuffer(readFileSync(file));
const avstemming = async (file: string) => {
  const wb = await (await open(file)).read();
  const values = wb.sheets.find((s) => s.sheet === 'Avstemming')?.values ?? [];
  const table = wb.tables.find((t) => t.name === 'tblAvstemming');
  return { values, ref: table?.ref };
};
const isD001in2027 = (row: readonly CellValue[] | undefined) => row?.[REF] === 'D-001' && row?.[YEAR] === 2027;

/** The plan written once, then sorted by the user with «Kari» beside D-001 2027 in her column Q. */
async function withKari() {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);

  const first = await avstemming(file);
  const at = first.values.findIndex(isD001in2027);
  const rows = first.values.length; // header + items
  // The fixture has the item on row 2 (index 1) and more items under it, so that the sort moves it.
  expect(at).toBe(1);
  expect(rows).toBeGreaterThan(3);
  const code = first.values[at]?.[CODE];
  const sorted = [...first.values.slice(1, at), ...first.values.slice(at + 1), first.values[at] ?? []];
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
    { kind: 'setCells', sheet: 'Avstemming', origin: `Q${rows}`, values: [['Kari']] },
    { kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: `A1:Q${rows}` },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const typed = await avstemming(file);
  expect([isD001in2027(typed.values[rows - 1]), typed.values[rows - 1]?.[Q], typed.ref]).toEqual([
    true,
    'Kari',
    `A1:Q${rows}`,
  ]);
  return { io, file, at, rows, code };
}

describe('check --write and a column «Saksbehandler» the user added to tblAvstemming', () => {
  it('carries «Kari» with the D-001 2027 item after a sort, inside the table; the file passes ooxml-check', async () => {
    const { io, file, at, rows, code } = await withKari();

    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
    const after = await avstemming(file);
    // The same plan gives the same items in the same order: D-001 2027 is back on its row `at`.
    expect(after.ref).toBe(`A1:Q${rows}`);
    expect(after.values[0]?.[Q]).toBe('Saksbehandler');
    const kari = after.values.flatMap((r, i) => r.map((v, c) => (v === 'Kari' ? [i, c] : null)).filter(Boolean));
    expect(kari).toEqual([[at, Q]]);
    expect(isD001in2027(after.values[at])).toBe(true);
    expect(after.values[at]?.[CODE]).toBe(code);
    expect(after.values[rows - 1]?.[Q] ?? null).toBeNull();
    expectValidOoxml(readFileSync(file));
  });

  it('after a roll (2027 leaves the period) keeps «Kari» below the items, on her row of D-001 2027 with why', async () => {
    const { io } = await withKari();
    expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
    const after = await avstemming(path.join(io.cwd, 'rullert.xlsx'));
    const kari = after.values.flatMap((r, i) => r.map((v, c) => (v === 'Kari' ? [i, c] : null)).filter(Boolean));
    expect(kari).toHaveLength(1);
    const [row = -1, col] = (kari[0] ?? []) as number[];
    expect(col).toBe(Q);
    // The kept row: D-001 and 2027 as she left them, no amounts (Tiltaksplan I, index 8), a Forklaring (L) saying why.
    expect(isD001in2027(after.values[row])).toBe(true);
    expect(after.values[row]?.[8] ?? null).toBeNull();
    expect(String(after.values[row]?.[11] ?? '')).not.toBe('');
    expect(after.ref).toBe(`A1:Q${after.values.length}`);
    expectValidOoxml(readFileSync(path.join(io.cwd, 'rullert.xlsx')));
  });
});
