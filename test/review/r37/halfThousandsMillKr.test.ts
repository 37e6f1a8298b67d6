/**
 * Review r37 (guard, passed when written): a plan typed in mill kr with half-thousands, negative halves and a
 * Toleranse in the plan's unit, reconciled against its own Økonomiplan and against finance's economy plan in
 * 1000 kr. Every figure below is computed by hand from SPEC §4 (new money rounded to 1 000 kr in mill kr, half away
 * from zero, largest remainder, ties to the earlier year), §9 and §10 (|Δ| ≤ Toleranse is rounding; timing when
 * the period sums agree; frame-total against a Ramme line never timing).
 *
 * `new plan.xlsx --example --unit "mill kr"`, then:
 * - Toleranse 0,0005 (= 500 kr).
 * - D-001 (R3): costs 0,0005 / 0,0015 / 0,0025 / 0,0035, Helårsvirkning = Nye midler = 0,0035. Exact new money 500,
 *   1 500, 2 500, 3 500 kr; total 8 000. Each rounded half away: 1 000 + 2 000 + 3 000 + 4 000 = 10 000, two steps
 *   too many; the remainders tie, so the steps back go to the later years → 1 000, 2 000, 2 000, 3 000.
 * - D-003 (R4): 2028 typed «1,5 mill» (amount-invalid, counts 0). Costs 0,35 / 0 / 0,7 / 0,7; Nye midler 0,5 of a
 *   base of 0,7 → 250 000, 0, 500 000, 500 000.
 * - D-005 (R3): Felles tiltak 0,6765, Nye midler 0,1235 (base 0,8). Exact: 61 750, 123 500 × 3; total 432 250 →
 *   432 000. Rounded alone: 62 000 + 124 000 × 3 = 434 000, two steps too many; the years furthest above their
 *   exact share are the three 123 500s (500 each), ties → the later two: 62 000, 124 000, 123 000, 123 000.
 * - D-011 (R3): costs, Helårsvirkning and Nye midler −0,0005 each year. Exact −500 × 4, total −2 000. Rounded alone
 *   −1 000 × 4; two steps toward zero to the later years → −1 000, −1 000, 0, 0.
 * - Økonomiplan (mill kr): R3 Ramme 0,062 / 0,125 / 0,1245 / 0,1265; D-001 0,001 / 0,002 / 0,003 / 0,002;
 *   D-005 0,062 / 0,124 / 0,1235 / 0,123.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Item = { code: string; class: string; ref: string; year?: number; measures: number; economyPlan: number };
interface Report {
  totals: {
    operating: {
      bySection: { section: string; years: Record<string, number>; newMoneyByYear: Record<string, number> }[];
      all: { financing: Record<string, number>; period: number; fullYear: number };
      byFrame: { frame: string; newMoneyByYear: Record<string, number> }[];
    };
  };
  reconciliation: Item[];
}

async function plan(): Promise<{ cwd: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, 'plan.xlsx'));
  const set = (sheet: string, cells: Record<string, number | string>): void => {
    const ws = wb.getWorksheet(sheet)!;
    for (const [a1, v] of Object.entries(cells)) ws.getCell(a1).value = v;
  };
  const drift = wb.getWorksheet('Tiltak drift')!;
  expect(['A2', 'A4', 'A6', 'A12'].map((c) => drift.getCell(c).value)).toEqual(['D-001', 'D-003', 'D-005', 'D-011']);
  expect(wb.getWorksheet('Innstillinger')!.getCell('A7').value).toBe('Toleranse');
  set('Innstillinger', { B7: 0.0005 });
  set('Tiltak drift', {
    ...{ H2: 0.0005, I2: 0.0015, J2: 0.0025, K2: 0.0035, M2: 0.0035, Q2: 0.0035 },
    I4: '1,5 mill',
    ...{ N6: 0.6765, Q6: 0.1235 },
    ...{ H12: -0.0005, I12: -0.0005, J12: -0.0005, K12: -0.0005, M12: -0.0005, Q12: -0.0005 },
  });
  const lines = wb.getWorksheet('Økonomiplan')!;
  expect(['D2', 'C5', 'C7'].map((c) => lines.getCell(c).value)).toEqual(['R3', 'D-001', 'D-005']);
  set('Økonomiplan', {
    ...{ G2: 0.062, H2: 0.125, I2: 0.1245, J2: 0.1265 },
    ...{ G5: 0.001, H5: 0.002, I5: 0.003, J5: 0.002 },
    ...{ G7: 0.062, H7: 0.124, I7: 0.1235, J7: 0.123 },
  });
  await wb.xlsx.writeFile(path.join(io.cwd, 'plan.xlsx'));
  // finance's economy plan in 1000 kr: the same lines, Toleranse 0,5 (= 500 kr, the plan's own in kroner).
  const op = new ExcelJS.Workbook();
  await op.xlsx.readFile(path.join(io.cwd, 'op.xlsx'));
  const opLines = op.getWorksheet('Økonomiplan')!;
  op.getWorksheet('Innstillinger')!.getCell('B7').value = 0.5;
  for (const [a1, v] of Object.entries({ G2: 62, H2: 125, I2: 124.5, J2: 126.5, G5: 1, H5: 2, I5: 3, J5: 2 }))
    opLines.getCell(a1).value = v;
  for (const [a1, v] of Object.entries({ G7: 62, H7: 124, I7: 123.5, J7: 123 })) opLines.getCell(a1).value = v;
  await op.xlsx.writeFile(path.join(io.cwd, 'op.xlsx'));
  return { cwd: io.cwd };
}

const byYear = (r: Record<string, number>): number[] => ['2027', '2028', '2029', '2030'].map((y) => r[y] ?? NaN);
const notMatch = (items: Item[], refs: string[]): string[] =>
  items
    .filter((i) => refs.includes(i.ref) && i.class !== 'match')
    .map((i) => `${i.code} ${i.ref} ${i.year ?? '-'} ${i.class} ${i.measures} ${i.economyPlan}`)
    .sort();

describe('half-thousands in mill kr: totals, new money and classes by hand (SPEC §4, §9, §10)', () => {
  test('own Økonomiplan sheet, Toleranse 0,0005 mill kr', async () => {
    const { cwd } = await plan();
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--format', 'json'], io)).toBe(1);
    const r = JSON.parse(io.out()) as Report;
    const section = r.totals.operating.bySection.find((s) => s.section === 'Samfunn og tjenester')!;
    // D-001 + D-002 + D-003 + D-005: 2027 = 500 + 300 000 + 350 000 + 400 000; 2028 = 1 500 + 0 + 0 + 800 000 …
    expect(byYear(section.years)).toEqual([1_050_500, 801_500, 1_502_500, 1_503_500]);
    expect(byYear(section.newMoneyByYear)).toEqual([313_000, 126_000, 625_000, 626_000]);
    const org = r.totals.operating.bySection.find((s) => s.section === 'Organisasjon')!;
    // D-007 150 000 a year, D-009 120 000 in 2027 (its own new money), D-011 −500 a year / −1 000, −1 000, 0, 0.
    expect(byYear(org.years)).toEqual([269_500, 149_500, 149_500, 149_500]);
    expect(byYear(org.newMoneyByYear)).toEqual([119_000, -1_000, 0, 0]);
    expect(r.totals.operating.all.financing).toEqual({
      joint: 676_500,
      reallocation: 450_000,
      other: 200_000,
      newMoney: 746_500,
    });
    const r3 = r.totals.operating.byFrame.find((f) => f.frame === 'R3')!;
    expect(byYear(r3.newMoneyByYear)).toEqual([62_000, 125_000, 125_000, 126_000]);
    expect(notMatch(r.reconciliation, ['D-001', 'D-003', 'D-005', 'D-011', 'R3', 'R4'])).toEqual(
      [
        'measure-new-money D-001 2029 timing 2000 3000',
        'measure-new-money D-001 2030 timing 3000 2000',
        'measure-new-money D-003 2028 mismatch 0 500000',
        'measure-new-money D-003 2030 mismatch 500000 400000',
        'measure-new-money D-005 2029 rounding 123000 123500',
        'measure-not-in-economy-plan D-011 - mismatch -2000 0',
        // R3 2029: 125 000 over a Ramme line of 124 500 by 500 = Toleranse; 2030: 126 000 under 126 500, a match.
        'frame-total R3 2029 rounding 125000 124500',
      ].sort(),
    );
  });

  test('against finance’s economy plan in 1000 kr: the same classes, the Ramme line across plans', async () => {
    const { cwd } = await plan();
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.out()) as { reports: Report[]; consolidation: { items: Item[] } };
    const own = out.reports[0]!.reconciliation;
    expect(notMatch(own, ['D-001', 'D-003', 'D-005', 'D-011'])).toEqual(
      [
        'measure-new-money D-001 2029 timing 2000 3000',
        'measure-new-money D-001 2030 timing 3000 2000',
        'measure-new-money D-003 2028 mismatch 0 500000',
        'measure-new-money D-003 2030 mismatch 500000 400000',
        'measure-new-money D-005 2029 rounding 123000 123500',
        'measure-not-in-economy-plan D-011 - mismatch -2000 0',
      ].sort(),
    );
    // 0,0005 mill kr and 0,5 thousand are both 500 kr: no «Ulik toleranse».
    expect(out.consolidation.items.filter((i) => i.code === 'tolerance-differs')).toEqual([]);
    expect(notMatch(out.consolidation.items, ['R3', 'R4'])).toEqual(['frame-total R3 2029 rounding 125000 124500']);
  });
});
