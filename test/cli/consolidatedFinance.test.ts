/**
 * check --economy-plan as finance staff use it (SPEC §15), every figure worked out by hand: Boligsosial in
 * 1000 kr, Helse in mill kr, a plan without Plannavn, Kultur of another period; an economy plan (1000 kr) with a
 * line whose Plan is set, a Ref found in two plans, a Ramme line over the measures of all plans and a line no plan
 * claims. Text, JSON and HTML. Amounts in JSON are kroner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEconomyPlanWorkbook, buildNewWorkbook } from '../../src/cli/commands/new';
import { main } from '../../src/cli/main';
import { DEFAULT_LISTS, type PlanContent, type RowInput, type Unit } from '../../src/domain';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

/** A costed Varig measure: Helårsvirkning `fullYear`, of which `finNew` Nye midler and the rest Endret drift. */
function measure(id: string, ref: string, frame: string, years: number[], fullYear: number, finNew: number): RowInput {
  const values = { id, section: 'Samfunn og tjenester', priority: Number(id.slice(2)), ref, measure: `Tiltak ${id}` };
  return {
    values: {
      ...values,
      costStatus: 'Beregnet',
      kind: 'Varig',
      responsible: 'Rådmannen',
      areas: 'Helse, velferd, pleie og omsorg',
      frame,
      fullYear,
      finJoint: 0,
      finReallocation: fullYear - finNew,
      finOther: 0,
      finNew,
    },
    years,
  };
}

function plan(planName: string, unit: Unit, operating: RowInput[], startYear = 2027): PlanContent {
  const settings = { startYear, yearCount: 4, unit, priceLevel: '', economyPlanVersion: '', tolerance: 0, planName };
  return { settings, lists: DEFAULT_LISTS, operating, investment: [], economyPlan: [] };
}

const line = (type: string, ref: string, frame: string, years: number[], planName = ''): RowInput => ({
  values: { part: 'Drift', lineType: type, ref, frame, source: '', description: `Linje ${ref}`, plan: planName },
  years,
});

// Boligsosial (1000 kr): D-001 Ref. 14, R3, 100 / 200 / 300 / 300, all new money; D-002 Ref. 20, R2, 50 a year,
// Helårsvirkning 50 of which 25 Nye midler → 50 × 25 / 50 = 25 a year.
const BOLIG = plan('Boligsosial', '1000 kr', [
  measure('D-001', '14', 'R3', [100, 200, 300, 300], 300, 300),
  measure('D-002', '20', 'R2', [50, 50, 50, 50], 50, 25),
]);
// Helse (mill kr): D-001 Ref. 14 (as Boligsosial's), R3, 0,2 / 0,4 / 0,4 / 0,4 mill = 200 / 400 / 400 / 400
// thousand; D-002 Ref. 30, R2, 0,1 mill = 100 thousand a year.
const HELSE = plan('Helse', 'mill kr', [
  measure('D-001', '14', 'R3', [0.2, 0.4, 0.4, 0.4], 0.4, 0.4),
  measure('D-002', '30', 'R2', [0.1, 0.1, 0.1, 0.1], 0.1, 0.1),
]);
// No Plannavn: D-005 Ref. 40, R3, 10 a year.
const NONAME = plan('', '1000 kr', [measure('D-005', '40', 'R3', [10, 10, 10, 10], 10, 10)]);
// 2028–2031: not compared.
const KULTUR = plan('Kultur', '1000 kr', [measure('D-001', '50', 'R3', [7, 7, 7, 7], 7, 7)], 2028);
const OKONOMI: PlanContent = {
  ...plan('', '1000 kr', []),
  economyPlan: [
    line('Tiltak', 'D-001', 'R3', [200, 400, 400, 400], 'Helse'), // row 2: Helse's D-001 only
    line('Tiltak', '14', 'R3', [100, 200, 300, 300]), // row 3: Ref. 14 of both plans' D-001: ambiguous
    line('Tiltak', '20', 'R2', [25, 25, 25, 25]), // row 4: Boligsosial's D-002
    line('Tiltak', 'D-002', 'R2', [100, 100, 100, 100], 'Helse'), // row 5
    line('Ramme', '', 'R3', [400, 700, 800, 800]), // row 6: R3 in all plans
    line('Tiltak', '99', 'R4', [5, 5, 5, 5]), // row 7: no plan's
    line('Tiltak', '40', 'R3', [10, 10, 10, 10]), // row 8: the plan without Plannavn
  ],
};
const PLANS: [string, PlanContent][] = [
  ['bolig.xlsx', BOLIG],
  ['helse.xlsx', HELSE],
  ['noname.xlsx', NONAME],
  ['kultur.xlsx', KULTUR],
];

async function scenario(): Promise<TestIo> {
  const io = testIo();
  for (const [file, content] of PLANS) await saveXlsxFile(await buildNewWorkbook(content), path.join(io.cwd, file));
  await saveXlsxFile(await buildEconomyPlanWorkbook(OKONOMI), path.join(io.cwd, 'okonomi.xlsx'));
  return io;
}

const args = (...more: string[]) => ['check', ...PLANS.map(([f]) => f), '--economy-plan', 'okonomi.xlsx', ...more];
const perYear = (a: number, b: number, c: number, d: number) => ({ 2027: a, 2028: b, 2029: c, 2030: d });

describe('check --economy-plan as finance uses it, figures by hand (SPEC §15)', () => {
  let io: TestIo;
  let doc: ConsolidatedJson;
  let status: number;
  beforeAll(async () => {
    io = await scenario();
    status = await main(args('--format', 'json'), io);
    doc = JSON.parse(io.out()) as ConsolidatedJson;
  }, 60_000);
  const c = () => doc.consolidation;

  it('per plan and in all: new money per year against the economy plan, in kroner', () => {
    expect(status).toBe(1);
    expect(c().plans.map((p) => [p.name, p.unit, p.compared, p.newMoney])).toEqual([
      // Measures 100 + 25 = 125, 200 + 25 = 225, 300 + 25 = 325; lines: only «20» (25), «14» is nobody's.
      [
        'Boligsosial',
        '1000 kr',
        true,
        { measures: perYear(125e3, 225e3, 325e3, 325e3), economyPlan: perYear(25e3, 25e3, 25e3, 25e3) },
      ],
      // 200 + 100 = 300, 400 + 100 = 500; rows 2 and 5 the same.
      [
        'Helse',
        'mill kr',
        true,
        { measures: perYear(300e3, 500e3, 500e3, 500e3), economyPlan: perYear(300e3, 500e3, 500e3, 500e3) },
      ],
      [
        'noname.xlsx',
        '1000 kr',
        true,
        { measures: perYear(10e3, 10e3, 10e3, 10e3), economyPlan: perYear(10e3, 10e3, 10e3, 10e3) },
      ],
      ['Kultur', '1000 kr', false, { measures: perYear(0, 0, 0, 0), economyPlan: perYear(0, 0, 0, 0) }],
    ]);
    // Measures 125 + 300 + 10 = 435, 225 + 500 + 10 = 735, 325 + 500 + 10 = 835. Economy plan: every Drift Tiltak
    // line, the ambiguous and the unclaimed included: 200 + 100 + 25 + 100 + 5 + 10 = 440, 400 + 200 + 25 + 100 +
    // 5 + 10 = 740, 400 + 300 + 25 + 100 + 5 + 10 = 840.
    expect(c().total).toEqual({
      measures: perYear(435e3, 735e3, 835e3, 835e3),
      economyPlan: perYear(440e3, 740e3, 840e3, 840e3),
    });
  });

  it('R3 against its Ramme line over all plans; R2 against its Tiltak lines; R4 only a line', () => {
    const frames = c().items.filter((i) => i.code === 'frame-total');
    expect(frames.map((i) => [i.ref, i.year, i.class, i.measures, i.economyPlan])).toEqual([
      // R2: Boligsosial 25 + Helse 100 = 125 against rows 4 + 5 = 25 + 100.
      ...[2027, 2028, 2029, 2030].map((y) => ['R2', y, 'match', 125e3, 125e3]),
      // R3: 100 + 200 + 10 = 310 ≤ 400; 200 + 400 + 10 = 610 ≤ 700; 300 + 400 + 10 = 710 ≤ 800 (twice).
      ['R3', 2027, 'match', 310e3, 400e3],
      ['R3', 2028, 'match', 610e3, 700e3],
      ['R3', 2029, 'match', 710e3, 800e3],
      ['R3', 2030, 'match', 710e3, 800e3],
      ...[2027, 2028, 2029, 2030].map((y) => ['R4', y, 'mismatch', 0, 5e3]),
    ]);
    expect(frames.find((i) => i.ref === 'R3')?.shares).toEqual([
      { plan: 'Boligsosial', amount: 100e3 },
      { plan: 'Helse', amount: 200e3 },
      { plan: 'noname.xlsx', amount: 10e3 },
    ]);
  });

  it('names both claimants of «14», the plan without Plannavn, the other period, and «99» once', () => {
    const others = c().items.filter((i) => i.code !== 'frame-total');
    expect(others.map((i) => [i.code, i.ref, i.economyPlan])).toEqual([
      ['plan-name-missing', 'noname.xlsx', 0],
      ['period-mismatch', 'kultur.xlsx', 0],
      // 100 + 200 + 300 + 300 = 900 thousand.
      ['economy-plan-line-ambiguous', '14', 900e3],
      // 5 × 4 = 20 thousand, listed once, and in no plan's own report.
      ['economy-plan-line-unmatched', '99', 20e3],
    ]);
    expect(others[2]?.claimants).toEqual([
      { plan: 'Boligsosial', measureId: 'D-001' },
      { plan: 'Helse', measureId: 'D-001' },
    ]);
    expect(doc.reports.flatMap((r) => r.reconciliation.filter((i) => i.ref === '99'))).toEqual([]);
    // Boligsosial's D-001 has no line of its own: 100 + 200 + 300 + 300 = 900 thousand missing.
    expect(
      doc.reports[0]?.reconciliation.filter((i) => i.class !== 'match').map((i) => [i.code, i.ref, i.measures]),
    ).toEqual([['measure-not-in-economy-plan', 'D-001', 900e3]]);
  });

  it.each([['text'], ['html']])('%s: the consolidated part says the same', async (format) => {
    const out = testIo({ cwd: io.cwd });
    expect(await main(args('--format', format, '--out', `rapport.${format}`), out)).toBe(1);
    const text = readFileSync(path.join(io.cwd, `rapport.${format}`), 'utf8').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Økonomiplanlinjen 14 (900) passer til D-001 i «Boligsosial» og D-001 i «Helse».');
    expect(text.split('Økonomiplanlinjen 99 (20) svarer ikke til noe tiltak')).toHaveLength(2);
    expect(text).toContain('«Kultur» gjelder 2028–2031, økonomiplanen 2027–2030.');
    expect(text).toContain('noname.xlsx har ikke noe Plannavn i Innstillinger.');
    expect(text).toContain('Økonomiplanlinjen 14 (okonomi.xlsx: Økonomiplan!C3) viser til tiltaket');
  });
});
