/**
 * Review r18 (§4 financing base and new money per year; a measure with Helårsvirkning 0 and Sum periode 0): an Engangs
 * measure whose years cancel (1, −1 thousand) with Nye midler 1 and Endret drift −1 passes every rule, and its new
 * money per year is 0 in every year while its Nye midler (1 000 kr) counts in the totals: the years do not add up to
 * the total, and nothing says so.
 *
 * SPEC §4: «base = Helårsvirkning if it is not 0, otherwise Sum periode. The four financing columns must add up to the
 * base exactly.» and «newMoney(y) = cost(y) × Nye midler / base, rounded … using the largest-remainder method so that
 * the years add up to the rounded total». With base 0 the share is a division by 0; the one thing SPEC fixes is that
 * the years add up to the total.
 *
 * The example (2027–2030, 1000 kr), D-009 (Engangs, R1, 120 in 2027) retyped: 2027 1, 2028 −1 (Sum periode 0),
 * Helårsvirkning 0, Endret drift −1, Nye midler 1 (financing 0 = base 0). What the product does: no finding on D-009;
 * `totals.operating.byFrame` R1 `{"newMoney":1000,"newMoneyByYear":{"2027":0,"2028":0,"2029":0,"2030":0}}` — 1 000 kr
 * of new money that no year carries, so Avstemming compares 0 with finance's line every year.
 *
 * By hand: either the years carry the 1 000 kr (Σ newMoneyByYear = 1 000 kr, the rounded total) or, since no share
 * can be computed, the check tells D-009's financing; the product does neither.
 *
 * Decided (w139): told. Costs 1, −1 thousand are proportional to no split that adds up to 1 000 kr (any k, −k adds up
 * to 0), so the years cannot carry it; no finding said so, the financing adding up to its base of 0. Now Nye midler
 * ≠ 0 on a base of 0 is `financing-sign` (reason zero-base: no sign to follow, every year gets 0 while Sammendrag
 * counts it) on the Nye midler cell, with or without a `financing-sum` (test/domain/validate/operating.test.ts).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Frame = { frame: string; newMoney: number; newMoneyByYear: Record<string, number> };
type Doc = { issues: { measureId?: string }[]; totals: { operating: { byFrame: Frame[] } } };

test('D-009’s 1 000 kr of new money on a base of 0 is carried by its years or told', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const d = wb.getWorksheet('Tiltak drift')!;
  const cells = ['A10', 'F10', 'H10', 'M1', 'O1', 'Q1', 'T10'].map((c) => d.getCell(c).value);
  expect(cells).toEqual(['D-009', 'Engangs', 120, 'Helårsvirkning', 'Endret drift', 'Nye midler', 'R1']);
  d.getCell('H10').value = 1;
  d.getCell('I10').value = -1;
  d.getCell('M10').value = 0;
  d.getCell('O10').value = -1;
  d.getCell('Q10').value = 1;
  await wb.xlsx.writeFile(file);
  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  const doc = JSON.parse(json.out()) as Doc;
  const r1 = doc.totals.operating.byFrame.find((f) => f.frame === 'R1')!;
  expect(r1.newMoney).toBe(1000);
  const carried = Object.values(r1.newMoneyByYear).reduce((a, b) => a + b, 0);
  const told = doc.issues.some((i) => i.measureId === 'D-009');
  // Before the fix: carried 0, told false. Now told: financing-sign (zero-base) on D-009's Nye midler.
  expect({ carried: carried === 1000, told }).not.toEqual({ carried: false, told: false });
});
