/**
 * Review r18 (§6 Linjetype `Ramme` «drift only»; §10 `frame-total`): a `Ramme` line with Del `Investering` — finance's
 * investment frame for a Rammeområde — is added to that frame's operating limit, and hides operating new money
 * above the operating frame. No finding names the line.
 *
 * SPEC §6: «Linjetype | `Tiltak` (one measure or project) | `Ramme` (total new money for a frame, drift only) | …».
 * §10: «`frame-total` | Σ new money of the frame's measures per year vs the frame's `Ramme` line (must not exceed it)»
 * — the operating measures' new money against the operating frame; «a year whose measures exceed the frame is
 * `mismatch`».
 *
 * The example (2027–2030, 1000 kr): R3's operating Ramme line (Økonomiplan row 2) 2027 typed 500 where R3's measures
 * carry 1 000 (D-001 600, D-005 200, D-011 200); row 9 (ØP23-117) retyped as Del Investering, Linjetype Ramme,
 * Rammeområde R3, «Investeringsramme helse og velferd», 5 000 a year. What the product does: «frame-total match info
 * R3 2027 1000000 5500000 -4500000» — the investment frame's 5 000 added to the operating 500 — and the check counts
 * 2 errors, as if R3 were within its frame; without row 9 it is «frame-total mismatch error R3 2027 1000000 500000».
 *
 * By hand: R3's operating frame in 2027 is 500 000 kr; its measures' new money 1 000 000 kr exceeds it by 500 000 kr
 * → `mismatch`, an error; the investment line is no operating frame (at most a line to be told about).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Item = { code: string; class: string; ref: string; year?: number; measures: number; economyPlan: number };

async function r3In2027(investmentLine: boolean): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const e = wb.getWorksheet('Økonomiplan')!;
  const row2 = ['A2', 'B2', 'D2', 'G1', 'G2', 'C9'].map((c) => e.getCell(c).value);
  expect(row2).toEqual(['Drift', 'Ramme', 'R3', '2027', 1000, 'ØP23-117']);
  e.getCell('G2').value = 500;
  if (investmentLine) {
    const line = [
      'Investering',
      'Ramme',
      null,
      'R3',
      null,
      'Investeringsramme helse og velferd',
      5000,
      5000,
      5000,
      5000,
    ];
    line.forEach((v, i) => (e.getRow(9).getCell(i + 1).value = v));
  }
  await wb.xlsx.writeFile(file);
  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  const items = (JSON.parse(json.out()) as { reconciliation: Item[] }).reconciliation;
  const r3 = items.filter((i) => i.code === 'frame-total' && i.ref === 'R3' && i.year === 2027);
  return r3.map((i) => `${i.class} ${i.measures} ${i.economyPlan}`).join('; ');
}

test('control: R3’s measures 1 000 over its operating frame 500 in 2027 are a mismatch', async () => {
  expect(await r3In2027(false)).toBe('mismatch 1000000 500000');
});

test('an Investering Ramme line for R3 does not raise R3’s operating frame', async () => {
  // The product: 'match 1000000 5500000'.
  expect(await r3In2027(true)).toBe('mismatch 1000000 500000');
});
