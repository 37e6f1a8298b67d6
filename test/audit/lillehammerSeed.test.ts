/**
 * Audit of seeds/004 (Lillehammer programme accounts, typed in 1000 kr with Toleranse 5; rows in
 * seedPlans.ts): `tiltaksplan new`, rows typed in, then `check` as JSON, text and HTML. Figures by hand, in
 * kroner (1 thousand = 1 000 kr).
 *
 * Costed operating rows, cost 2027/2028/2029/2030 (period), full year, financing, frame:
 *   D-001 koordinator  309/618/618/618 (2 163), FY 618, Annen 500, Nye 118, R4
 *   D-002 skyss         29/29/29/29 (116), FY 29, Endret 29, R4
 *   D-003 konsulent    284/0/0/0 (284), Engangs, Annen 284
 *   D-004 kartlegging  150/–/–/– (150), Engangs, Nye 150, R4
 *   D-007 booppfølging 100/200/300/300 (900), FY 300, Felles 100, Nye 200, R3
 * New money per year = cost × Nye / base, to whole 1 000 kr:
 *   D-001 × 118/618: 309 × 118 / 618 = 59 exactly; 618 × 118 / 618 = 118 → 59/118/118/118 (413)
 *   D-004 base = period 150: × 1 → 150/0/0/0
 *   D-007 × 200/300 = ⅔: 66,67/133,33/200/200; floors 66+133+200+200 = 599 of 600, largest remainder 0,67
 *         (2027) → 67/133/200/200
 */
import { main } from '../../src/cli/main';
import type { Report } from '../../src/domain/model/report';
import { scratchDir } from '../cli/cliRun';
import { testIo } from '../cli/testIo';
import { LILLEHAMMER } from './seedPlans';
import { buildSeedWorkbook } from './seedWorkbook';

const years = (a: number, b: number, c: number, d: number) => ({ 2027: a, 2028: b, 2029: c, 2030: d });
/** Four years in thousands, as kroner. */
const th = (a: number, b: number, c: number, d: number) => years(a * 1000, b * 1000, c * 1000, d * 1000);

const { dir, cleanup } = scratchDir();
let report: Report;
let text = '';
let html = '';
const exits: number[] = [];

beforeAll(async () => {
  await buildSeedWorkbook(dir, 'lillehammer.xlsx', LILLEHAMMER);
  const io = testIo({ cwd: dir });
  exits.push(await main(['check', 'lillehammer.xlsx', '--format', 'json'], io));
  report = JSON.parse(io.out()) as Report;
  const tio = testIo({ cwd: dir });
  exits.push(await main(['check', 'lillehammer.xlsx'], tio));
  text = tio.out();
  const hio = testIo({ cwd: dir });
  exits.push(await main(['check', 'lillehammer.xlsx', '--format', 'html'], hio));
  html = hio.out();
}, 60000);
afterAll(cleanup);

describe('Lillehammer (seed 004, 1000 kr): totals by hand', () => {
  it('exits 1 in every format: the reconciliation has errors, the rows none', () => {
    expect(exits).toEqual([1, 1, 1]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('operating in all and per section', () => {
    const { all, bySection } = report.totals.operating;
    // 309+29+284+150+100 = 872; 618+29+0+0+200 = 847; 618+29+300 = 947 (2029 and 2030); Σ 3 613.
    expect(all.years).toEqual(years(872_000, 847_000, 947_000, 947_000));
    expect(all.period).toBe(3_613_000);
    // FY 618 + 29 + 300 = 947; Felles 100; Endret 29; Annen 500 + 284 = 784; Nye 118 + 150 + 200 = 468.
    expect(all.fullYear).toBe(947_000);
    expect(all.financing).toEqual({ joint: 100_000, reallocation: 29_000, other: 784_000, newMoney: 468_000 });
    // 59+150+67 = 276; 118+0+133 = 251; 118+200 = 318 (2029 and 2030).
    expect(all.newMoneyByYear).toEqual(years(276_000, 251_000, 318_000, 318_000));
    // Samfunn og tjenester = D-001..D-003: 309+29+284 = 622, 618+29 = 647 ×3; Organisasjon = D-004 + D-007.
    expect(bySection.map((s) => [s.section, s.years, s.period, s.newMoneyByYear])).toEqual([
      ['Samfunn og tjenester', years(622_000, 647_000, 647_000, 647_000), 2_563_000, th(59, 118, 118, 118)],
      ['Organisasjon', years(250_000, 200_000, 300_000, 300_000), 1_050_000, th(217, 133, 200, 200)],
    ]);
  });

  it('per frame, plan area and responsible', () => {
    const { byFrame, byArea, byResponsible } = report.totals.operating;
    // R4 = D-001 + D-004: 59+150 = 209, 118 ×3; Nye midler column 118 + 150 = 268. R3 = D-007.
    expect(byFrame).toEqual([
      { frame: 'R4', newMoney: 268_000, newMoneyByYear: th(209, 118, 118, 118) },
      { frame: 'R3', newMoney: 200_000, newMoneyByYear: th(67, 133, 200, 200) },
    ]);
    // NAV = D-001 + D-002 + D-004: 309+29+150 = 488, 618+29 = 647 ×3 (2 429).
    expect(byArea.map((a) => [a.area, a.period, a.years['2027']])).toEqual([
      ['NAV og sosiale tjenester', 2_429_000, 488_000],
      ['Areal og samfunnsutvikling', 284_000, 284_000],
      ['Oppvekst og utdanning', 150_000, 150_000],
      ['Helse, velferd, pleie og omsorg', 900_000, 100_000],
    ]);
    // Velferd = D-001 + D-003: 593/618/618/618 (2 447); boligkontor = D-002 + D-007: 129/229/329/329 (1 016);
    // NAV-leder = D-004 (150). 2 447 + 1 016 + 150 = 3 613.
    expect(byResponsible.map((r) => [r.responsible, r.years, r.period])).toEqual([
      ['Rådmannen v/kommunalsjef velferd', th(593, 618, 618, 618), 2_447_000],
      ['Leder boligkontor', th(129, 229, 329, 329), 1_016_000],
      ['NAV-leder', years(150_000, 0, 0, 0), 150_000],
    ]);
  });

  it('investment, a numeric Prosjektnr, and the status counts', () => {
    // 4 000 all in 2027: nothing before or after the period.
    expect(report.totals.investment.all).toEqual({
      budget: 4_000_000,
      before: 0,
      years: years(4_000_000, 0, 0, 0),
      after: 0,
      financing: { vat: 0, grant: 800_000, sale: 0, loan: 3_200_000, operating: 0, fund: 0 },
    });
    expect(report.totals.statusCounts).toEqual({ Beregnet: 6, 'Ingen kostnad': 1, 'Må utredes': 1 });
  });
});

describe('Lillehammer: reconciliation with Toleranse 5 (thousand) by hand', () => {
  const brief = (code: string, ref: string, year?: number, source?: string) => {
    const i = report.reconciliation.find(
      (x) => x.code === code && x.ref === ref && x.year === year && (source === undefined || x.source === source),
    );
    return i && [i.class, i.severity, i.measures, i.economyPlan, i.difference];
  };

  it('27 items: 3 measures × 4, 2 frames × 4, one project × 4, two sources, one line', () => {
    expect(report.reconciliation).toHaveLength(27);
  });

  it('R4 over its Ramme line by 8 in 2028 is a mismatch though the period agrees; by 3 in 2030 rounding', () => {
    // Measures 209/118/118/118 = 563; Ramme 220/110/118/115 = 563.
    expect(brief('frame-total', 'R4', 2027)).toEqual(['match', 'info', 209_000, 220_000, -11_000]);
    expect(brief('frame-total', 'R4', 2028)).toEqual(['mismatch', 'error', 118_000, 110_000, 8_000]);
    expect(brief('frame-total', 'R4', 2030)).toEqual(['rounding', 'info', 118_000, 115_000, 3_000]);
  });

  it('D-007 and R3 within tolerance: 67 against 70, 133 against 130', () => {
    expect(brief('measure-new-money', 'D-007', 2027)).toEqual(['rounding', 'info', 67_000, 70_000, -3_000]);
    expect(brief('measure-new-money', 'D-007', 2028)).toEqual(['rounding', 'info', 133_000, 130_000, 3_000]);
    expect(brief('frame-total', 'R3', 2028)).toEqual(['rounding', 'info', 133_000, 130_000, 3_000]);
    expect(brief('measure-new-money', 'D-001', 2027)).toEqual(['match', 'info', 59_000, 59_000, 0]);
  });

  it('project 7101: expenditure matches, the grant is 800 against 600, the loan matches', () => {
    expect(brief('project-expenditure', '7101', 2027)).toEqual(['match', 'info', 4_000_000, 4_000_000, 0]);
    expect(brief('project-financing', '7101', undefined, 'Tilskudd')).toEqual([
      'mismatch',
      'error',
      800_000,
      600_000,
      200_000,
    ]);
    expect(brief('project-financing', '7101', undefined, 'Lån')).toEqual(['match', 'info', 3_200_000, 3_200_000, 0]);
  });

  it('a line for a measure that is not costed: not-costed, 50 × 4 = 200', () => {
    expect(brief('economy-plan-line-unmatched', 'D-006')).toEqual(['not-costed', 'warning', 0, 200_000, -200_000]);
  });

  it('the text and HTML reports show the same figures', () => {
    expect(report.summary).toEqual({ errors: 2, warnings: 3, infos: 24 });
    expect(text).toContain('Funn i arkene: 0 feil, 2 advarsler, 0 merknader.');
    expect(text).toContain('Avstemming: 2 feil, 1 advarsel, 24 i samsvar eller innenfor toleransen.');
    expect(text).toMatch(/Alle +872 +847 +947 +947 +3\s613 +947 +100 +29 +784 +468\n/);
    expect(text).toMatch(/R4 +NAV og sosiale tjenester +209 +118 +118 +118 +563 +268\n/);
    // With the cells the item compares (the JSON's cells): the project's Tilskudd cell and its line's source cell.
    expect(text).toMatch(
      /Feil +Avvik +Finansiering per prosjekt +7101 +Tilskudd +Tiltak investering!Q2, Økonomiplan!E7 +800 +600 +200 /,
    );
    const cells = (label: string) => {
      const m = new RegExp(`<tr><th[^>]*>${label}</th>(.*?)</tr>`).exec(html);
      return [...(m?.[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((x) => x[1]?.replace(/\s/g, ' '));
    };
    expect(cells('R4')).toEqual(['NAV og sosiale tjenester', '209', '118', '118', '118', '563', '268']);
    expect(cells('Leder boligkontor')).toEqual(['129', '229', '329', '329', '1 016']);
  });
});
