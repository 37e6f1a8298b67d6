/**
 * check --economy-plan (SPEC §15) through real workbooks: what a plan's own report tells finance when the line
 * that would be its own is ambiguous (an investment project whose Prosjektnr another plan has too), and how a
 * line without Plan left out with a plan of another period reads. Amounts in 1000 kr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEconomyPlanWorkbook, buildNewWorkbook } from '../../src/cli/commands/new';
import { main } from '../../src/cli/main';
import { DEFAULT_LISTS, type PlanContent, type RowInput } from '../../src/domain';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo, type TestIo } from './testIo';

const common = { section: 'Samfunn og tjenester', responsible: 'Rådmannen', areas: 'Helse, velferd, pleie og omsorg' };

const project = (id: string, years: number[], loan: number): RowInput => ({
  values: {
    ...common,
    id,
    priority: 1,
    ref: '',
    measure: `Prosjekt ${id}`,
    costStatus: 'Beregnet',
    project: 'P-100',
    purpose: 'Lokaler',
    budget: loan,
    before: 0,
    after: 0,
    finVat: 0,
    finGrant: 0,
    finSale: 0,
    finLoan: loan,
    finOperating: 0,
    finFund: 0,
    frame: 'R1',
  },
  years,
});

const plan = (planName: string, rows: Partial<PlanContent>, startYear = 2027): PlanContent => ({
  settings: {
    startYear,
    yearCount: 4,
    unit: '1000 kr',
    priceLevel: '',
    economyPlanVersion: '',
    tolerance: 0,
    planName,
  },
  lists: DEFAULT_LISTS,
  operating: [],
  investment: [],
  economyPlan: [],
  ...rows,
});

// Both plans have project P-100: Boligsosial's I-001 400 / 300 / 200 / 100 (Lån 1 000), Helse's I-101 200 in 2027
// (Lån 200). Kultur (2028–2031) has D-001 with Ref. 50.
const BOLIG = plan('Boligsosial', { investment: [project('I-001', [400, 300, 200, 100], 1000)] });
const HELSE = plan('Helse', { investment: [project('I-101', [200, 0, 0, 0], 200)] });
const KULTUR = plan(
  'Kultur',
  {
    operating: [
      {
        values: { ...common, id: 'D-001', priority: 1, ref: '50', measure: 'Tiltak D-001', costStatus: 'Beregnet' },
        years: [7, 7, 7, 7],
      },
    ],
  },
  2028,
);
const line = (part: string, lineType: string, ref: string, years: number[], planName = '', source = '') => ({
  values: { part, lineType, ref, frame: '', source, description: `Linje ${ref}`, plan: planName },
  years,
});
const OKONOMI = plan('', {
  economyPlan: [
    line('Investering', 'Tiltak', 'P-100', [400, 300, 200, 100]), // row 2: both plans' P-100: ambiguous
    line('Investering', 'Finansiering', 'P-100', [200, 0, 0, 0], 'Helse', 'Bruk av lån'), // row 3: Helse's
    line('Drift', 'Tiltak', '50', [7, 7, 7, 7]), // row 4: only Kultur's D-001 (another period)
  ],
});
const PLANS: [string, PlanContent][] = [
  ['bolig.xlsx', BOLIG],
  ['helse.xlsx', HELSE],
  ['kultur.xlsx', KULTUR],
];

describe('check --economy-plan: advice about an ambiguous project line and a line of another period', () => {
  let io: TestIo;
  let text = '';
  beforeAll(async () => {
    io = testIo();
    for (const [file, content] of PLANS) await saveXlsxFile(await buildNewWorkbook(content), path.join(io.cwd, file));
    await saveXlsxFile(await buildEconomyPlanWorkbook(OKONOMI), path.join(io.cwd, 'okonomi.xlsx'));
    const args = ['check', ...PLANS.map(([f]) => f), '--economy-plan', 'okonomi.xlsx', '--out', 'rapport.txt'];
    expect(await main(args, io)).toBe(1);
    text = readFileSync(path.join(io.cwd, 'rapport.txt'), 'utf8');
  }, 60_000);

  it('Boligsosial’s project without a line of its own is told to set Plan on row 2, not to add a line', () => {
    // 400 + 300 + 200 + 100 = 1 000.
    expect(text).toContain(
      'I-001 har utgifter i tiltaksplanen (400 i 2027, 300 i 2028, 200 i 2029, 100 i 2030; 1\u00a0000 i alt). ' +
        // The line is in okonomi.xlsx, not on the plan's own sheet: named with its file.
        'Økonomiplanlinjen P-100 (okonomi.xlsx: Økonomiplan!C2) gjelder prosjektet',
    );
    expect(text).toContain('Skriv «Boligsosial» i kolonnen Plan på den linjen');
    expect(text).not.toContain('Legg inn en linje');
  });

  it('Helse’s expenditure 200 in 2027 against 0 names the same line; its Lån 200 matches row 3', () => {
    expect(text).toMatch(
      /Utgifter i prosjekt P-100 i 2027: tiltaksplanen har 200, økonomiplanen 0 \(avvik 200\)\. Rett tiltaket eller økonomiplanen i okonomi\.xlsx\. Økonomiplanlinjen P-100 \(okonomi\.xlsx: Økonomiplan!C2\) gjelder prosjektet, men passer også til et tiltak i en annen plan og er ikke regnet med her \(se den samlede avstemmingen\)\. Skriv «Helse» i kolonnen Plan på den linjen/,
    );
  });

  it('the line «50» without Plan says Kultur covers another period, not «Kontroller Plan» (7 × 4 = 28)', () => {
    expect(text).toContain(
      'Økonomiplanlinjen 50 (28) har ingen Plan, men Ref viser til et tiltak i «Kultur», som gjelder 2028–2031, ' +
        'ikke 2027–2030 som økonomiplanen',
    );
    expect(text).not.toContain('Kontroller Plan');
  });
});
