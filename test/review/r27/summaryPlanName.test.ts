/**
 * Review r27 (low, Sammendrag): Sammendrag's head shows the period, Beløpsenhet, Prisnivå and Økonomiplanversjon, but
 * not Plannavn.
 *
 * SPEC §3: Plannavn is «free text naming the thematic plan, e.g. "Boligsosial handlingsplan"; shown on reports», as
 * Prisnivå and Økonomiplanversjon are («shown on reports»), and those two are on Sammendrag's head rows. With one
 * economy plan for many thematic plans (§15), a printed Sammendrag that does not say which plan it sums is the
 * page finance cannot place. The text and HTML reports do show «Plannavn: …».
 *
 * What she did: `new plan.xlsx --example --start 2027` (Plannavn «Boligsosial handlingsplan»), `check plan.xlsx
 * --write`; Sammendrag in plan-kontrollert.xlsx: A1 Sammendrag, A2 Periode 2027–2030, A3 Beløpsenhet 1000 kr, A4
 * Prisnivå, A5 Økonomiplanversjon — no Plannavn.
 *
 * By hand: a head row «Plannavn | Boligsosial handlingsplan» among the first rows, beside «Prisnivå».
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { testIo } from '../../cli/testIo';

test('Sammendrag names the plan (Plannavn) in its head, as it names Prisnivå', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write'], io)).toBe(1);
  const after = await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(io.cwd, 'plan-kontrollert.xlsx')))).read();
  const head = (after.sheets.find((s) => s.sheet === 'Sammendrag')?.values ?? []).slice(0, 8);
  expect(head.map((r) => r.slice(0, 2))).toContainEqual(['Prisnivå', 'faste 2027-kroner']);
  expect(head.map((r) => r.slice(0, 2))).toContainEqual(['Plannavn', 'Boligsosial handlingsplan']);
});
