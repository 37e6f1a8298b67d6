/**
 * Audit of seeds/003 (Verdal, section 6, typed in mill kr; rows in seedPlans.ts): the workbook made by
 * `tiltaksplan new` and filled as a user types, then `check` as text, JSON and `--write`. Every figure below
 * was worked out by hand from the typed rows, in kroner (1 mill kr = 1 000 000 kr).
 *
 * Costed (Beregnet) operating rows, cost per year 2027/2028/2029/2030 (period), full year, financing:
 *   D-001 miljøteam        600 000/1 200 000/1 800 000/2 400 000 (6 000 000), FY 2 400 000, Nye 2 400 000
 *   D-002 boligplan         100 000/100 000/100 000/0 (300 000), Engangs, Endret 200 000, Nye 100 000
 *   D-005 boligkontor       250 000/350 000/600 000/600 000 (1 800 000), FY 600 000, Endret 500 000, Nye 100 000
 *   D-006 fagmiljø          200 000/400 000/400 000/400 000 (1 400 000), FY 400 000, Annen 100 000, Nye 200 000
 *                           (financing 300 000 ≠ 400 000: financing-sum, the row still counts, SPEC §4)
 *   D-008 Bo Kart           "0,15" as text = 150 000 (counts, amount-text)/50 000/50 000/50 000 (300 000),
 *                           Engangs, Nye 300 000, no frame (frame-missing)
 *   D-009 samhandling       "ca. 0,1" = 0 (amount-invalid)/100 000/100 000/100 000 (300 000), FY 100 000, Endret 100 000
 * New money per year = cost × Nye / base, in whole 1 000 kr (SPEC §4), largest remainder:
 *   D-001 base 2 400 000: × 1            → 600 000/1 200 000/1 800 000/2 400 000
 *   D-002 base = period 300 000: × 1/3  → 33 333⅓ ×3 = 33,33 thousand each; total 100 thousand; floors 33+33+33 = 99,
 *                                          the one left to the earliest tie → 34 000/33 000/33 000/0
 *   D-005 base 600 000: × 1/6           → 41,67/58,33/100/100 thousand; floors 41+58+100+100 = 299 of 300,
 *                                          largest remainder 0,67 (2027) → 42 000/58 000/100 000/100 000
 *   D-006 base 400 000: × 1/2           → 100 000/200 000/200 000/200 000
 *   D-008 base = period 300 000: × 1    → 150 000/50 000/50 000/50 000
 */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/domain/model/report';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { scratchDir } from '../cli/cliRun';
import { testIo } from '../cli/testIo';
import { VERDAL } from './seedPlans';
import { buildSeedWorkbook } from './seedWorkbook';

const years = (a: number, b: number, c: number, d: number) => ({ 2027: a, 2028: b, 2029: c, 2030: d });

const { dir, cleanup } = scratchDir();
let report: Report;
let text = '';
let exitJson = -1;
let exitText = -1;

beforeAll(async () => {
  await buildSeedWorkbook(dir, 'verdal.xlsx', VERDAL);
  const io = testIo({ cwd: dir });
  exitJson = await main(['check', 'verdal.xlsx', '--format', 'json'], io);
  report = JSON.parse(io.out()) as Report;
  const tio = testIo({ cwd: dir });
  exitText = await main(['check', 'verdal.xlsx'], tio);
  text = tio.out();
}, 60000);
afterAll(cleanup);

describe('Verdal (seed 003, mill kr): totals by hand', () => {
  it('exits 1: the plan has errors (SPEC §12)', () => {
    expect(exitJson).toBe(1);
    expect(exitText).toBe(1);
    expect(report.plan).toEqual({ startYear: 2027, years: [2027, 2028, 2029, 2030], unit: 'mill kr' });
  });

  it('operating, all costed rows: each year, period, full year, financing, new money per year', () => {
    const all = report.totals.operating.all;
    // 2027: 600 + 100 + 250 + 200 + 150 + 0 = 1 300 thousand; 2028: 1 200 + 100 + 350 + 400 + 50 + 100 = 2 200;
    // 2029: 1 800 + 100 + 600 + 400 + 50 + 100 = 3 050; 2030: 2 400 + 0 + 600 + 400 + 50 + 100 = 3 550; Σ 10 100.
    expect(all.years).toEqual(years(1_300_000, 2_200_000, 3_050_000, 3_550_000));
    expect(all.period).toBe(10_100_000);
    // Full year 2 400 + 600 + 400 + 100 = 3 500 (the one-offs have none).
    expect(all.fullYear).toBe(3_500_000);
    // Felles "----" = 0; Endret 200 + 500 + 100; Annen 100; Nye 2 400 + 100 + 100 + 200 + 300.
    expect(all.financing).toEqual({ joint: 0, reallocation: 800_000, other: 100_000, newMoney: 3_100_000 });
    // 600+34+42+100+150 = 926; 1 200+33+58+200+50 = 1 541; 1 800+33+100+200+50 = 2 183; 2 400+0+100+200+50 = 2 750.
    expect(all.newMoneyByYear).toEqual(years(926_000, 1_541_000, 2_183_000, 2_750_000));
  });

  it('per section', () => {
    const [samfunn, org] = report.totals.operating.bySection;
    // Samfunn og tjenester = D-001 + D-002: 700/1 300/1 900/2 400 (6 300); new money 634/1 233/1 833/2 400.
    expect(samfunn).toMatchObject({
      section: 'Samfunn og tjenester',
      years: years(700_000, 1_300_000, 1_900_000, 2_400_000),
      period: 6_300_000,
      fullYear: 2_400_000,
      financing: { joint: 0, reallocation: 200_000, other: 0, newMoney: 2_500_000 },
      newMoneyByYear: years(634_000, 1_233_000, 1_833_000, 2_400_000),
    });
    // Organisasjon = D-005 + D-006 + D-008 + D-009: 250+200+150+0 = 600; 350+400+50+100 = 900; 600+400+50+100 = 1 150 ×2.
    // New money 42+100+150 = 292; 58+200+50 = 308; 100+200+50 = 350 ×2.
    expect(org).toMatchObject({
      section: 'Organisasjon',
      years: years(600_000, 900_000, 1_150_000, 1_150_000),
      period: 3_800_000,
      fullYear: 1_100_000,
      financing: { joint: 0, reallocation: 600_000, other: 100_000, newMoney: 600_000 },
      newMoneyByYear: years(292_000, 308_000, 350_000, 350_000),
    });
  });

  it('new money per frame: R3, R1 and the row without a frame', () => {
    // R3 = D-001 + D-002 (D-009 has no new money); R1 = D-005 + D-006: 42+100, 58+200, 100+200, 100+200.
    // newMoney is the Nye midler column: R3 2 400 + 100, R1 100 + 200, none 300.
    expect(report.totals.operating.byFrame).toEqual([
      { frame: 'R3', newMoney: 2_500_000, newMoneyByYear: years(634_000, 1_233_000, 1_833_000, 2_400_000) },
      { frame: 'R1', newMoney: 300_000, newMoneyByYear: years(142_000, 258_000, 300_000, 300_000) },
      { frame: '', newMoney: 300_000, newMoneyByYear: years(150_000, 50_000, 50_000, 50_000) },
    ]);
  });

  it('cost per plan area (a measure counts fully in each of its areas) and per responsible', () => {
    // Helse = D-001 + D-002 + D-005 + D-009: 600+100+250+0 = 950; 1 200+100+350+100 = 1 750;
    // 1 800+100+600+100 = 2 600; 2 400+0+600+100 = 3 100. Areal = D-002. Oppvekst = D-006. NAV = D-008 + D-009.
    expect(report.totals.operating.byArea).toEqual([
      {
        area: 'Helse, velferd, pleie og omsorg',
        years: years(950_000, 1_750_000, 2_600_000, 3_100_000),
        period: 8_400_000,
      },
      { area: 'Areal og samfunnsutvikling', years: years(100_000, 100_000, 100_000, 0), period: 300_000 },
      { area: 'Oppvekst og utdanning', years: years(200_000, 400_000, 400_000, 400_000), period: 1_400_000 },
      { area: 'NAV og sosiale tjenester', years: years(150_000, 150_000, 150_000, 150_000), period: 600_000 },
    ]);
    // Velferd = D-001 + D-005; boligkontor = D-002 + D-006; NAV-leder = D-008 + D-009; 7 800 + 1 700 + 600 = 10 100.
    expect(report.totals.operating.byResponsible).toEqual([
      {
        responsible: 'Rådmannen v/kommunalsjef velferd',
        years: years(850_000, 1_550_000, 2_400_000, 3_000_000),
        period: 7_800_000,
      },
      { responsible: 'Leder boligkontor', years: years(300_000, 500_000, 500_000, 400_000), period: 1_700_000 },
      { responsible: 'NAV-leder', years: years(150_000, 150_000, 150_000, 150_000), period: 600_000 },
    ]);
  });

  it('investment and the counts per Kostnadsstatus', () => {
    // I-001 småhus 3 mill in 2027 by loan; I-004: 1,5 + 2,5 in the period, VAT 1, grant 1,5, loan 2,5, and 1 mill
    // granted before the period (Tidligere bevilget), none after it: 3 + 1 + 1,5 + 2,5 = 8.
    expect(report.totals.investment.all).toEqual({
      budget: 8_000_000,
      before: 1_000_000,
      years: years(4_500_000, 2_500_000, 0, 0),
      after: 0,
      financing: { vat: 1_000_000, grant: 1_500_000, sale: 0, loan: 5_500_000, operating: 0, fund: 0 },
    });
    // Beregnet: 6 operating + 2 investment; Må utredes D-003, I-003; Ukjent D-004, I-002; Ingen kostnad D-007.
    expect(report.totals.statusCounts).toEqual({ Beregnet: 8, 'Må utredes': 2, Ukjent: 2, 'Ingen kostnad': 1 });
  });
});

describe('Verdal: reconciliation against the economy plan by hand (SPEC §10)', () => {
  const item = (code: string, ref: string, year?: number) =>
    report.reconciliation.find((i) => i.code === code && i.ref === ref && i.year === year);
  const brief = (code: string, ref: string, year?: number) => {
    const i = item(code, ref, year);
    return i && [i.class, i.measures, i.economyPlan, i.difference];
  };

  it('covers 38 items: 5 measures × 4, 2 frames × 4, 2 projects × 4, one financing source, one stray line', () => {
    expect(report.reconciliation).toHaveLength(38);
  });

  it('R1 exceeds its Ramme line in 2028 although the period agrees (1 000 = 1 000): mismatch, never timing', () => {
    // Measures 142/258/300/300 = 1 000 thousand; Ramme 200/200/300/300 = 1 000.
    expect(brief('frame-total', 'R1', 2027)).toEqual(['match', 142_000, 200_000, -58_000]);
    expect(brief('frame-total', 'R1', 2028)).toEqual(['mismatch', 258_000, 200_000, 58_000]);
    expect(brief('frame-total', 'R1', 2029)).toEqual(['match', 300_000, 300_000, 0]);
    expect(item('frame-total', 'R1', 2028)?.severity).toBe('error');
  });

  it('D-002 and its frame R3 (no Ramme line) are timing: years differ, the period agrees', () => {
    // D-002 34/33/33/0 against 50/50/0/0: both 100 thousand.
    expect(brief('measure-new-money', 'D-002', 2027)).toEqual(['timing', 34_000, 50_000, -16_000]);
    expect(brief('measure-new-money', 'D-002', 2029)).toEqual(['timing', 33_000, 0, 33_000]);
    expect(brief('measure-new-money', 'D-002', 2030)).toEqual(['match', 0, 0, 0]);
    // R3 = D-001 + D-002 against their Tiltak lines: 634 vs 600 + 50 = 650; 1 833 vs 1 800 + 0.
    expect(brief('frame-total', 'R3', 2027)).toEqual(['timing', 634_000, 650_000, -16_000]);
    expect(brief('frame-total', 'R3', 2029)).toEqual(['timing', 1_833_000, 1_800_000, 33_000]);
  });

  it('rounded new money matches lines typed to 0,001 mill; a row with an error is compared and says so', () => {
    expect(brief('measure-new-money', 'D-005', 2027)).toEqual(['match', 42_000, 42_000, 0]);
    expect(brief('measure-new-money', 'D-008', 2027)).toEqual(['match', 150_000, 150_000, 0]);
    expect(item('measure-new-money', 'D-006', 2028)).toMatchObject({ class: 'match', rowErrors: ['D-006'] });
    expect(item('frame-total', 'R1', 2028)).toMatchObject({ rowErrors: ['D-006'] });
  });

  it('projects: expenditure per year, financing per source, and a line for no measure', () => {
    expect(brief('project-expenditure', 'P-20', 2027)).toEqual(['match', 3_000_000, 3_000_000, 0]);
    expect(brief('project-expenditure', 'P-30', 2028)).toEqual(['match', 2_500_000, 2_500_000, 0]);
    // P-30 has 1 mill granted before the period: its financing is not compared (SPEC §10), P-20's loan is.
    const financing = report.reconciliation.filter((i) => i.code === 'project-financing');
    expect(financing.map((i) => [i.ref, i.source, i.class, i.measures, i.economyPlan])).toEqual([
      ['P-20', 'Lån', 'match', 3_000_000, 3_000_000],
    ]);
    // D-099: 0,2 + 0,2 mill on a line that matches no measure.
    expect(item('economy-plan-line-unmatched', 'D-099')).toMatchObject({ severity: 'warning', economyPlan: 400_000 });
  });

  it('counts: 4 + 1 errors, 6 + 7 warnings, 4 + 30 infos (sheet findings + reconciliation)', () => {
    expect(report.summary).toEqual({ errors: 5, warnings: 13, infos: 34 });
    expect(text).toContain('Funn i arkene: 4 feil, 6 advarsler, 4 merknader.');
    expect(text).toContain('Avstemming: 1 feil, 7 advarsler, 30 i samsvar eller innenfor toleransen.');
  });

  // The report's frame table as Sammendrag's: the years, then their period sum (R3 634 + 1 233 + 1 833 + 2 400 =
  // 6 100 thousand), then the Nye midler column (2 400 + 100 = 2 500). The report once showed only the last one
  // right after the years, so a reader took 2,5 for the sum of 0,634 … 2,4 while Sammendrag said 6,1.
  it('the frame table of the report shows the period sum of the years, as Sammendrag does', () => {
    expect(text).toMatch(/Rammeområde +Navn +2027 +2028 +2029 +2030 +Sum periode +Nye midler\n/);
    expect(text).toMatch(/R3 +Helse og velferd +0,634 +1,233 +1,833 +2,4 +6,1 +2,5\n/);
    expect(text).toMatch(/R1 +Sentraladministrasjon +0,142 +0,258 +0,3 +0,3 +1 +0,3\n/);
    expect(text).toMatch(/\(uten rammeområde\) +0,15 +0,05 +0,05 +0,05 +0,3 +0,3\n/);
  });

  // New money over the period, as Sammendrag's «Nye midler per år» shows it in its Sum column and the pane in its
  // totals: 926 + 1 541 + 2 183 + 2 750 = 7 400 thousand in all, 634 + 1 233 + 1 833 + 2 400 = 6 100 and
  // 292 + 308 + 350 + 350 = 1 300 per section. The report showed the years only, so the period's new money (7,4)
  // appeared nowhere in it; the Nye midler column (3,1) is the full-year financing.
  it('the report shows the period sum of new money per year, as Sammendrag does', () => {
    expect(text).toMatch(/Nye midler per år\n·+\n +Seksjon +2027 +2028 +2029 +2030 +Sum periode\n/);
    expect(text).toMatch(/Samfunn og tjenester +0,634 +1,233 +1,833 +2,4 +6,1\n/);
    expect(text).toMatch(/Organisasjon +0,292 +0,308 +0,35 +0,35 +1,3\n/);
    expect(text).toMatch(/Alle +0,926 +1,541 +2,183 +2,75 +7,4\n/);
  });

  it('names file, sheet and cell of the text in an amount column, in Norwegian', () => {
    const invalid = report.issues.find((i) => i.code === 'amount-invalid');
    expect(invalid).toMatchObject({ severity: 'error', sheet: 'Tiltak drift', cell: 'H10', measureId: 'D-009' });
    expect(invalid?.message).toBe(
      'Cellen i «2027» inneholder «ca. 0,1», som ikke er et beløp. Den teller som 0 til du retter den.',
    );
    expect(report.file).toBe('verdal.xlsx');
    expect(text).toMatch(/Tiltak drift\n·+\n[\s\S]*Feil {6}H10 {4}D-009 {2}Cellen i «2027» inneholder «ca\. 0,1»/);
  });
});

describe('Verdal: the written Sammendrag holds the same figures', () => {
  let rows: Map<string, unknown[]>[] = [];
  beforeAll(async () => {
    expect(await main(['check', 'verdal.xlsx', '--write'], testIo({ cwd: dir }))).toBe(1);
    const wb = await (await XlsxWorkbook.fromBuffer(readFileSync(`${dir}/verdal-kontrollert.xlsx`))).read();
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    // Blocks split at empty rows; each block's rows keyed by their first cell (the second for a frame without code).
    const blocks: Map<string, unknown[]>[] = [new Map()];
    for (const r of sheet?.values ?? []) {
      if (r.every((v) => v === null || v === '')) blocks.push(new Map());
      else (blocks[blocks.length - 1] as Map<string, unknown[]>).set(String(r[0] ?? r[1]), r.slice(1));
    }
    rows = blocks;
  }, 60000);
  const row = (title: string, label: string) => rows.find((b) => b.has(title))?.get(label);

  it('operating per section, in mill kr', () => {
    expect(row('Drift per seksjon', 'Alle seksjoner')).toEqual([1.3, 2.2, 3.05, 3.55, 10.1, 3.5, 0, 0.8, 0.1, 3.1]);
    expect(row('Drift per seksjon', 'Organisasjon')).toEqual([0.6, 0.9, 1.15, 1.15, 3.8, 1.1, 0, 0.6, 0.1, 0.6]);
  });

  it('new money per year and per frame, with the period sum', () => {
    expect(row('Nye midler per år (drift)', 'Alle seksjoner')).toEqual([0.926, 1.541, 2.183, 2.75, 7.4]);
    expect(row('Nye midler per rammeområde', 'R1')).toEqual(['Sentraladministrasjon', 0.142, 0.258, 0.3, 0.3, 1]);
    expect(row('Nye midler per rammeområde', 'R3')).toEqual(['Helse og velferd', 0.634, 1.233, 1.833, 2.4, 6.1]);
  });

  it('per plan area, per responsible, investment and status counts', () => {
    expect(row('Driftskostnad per planområde', 'NAV og sosiale tjenester')).toEqual([0.15, 0.15, 0.15, 0.15, 0.6]);
    expect(row('Driftskostnad per ansvarlig', 'Leder boligkontor')).toEqual([0.3, 0.5, 0.5, 0.4, 1.7]);
    expect(row('Investering per seksjon', 'Alle seksjoner')).toEqual([8, 4.5, 2.5, 0, 0, 1, 1.5, 0, 5.5, 0, 0]);
    expect(row('Antall tiltak per kostnadsstatus', 'Må utredes')).toEqual([2]);
  });
});
