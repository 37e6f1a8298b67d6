/**
 * check --economy-plan end to end on a second scenario typed by hand (SPEC §15, §4, §10): Boligplan in kr (a
 * measure «Må utredes», an investment with its project lines), Helseplan in mill kr (an Engangs measure whose base
 * is its period sum), Kulturplan of another period, and finance's economy plan in 1000 kr. Every figure below is
 * worked out by hand from the rows typed here, in kroner unless said otherwise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEconomyPlanWorkbook, buildNewWorkbook } from '../../src/cli/commands/new';
import { main } from '../../src/cli/main';
import { DEFAULT_LISTS, type PlanContent, type RowInput, type Unit } from '../../src/domain';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo, type TestIo } from './testIo';

const common = { section: 'Samfunn og tjenester', responsible: 'Rådmannen', areas: 'Helse, velferd, pleie og omsorg' };

const operating = (
  id: string,
  priority: number,
  frame: string,
  years: (number | null)[],
  v: Record<string, string | number | null>,
): RowInput => ({
  values: {
    ...common,
    id,
    priority,
    ref: '',
    measure: `Tiltak ${id}`,
    costStatus: 'Beregnet',
    kind: 'Varig',
    frame,
    ...v,
  },
  years,
});

const plan = (planName: string, unit: Unit, tolerance: number, rows: Partial<PlanContent>, startYear = 2027) => ({
  settings: { startYear, yearCount: 4, unit, priceLevel: '', economyPlanVersion: '', tolerance, planName },
  lists: DEFAULT_LISTS,
  operating: [],
  investment: [],
  economyPlan: [],
  ...rows,
});

const fin = (fullYear: number, finNew: number, rest: Record<string, number> = {}) => {
  return { fullYear, finJoint: 0, finReallocation: 0, finOther: 0, finNew, ...rest };
};

const BOLIG = plan('Boligplan', 'kr', 1000, {
  operating: [
    // New money = cost, all of it Nye midler: 100 000 / 200 000 / 200 000 / 200 000.
    operating('D-001', 1, 'R1', [100_000, 200_000, 200_000, 200_000], fin(200_000, 200_000)),
    // 30 000 a year × 20 000 / 30 000 = 20 000 a year.
    operating('D-002', 2, 'R2', [30_000, 30_000, 30_000, 30_000], fin(30_000, 20_000, { finReallocation: 10_000 })),
    // Not costed: counted by status, never as 0 new money.
    operating('D-003', 3, 'R1', [null, null, null, null], { costStatus: 'Må utredes' }),
  ],
  investment: [
    {
      values: {
        ...common,
        id: 'I-001',
        priority: 1,
        ref: '',
        measure: 'Nytt bofellesskap',
        costStatus: 'Beregnet',
        project: 'P-1',
        purpose: 'Lokaler',
        budget: 1_000_000,
        before: 0,
        after: 0,
        finVat: 0,
        finGrant: 0,
        finSale: 0,
        finLoan: 1_000_000,
        finOperating: 0,
        finFund: 0,
        frame: 'R1',
      },
      years: [250_000, 250_000, 250_000, 250_000],
    },
  ],
});

const HELSE = plan('Helseplan', 'mill kr', 0.001, {
  operating: [
    // 0,5 / 1 / 1 / 1 mill × 0,6 / 1 = 0,3 / 0,6 / 0,6 / 0,6 mill = 300 000 / 600 000 / 600 000 / 600 000.
    operating('D-001', 1, 'R1', [0.5, 1, 1, 1], fin(1, 0.6, { finOther: 0.4 })),
    // Engangs, Helårsvirkning 0: base = Sum periode 0,25 mill, all Nye midler: 250 000 / 0 / 0 / 0.
    operating('D-002', 2, 'R3', [0.25, 0, 0, 0], { kind: 'Engangs', ...fin(0, 0.25) }),
  ],
});

// 2028–2031: another period (period-mismatch), never compared.
const KULTUR = plan(
  'Kulturplan',
  '1000 kr',
  1,
  { operating: [operating('D-001', 1, 'R1', [40, 40, 40, 40], fin(40, 40))] },
  2028,
);

const line = (
  part: string,
  lineType: string,
  ref: string,
  frame: string,
  years: number[],
  planName = '',
  source = '',
) => ({
  values: { part, lineType, ref, frame, source, description: `Linje ${ref}`, plan: planName },
  years,
});

// Finance's economy plan, 1000 kr, Toleranse 1 (= 1 000 kr, as both compared plans'). Row = index + 2.
const OKONOMI = plan('', '1000 kr', 1, {
  economyPlan: [
    line('Drift', 'Tiltak', 'D-001', 'R1', [100, 200, 200, 200], 'Boligplan'), // row 2
    line('Drift', 'Tiltak', 'D-002', 'R2', [20, 20, 25, 20], 'Boligplan'), // row 3: 2029 is 5 000 too much
    line('Drift', 'Tiltak', 'D-001', 'R1', [300, 600, 600, 600], 'Helseplan'), // row 4
    line('Drift', 'Tiltak', 'D-002', 'R3', [250, 0, 0, 0], 'Helseplan'), // row 5
    line('Drift', 'Ramme', 'R1', 'R1', [400, 800, 800, 800]), // row 6
    line('Drift', 'Tiltak', 'D-001', 'R1', [40, 40, 40, 40], 'Kulturplan'), // row 7: a plan not compared
    line('Drift', 'Tiltak', 'X-1', 'R2', [10, 10, 10, 10]), // row 8: no plan, no measure
    line('Investering', 'Tiltak', 'P-1', '', [250, 250, 250, 250]), // row 9
    line('Investering', 'Finansiering', 'P-1', '', [250, 250, 250, 250], '', 'Lån'), // row 10
    line('Drift', 'Tiltak', 'D-009', 'R2', [5, 5, 5, 5], 'Boligplann'), // row 11: Plan names no plan
  ],
});

const FILES: [string, PlanContent][] = [
  ['bolig.xlsx', BOLIG],
  ['helse.xlsx', HELSE],
  ['kultur.xlsx', KULTUR],
];

async function scenario(): Promise<TestIo> {
  const io = testIo();
  for (const [file, content] of FILES) await saveXlsxFile(await buildNewWorkbook(content), path.join(io.cwd, file));
  await saveXlsxFile(await buildEconomyPlanWorkbook(OKONOMI), path.join(io.cwd, 'okonomi.xlsx'));
  return io;
}

const ARGS = ['check', 'bolig.xlsx', 'helse.xlsx', 'kultur.xlsx', '--economy-plan', 'okonomi.xlsx'];

describe('check --economy-plan: three plans in three units and periods against one economy plan, by hand', () => {
  let io: TestIo;
  let doc: ConsolidatedJson;
  let status: number;
  beforeAll(async () => {
    io = await scenario();
    status = await main([...ARGS, '--format', 'json'], io);
    doc = JSON.parse(io.out()) as ConsolidatedJson;
  }, 60_000);
  const c = () => doc.consolidation;
  const byYear = (xs: number[]) => Object.fromEntries([2027, 2028, 2029, 2030].map((y, i) => [String(y), xs[i]]));

  it('per plan: new money per year against the plan’s own lines; a plan of another period not compared', () => {
    expect(c().plans.map((p) => [p.name, p.unit, p.compared])).toEqual([
      ['Boligplan', 'kr', true],
      ['Helseplan', 'mill kr', true],
      ['Kulturplan', '1000 kr', false],
    ]);
    // Boligplan: D-001 + D-002 = 120 000 / 220 000 / 220 000 / 220 000; rows 2 + 3 = 120 / 220 / 225 / 220 thousand.
    expect(c().plans[0]?.newMoney).toEqual({
      measures: byYear([120_000, 220_000, 220_000, 220_000]),
      economyPlan: byYear([120_000, 220_000, 225_000, 220_000]),
    });
    // Helseplan: 300 000 + 250 000 = 550 000, then 600 000 a year; rows 4 + 5 the same.
    expect(c().plans[1]?.newMoney).toEqual({
      measures: byYear([550_000, 600_000, 600_000, 600_000]),
      economyPlan: byYear([550_000, 600_000, 600_000, 600_000]),
    });
  });

  it('«Alle planer»: the compared plans against every Drift Tiltak line but those of a plan left out', () => {
    // Measures 120 000 + 550 000 = 670 000; 220 000 + 600 000 = 820 000 (three years).
    // Lines: rows 2–5 and 8 (X-1, no plan): 120 + 550 + 10 = 680; 220 + 600 + 10 = 830; 225 + 600 + 10 = 835;
    // 830. Not row 6 (Ramme), 7 (Kulturplan, left out), 9–10 (investment), 11 (a Plan naming no plan).
    expect(c().total).toEqual({
      measures: byYear([670_000, 820_000, 820_000, 820_000]),
      economyPlan: byYear([680_000, 830_000, 835_000, 830_000]),
    });
  });

  it('per Rammeområde across plans', () => {
    const frame = (ref: string) =>
      c()
        .items.filter((i) => i.code === 'frame-total' && i.ref === ref)
        .map((i) => [i.year, i.class, i.measures, i.economyPlan, i.difference]);
    // R1: Ramme 400 / 800 / 800 / 800 against Boligplan D-001 + Helseplan D-001 = 400 000 / 800 000 … : within.
    expect(frame('R1')).toEqual([
      [2027, 'match', 400_000, 400_000, 0],
      [2028, 'match', 800_000, 800_000, 0],
      [2029, 'match', 800_000, 800_000, 0],
      [2030, 'match', 800_000, 800_000, 0],
    ]);
    // R2, no Ramme line: Boligplan D-002 20 000 a year against rows 3 + 8: 30 / 30 / 35 / 30 thousand (row 11 is
    // left out with its unknown plan). Period sums 80 000 ≠ 125 000: mismatch each year.
    expect(frame('R2')).toEqual([
      [2027, 'mismatch', 20_000, 30_000, -10_000],
      [2028, 'mismatch', 20_000, 30_000, -10_000],
      [2029, 'mismatch', 20_000, 35_000, -15_000],
      [2030, 'mismatch', 20_000, 30_000, -10_000],
    ]);
    // R3: Helseplan D-002 250 000 / 0 / 0 / 0 against row 5.
    expect(frame('R3').map((r) => r[1])).toEqual(['match', 'match', 'match', 'match']);
  });

  it('the other items: the period, the lines no plan claims, each once; exit 1', () => {
    const rest = c()
      .items.filter((i) => i.code !== 'frame-total')
      .map((i) => [i.code, i.severity, i.ref, i.plan ?? '', i.economyPlan]);
    expect(rest).toEqual([
      ['period-mismatch', 'error', 'kultur.xlsx', 'Kulturplan', 0],
      // Row 7: 40 × 4 = 160 thousand; row 8: 10 × 4 = 40 thousand; row 11: 5 × 4 = 20 thousand.
      ['economy-plan-line-unmatched', 'warning', 'D-001', 'Kulturplan', 160_000],
      ['economy-plan-line-unmatched', 'warning', 'X-1', '', 40_000],
      ['economy-plan-line-unmatched', 'warning', 'D-009', 'Boligplann', 20_000],
    ]);
    // 1 period + 4 R2 errors; 3 warnings; 8 frame matches.
    expect(c().summary).toEqual({ errors: 5, warnings: 3, infos: 8 });
    expect(status).toBe(1);
  });

  it('each plan’s own reconciliation against the lines it holds, in kroner', () => {
    const items = (i: number) =>
      (doc.reports[i]?.reconciliation ?? []).map((x) => [x.code, x.ref, x.year ?? x.source, x.class, x.difference]);
    // Boligplan: D-002 2029 20 000 − 25 000 = −5 000, beyond 1 000: mismatch; the project P-1 250 000 a year and its
    // Lån 1 000 000 against rows 9 and 10.
    expect(items(0).filter((x) => x[3] !== 'match')).toEqual([
      ['measure-new-money', 'D-002', 2029, 'mismatch', -5_000],
    ]);
    expect(items(0).filter((x) => x[0] === 'project-expenditure').length).toBe(4);
    expect(items(0).filter((x) => x[0] === 'project-financing')).toEqual([
      ['project-financing', 'P-1', 'Lån', 'match', 0],
    ]);
    expect(items(1).every((x) => x[3] === 'match')).toBe(true);
    expect(items(1).length).toBe(8);
    // Kulturplan is not reconciled at all.
    expect(items(2)).toEqual([]);
    expect(doc.reports[0]?.totals.statusCounts).toEqual({ Beregnet: 3, 'Må utredes': 1 });
  });

  it('the text report: «Alle planer» in the economy plan’s unit (1000 kr)', async () => {
    const t = testIo({ cwd: io.cwd });
    await main(ARGS, t);
    // 670 / 820 / 820 / 820, Sum 3 130; 680 / 830 / 835 / 830, Sum 3 175; Δ −10 / −10 / −15 / −10, Sum −45.
    const rows = t.out().split('\n');
    const at = rows.findIndex((r) => /^\s*Alle planer\s+Tiltaksplan/.test(r));
    // Columns stand two or more spaces apart; a thousands group by a thin or no-break space (nb-NO).
    const numbers = (r: string | undefined) =>
      (r ?? '')
        .trim()
        .split(/ {2,}/)
        .filter((cell) => /^−?[\d\u2009\u202f\u00a0]+$/.test(cell))
        .map((cell) => cell.replace(/[\u2009\u202f\u00a0]/g, ''));
    expect(numbers(rows[at])).toEqual(['670', '820', '820', '820', '3130']);
    expect(numbers(rows[at + 1])).toEqual(['680', '830', '835', '830', '3175']);
    expect(numbers(rows[at + 2])).toEqual(['−10', '−10', '−15', '−10', '−45']);
    // Boligplan in kr shown in 1000 kr: 120 / 220 / 220 / 220, Sum 780; its lines Sum 785; Helseplan (mill kr) 2 350.
    const bolig = rows.findIndex((r) => /^\s*Boligplan\s+Tiltaksplan/.test(r));
    expect(numbers(rows[bolig])).toEqual(['120', '220', '220', '220', '780']);
    expect(numbers(rows[bolig + 1])).toEqual(['120', '220', '225', '220', '785']);
    expect(numbers(rows[bolig + 3])).toEqual(['550', '600', '600', '600', '2350']);
    expect(rows.some((r) => /^\s*Kulturplan\s+ikke avstemt/.test(r))).toBe(true);
  });

  it('--write: «Avstemming planer» in a copy of the economy plan, in 1000 kr, valid OOXML', async () => {
    const t = testIo({ cwd: io.cwd });
    expect(await main([...ARGS, '--write'], t)).toBe(1);
    const bytes = readFileSync(path.join(io.cwd, 'okonomi-kontrollert.xlsx'));
    const sheet = (await (await XlsxWorkbook.fromBuffer(bytes)).read()).sheets.find(
      (s) => s.sheet === 'Avstemming planer',
    );
    const head = sheet?.values[0] ?? [];
    const col = (name: string) => head.indexOf(name);
    const body = sheet?.values.slice(1) ?? [];
    expect(body.length).toBe(16);
    const r2 = body.find((r) => r[col('Ref')] === 'R2' && r[col('År')] === 2029);
    // 20 / 35 / −15 thousand.
    expect([r2?.[col('Tiltaksplan')], r2?.[col('Økonomiplan')], r2?.[col('Avvik')]]).toEqual([20, 35, -15]);
    // The line of an unknown plan links to its Plan cell (column K, row 11); X-1 to its Ref cell (C8).
    const link = (ref: string) => body.find((r) => r[col('Ref')] === ref)?.[col('Celle økonomiplan')];
    expect(link('D-009')).toBe('Økonomiplan!K11');
    expect(link('X-1')).toBe('Økonomiplan!C8');
    expectValidOoxml(bytes);
  }, 60_000);
});
