/**
 * Her calculated column in tblAvstemming (Q «Dobbelt avvik», =[@Avvik]*2 on every body row, as Excel fills a
 * calculated column), then a measure deleted from the plan. The deleted measure's item row holds nothing she typed —
 * Status «Åpen», no Kommentar, and Q only her calculated column's result, which any row shows — so it goes (docs/
 * spec.md §10). Before the fix the formula's result counted as hers: the row was kept below the items as «Ikke
 * avstemt … ingen post har lenger denne Kode …», and from then on its Q was a typed value, kept on every run.
 * A formula on one row alone is not a calculated column: what she typed there, kept with the row (second test).
 * Worked by hand on the example plan (new --example): the first run writes A1:P57, header + 56 items; D-011, the last
 * row of tblTiltakDrift, has one item only (row 18: «Tiltak mangler i økonomiplanen», Ref D-011; its 800 is in no
 * økonomiplan line, so no frame or other item changes key). Deleting D-011 leaves 55 items: A1:Q56.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import type { CellInput } from '../../src/domain';
import { testIo } from './testIo';

const read = async (file: string) => await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
const ref = async (file: string) => (await read(file)).tables.find((t) => t.name === 'tblAvstemming')?.ref;

/** The example written once, Q added with `q(row)` on each of its 56 body rows, then D-011 deleted. */
async function deleteD011(q: (row: number) => CellInput) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  expect(await ref(file)).toBe('A1:P57');
  const drift = (await read(file)).sheets.find((s) => s.sheet === 'Tiltak drift')?.values ?? [];
  expect(drift[11]?.[0]).toBe('D-011'); // the last row of tblTiltakDrift A1:U12
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Dobbelt avvik']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q2', values: Array.from({ length: 56 }, (_, i) => [q(i + 2)]) },
    { kind: 'resizeTable', name: 'tblAvstemming', ref: 'A1:Q57' },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'A12', values: [Array.from({ length: 21 }, () => null)] },
    { kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U11' },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }));
  return file;
}

const calc = { formula: 'tblAvstemming[[#This Row],[Avvik]]*2', value: 0 };

it('a vanished item whose row holds only her calculated column goes', async () => {
  const file = await deleteD011(() => calc);
  // Header + the 55 items left; no row kept for D-011.
  expect(await ref(file)).toBe('A1:Q56');
  const codes = ((await read(file)).sheets.find((s) => s.sheet === 'Avstemming')?.values ?? []).map((r) => r[3]);
  expect(codes).not.toContain('D-011');
});

it('a vanished item whose row holds a formula she typed on that row alone is kept', async () => {
  // Q18 (D-011's row) =1+1 showing 2, the other rows the calculated column: Q is no calculated column.
  const file = await deleteD011((row) => (row === 18 ? { formula: '1+1', value: 2 } : calc));
  // Header + 55 items + D-011's row kept below them: A1:Q57, its Q the 2 it showed.
  expect(await ref(file)).toBe('A1:Q57');
  const row = (await read(file)).sheets.find((s) => s.sheet === 'Avstemming')?.values[56] ?? [];
  expect(row[3]).toBe('D-011');
  expect(row[16]).toBe(2);
});
