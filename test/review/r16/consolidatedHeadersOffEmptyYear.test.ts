/**
 * Review r16: a consolidation against an economy plan file whose year headers are off AND whose new year is empty.
 *
 * Files: the example (2027–2030, 1000 kr) rolled to 2028–2031 twice, as plan.xlsx and as finance's okonomiplan.xlsx
 * (its Økonomiplan: G–J = 2028–2031, J empty on every line, as after every roll). In okonomiplan.xlsx the header I1
 * (2030) is typed «2300».
 *
 * What she sees in «Nye midler per år mot økonomiplanen»: 2030 shown «–» (not read: the header), but 2031 shown as
 * Økonomiplan 0 and Avvik 3 500 for «Boligsosial handlingsplan» and «Alle planer» (JSON: economyPlan["2031"] 0) —
 * although no line of okonomiplan.xlsx has an amount for 2031. With the header right (I1 «2030») the same file shows
 * 2031 as «–» and «Økonomiplanen har ingen beløp for 2031 ennå» (13ff5a6). A typo in another year's header turns an
 * empty year into a difference of 3 500.
 *
 * By hand: the plan's new money 2031 = D-001 2 400 + D-003 500 + D-005 400 + D-011 200 = 3 500 (thousand). The economy
 * plan has no 2031 amount (SPEC §7: empty = not given), so its 2031 is null/«–», never 0 and never an Avvik of 3 500.
 * 2028 and 2029 are read: the plan's own lines (D-001, D-003, D-005) 1 200 + 500 + 400 = 2 100 and 1 800 + 500 + 400
 * = 2 700; «Alle planer» adds the lines of no plan (D-009 0, ØP23-117 300): 2 400 and 3 000.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Pair = { measures: Record<string, number | null>; economyPlan: Record<string, number | null> };
interface Doc {
  consolidation: { plans: { newMoney: Pair }[]; total: Pair };
}

/** The example rolled to 2028–2031 as plan.xlsx and okonomiplan.xlsx, okonomiplan.xlsx's I1 typed `header`. */
async function rolledPair(header: string): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'ex.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['roll', 'ex.xlsx', '--out', 'plan.xlsx'], io)).toBe(0);
  expect(await main(['roll', 'ex.xlsx', '--out', 'okonomiplan.xlsx'], io)).toBe(0);
  const file = path.join(io.cwd, 'okonomiplan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ep = wb.getWorksheet('Økonomiplan')!;
  expect([String(ep.getCell('I1').value), String(ep.getCell('J1').value), ep.getCell('J5').value]).toEqual([
    '2030',
    '2031',
    null,
  ]);
  ep.getCell('I1').value = header;
  await wb.xlsx.writeFile(file);
  return io.cwd;
}

async function consolidated(cwd: string, format: 'json' | 'text'): Promise<string> {
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', format], io);
  return io.out();
}

describe('consolidation: economy plan file with a header typo and its new year empty (SPEC §7, §15)', () => {
  test('control: headers right, 2031 empty → 2031 null', async () => {
    const doc = JSON.parse(await consolidated(await rolledPair('2030'), 'json')) as Doc;
    expect(doc.consolidation.total.economyPlan).toEqual({
      2028: 2_400_000,
      2029: 3_000_000,
      2030: 3_700_000,
      2031: null,
    });
  });

  test('header 2030 typed 2300: the empty 2031 is still not given, not 0', async () => {
    const cwd = await rolledPair('2300');
    const doc = JSON.parse(await consolidated(cwd, 'json')) as Doc;
    expect(doc.consolidation.plans[0]!.newMoney.measures['2031']).toBe(3_500_000);
    // Before the fix (found by review r16): { 2028: 2100000, 2029: 2700000, 2030: null, 2031: 0 } and total 2031: 0.
    expect(doc.consolidation.plans[0]!.newMoney.economyPlan).toEqual({
      2028: 2_100_000,
      2029: 2_700_000,
      2030: null,
      2031: null,
    });
    expect(doc.consolidation.total.economyPlan).toEqual({ 2028: 2_400_000, 2029: 3_000_000, 2030: null, 2031: null });
    // Before the fix (found by review r16) the text shows «Avvik  200  200  –  3 500» under the plan.
    const text = await consolidated(cwd, 'text');
    expect(text).not.toMatch(/Avvik {2,}200 {2,}200 {2,}– {2,}3 500/);
  });
});
