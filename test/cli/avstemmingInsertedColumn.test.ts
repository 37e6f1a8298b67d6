/**
 * A column the user inserted into tblAvstemming BETWEEN two of the product's columns («Saksbehandler» between
 * Status and Kommentar, in P; Kommentar moved to Q) is not carried: check --write writes nothing (docs/spec.md §10).
 * The refusal must say, in the user's words, which column of which table on which sheet stands where, and where to
 * move it (right of Kommentar, the table's last column). Before, it named the cells P1 and P2 as «content that is
 * not tiltaksplan's» and said to move «the content», nowhere in particular.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const STATUS = 14; // O Status, P Kommentar: the inserted column goes in at index 15 (P).

it('a column inserted between Status and Kommentar: nothing written, the column, its table, sheet and way named', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const values = (await wb.read()).sheets.find((s) => s.sheet === 'Avstemming')?.values ?? [];
  expect(values[0]?.[STATUS]).toBe('Status');
  const rows = values.map((r, i) => {
    const plain = r.slice(0, 16).map((v) => (typeof v === 'object' && v !== null ? null : v));
    plain.splice(STATUS + 1, 0, i === 0 ? 'Saksbehandler' : i === 1 ? 'Kari' : null);
    return plain;
  });
  await wb.apply([
    { kind: 'deleteOwnedTable', name: 'tblAvstemming' },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'A1', values: rows },
    { kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: `A1:Q${values.length}` },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const before = readFileSync(file);

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(2);
  expect(readFileSync(file).equals(before)).toBe(true);
  const line = second.err();
  // The column by its header and letter, its table and sheet, and the product column to move it right of.
  for (const named of ['«Saksbehandler»', 'kolonne P', '«Avstemming»', 'tblAvstemming', '«Kommentar»'])
    expect(line).toContain(named);
});
