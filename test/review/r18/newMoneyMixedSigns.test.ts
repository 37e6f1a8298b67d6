/**
 * Review r18 (§4 new money per year; a measure that costs in some years and saves in another): the years' new money
 * is truncated toward zero, not rounded half away from zero, so ⅔ of a thousand becomes 0.
 *
 * SPEC §4: «newMoney(y) = cost(y) × Nye midler / base, rounded to the smallest amount the Beløpsenhet shows — …
 * 1 000 kr in `1000 kr` … — half away from zero, using the largest-remainder method so that the years add up to the
 * rounded total (ties go to the earlier year).»
 *
 * The example (2027–2030, 1000 kr), D-011 (Varig, R3) retyped: costs 1, −1, 2, 3; Helårsvirkning 3; Endret drift 1,
 * Nye midler 2 (financing 3 = base 3, no finding). Finance's line for it (the example's row 9, Ref D-011) carries
 * 1 / −1 / 1 / 2. What the product does: D-011's new money is 0, 0, 1 000, 2 000 kr (`apportion` truncates every
 * share toward zero and adds units only when the truncated years fall short of the total; here they do not), so
 * Avstemming says «Periodisering» for 2027 (0 / 1 000, Avvik −1 000) and 2028 (0 / −1 000, Avvik 1 000) and the
 * measure-not-in-economy-plan advice of a plan without the line asks for 0 / 0 / 1 / 2.
 *
 * By hand: base 3, factor 2/3: 0,667 · −0,667 · 1,333 · 2 thousand; half away from zero 1 · −1 · 1 · 2 = 3 thousand,
 * which is already the rounded total round(3,333) = 3: no unit to hand out, so 1 000, −1 000, 1 000, 2 000 kr —
 * every year a match with the line. (The brief's «tie with negative new money» gives the same split: costs 3, −1 on
 * an Engangs base 2 with Nye midler 1 are 1,5 and −0,5 → 2, −1; the product said 1, 0.)
 *
 * Fixed: apportion rounds every share half away from zero first (test/domain/measures/newMoneyMixedSigns.test.ts).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Item = { code: string; class: string; ref: string; year?: number; measures: number; economyPlan: number };
type Doc = { issues: { code: string; measureId?: string }[]; reconciliation: Item[] };

async function check(): Promise<Doc> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const d = wb.getWorksheet('Tiltak drift')!;
  const cells = ['H1', 'K1', 'M1', 'O1', 'Q1', 'A12', 'F12', 'T12'].map((c) => d.getCell(c).value);
  expect(cells).toEqual(['2027', '2030', 'Helårsvirkning', 'Endret drift', 'Nye midler', 'D-011', 'Varig', 'R3']);
  [1, -1, 2, 3].forEach((v, i) => (d.getRow(12).getCell(8 + i).value = v)); // H12:K12, 2027–2030
  d.getCell('M12').value = 3; // Helårsvirkning
  d.getCell('O12').value = 1; // Endret drift
  d.getCell('Q12').value = 2; // Nye midler
  const e = wb.getWorksheet('Økonomiplan')!;
  expect(e.getCell('C9').value).toBe('ØP23-117');
  e.getCell('C9').value = 'D-011';
  [1, -1, 1, 2].forEach((v, i) => (e.getRow(9).getCell(7 + i).value = v)); // G9:J9
  await wb.xlsx.writeFile(file);
  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  return JSON.parse(json.out()) as Doc;
}

test('D-011’s new money 2/3 of 1, −1, 2, 3 thousand is 1 000, −1 000, 1 000, 2 000 kr, as the line', async () => {
  const doc = await check();
  expect(doc.issues.filter((i) => i.measureId === 'D-011')).toEqual([]);
  const items = doc.reconciliation
    .filter((i) => i.code === 'measure-new-money' && i.ref === 'D-011')
    .map((i) => `${i.year} ${i.class} ${i.measures} ${i.economyPlan}`);
  // Before the fix: 2027 timing 0 1000, 2028 timing 0 -1000, 2029 match 1000 1000, 2030 match 2000 2000.
  expect(items).toEqual([
    '2027 match 1000 1000',
    '2028 match -1000 -1000',
    '2029 match 1000 1000',
    '2030 match 2000 2000',
  ]);
});
