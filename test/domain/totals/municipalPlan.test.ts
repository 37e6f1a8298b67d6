/**
 * A plan as a municipality writes it, read from the workbook and totalled through the JSON report (SPEC §9,
 * §12), every figure worked out by hand below — once typed in 1000 kr and once, the same plan, in mill kr:
 * the kroner must be the same.
 *
 * Operating (Beregnet unless said):
 *   D-001 Samfunn og tjenester  600 / 1 200 / 1 800 / 2 400, full year 2 400, Nye midler 2 400, frame 2,
 *         areas Helse, velferd, pleie og omsorg; Oppvekst, Leder boligkontor
 *   D-002 Samfunn og tjenester  100 × 4, full year 100, Felles tiltak 50 + Nye midler 50, frame 3, Oppvekst,
 *         Rådmannen v/kommunalsjef velferd
 *   D-003 Organisasjon  200 × 4, full year 200, Nye midler 150 (financing-sum error: counts anyway, SPEC §4),
 *         frame 2, areas Kultur;Teknisk;Oppvekst, Leder boligkontor
 *   D-004 Organisasjon  Må utredes, "----" and "?" (not costed: counted, not summed)
 *   D-005 Organisasjon  "----" / 300 / 300 / 300, full year 300, Endret drift 300, no frame, Oppvekst
 *   D-006 Organisasjon  333 × 4, full year 333, Nye midler 333, frame 2, Kultur
 * Investment: I-001 Samfunn og tjenester, Kostnadsramme 10 000 = 2 000 + 5 000 + 3 000, Mva 2 000 + Tilskudd
 *   3 000 + Lån 5 000; I-002 Organisasjon, 5 000 = Tidligere bevilget 1 000 + 2 000 + 2 000, Tilskudd 2 000 +
 *   Lån 3 000; I-003 Ukjent.
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n';
import { jsonReport } from '../../../src/report/json';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const HVPO = 'Helse, velferd, pleie og omsorg';

function totalsIn(unit: Unit) {
  // Amounts typed in thousands; in a mill kr plan the same figure / 1 000 (0,6 / 1,2 …).
  const a = (n: number): number => (unit === 'mill kr' ? n / 1000 : n);
  const years = (...v: (number | string)[]): Record<string, CellValue> =>
    Object.fromEntries(v.map((x, i) => [String(2027 + i), typeof x === 'number' ? a(x) : x]));
  const op = (o: Record<string, CellValue>) => operatingRow(o);
  const wb = canonicalSnapshot({
    unit,
    lists: { sections: ['Samfunn og tjenester', 'Organisasjon', 'Tomt'] },
    operating: [
      op({
        ID: 'D-001',
        'Berørte planområder': `${HVPO}; Oppvekst`,
        ...years(600, 1200, 1800, 2400),
        Helårsvirkning: a(2400),
        'Nye midler': a(2400),
      }),
      op({
        ID: 'D-002',
        Prioritet: 2,
        ...years(100, 100, 100, 100),
        Helårsvirkning: a(100),
        'Felles tiltak': a(50),
        'Nye midler': a(50),
        Rammeområde: '3',
        Ansvarlig: 'Rådmannen v/kommunalsjef velferd',
      }),
      op({
        ID: 'D-003',
        Seksjon: 'Organisasjon',
        'Berørte planområder': 'Kultur;Teknisk;Oppvekst',
        ...years(200, 200, 200, 200),
        Helårsvirkning: a(200),
        'Nye midler': a(150),
      }),
      op({
        ID: 'D-004',
        Seksjon: 'Organisasjon',
        Prioritet: 2,
        Kostnadsstatus: 'Må utredes',
        ...years('----', '?'),
        '2029': null,
        '2030': null,
        Helårsvirkning: null,
        'Nye midler': null,
      }),
      op({
        ID: 'D-005',
        Seksjon: 'Organisasjon',
        Prioritet: 3,
        ...years('----', 300, 300, 300),
        Helårsvirkning: a(300),
        'Endret drift': a(300),
        'Nye midler': 0,
        Rammeområde: null,
      }),
      op({
        ID: 'D-006',
        Seksjon: 'Organisasjon',
        Prioritet: 4,
        'Berørte planområder': 'Kultur',
        ...years(333, 333, 333, 333),
        Helårsvirkning: a(333),
        'Nye midler': a(333),
      }),
    ],
    investment: [
      {
        ID: 'I-001',
        Seksjon: 'Samfunn og tjenester',
        Prioritet: 1,
        Tiltak: 'Omsorgsboliger',
        Kostnadsstatus: 'Beregnet',
        Prosjektnr: 'P100',
        Formål: 'Omsorgsbolig',
        Kostnadsramme: a(10000),
        ...years(2000, 5000, 3000, 0),
        'Mva-kompensasjon': a(2000),
        Tilskudd: a(3000),
        Lån: a(5000),
        Ansvarlig: 'Leder boligkontor',
        'Berørte planområder': 'Oppvekst',
      },
      {
        ID: 'I-002',
        Seksjon: 'Organisasjon',
        Prioritet: 1,
        Tiltak: 'Utleieboliger',
        Kostnadsstatus: 'Beregnet',
        Prosjektnr: 'P200',
        Formål: 'Utleiebolig',
        Kostnadsramme: a(5000),
        'Tidligere bevilget': a(1000),
        ...years(0, 2000, 2000, 0),
        Tilskudd: a(2000),
        Lån: a(3000),
        Ansvarlig: 'Leder boligkontor',
        'Berørte planområder': 'Oppvekst',
      },
      { ID: 'I-003', Seksjon: 'Organisasjon', Prioritet: 2, Tiltak: 'Nytt bygg', Kostnadsstatus: 'Ukjent' },
    ],
  });
  const result = checkSnapshot(wb, {
    file: 'plan.xlsx',
    defaultStartYear: 2027,
    render: (f, u) => renderFinding(f, 'nb', u),
  });
  return jsonReport(result.report).totals;
}

/** n thousand kroner, per year 2027…2030. */
const th = (...v: number[]) => Object.fromEntries(v.map((x, i) => [String(2027 + i), x * 1000]));

describe.each(['1000 kr', 'mill kr'] as const)('a municipal plan typed in %s', (unit) => {
  const totals = totalsIn(unit);
  const { operating, investment } = totals;

  it('sums each section and all, every costed row with or without findings, D-004 left out', () => {
    // Samfunn og tjenester = D-001 + D-002: 700 / 1 300 / 1 900 / 2 500 = 6 400; full year 2 400 + 100.
    expect(operating.bySection[0]).toMatchObject({
      section: 'Samfunn og tjenester',
      years: th(700, 1300, 1900, 2500),
      period: 6_400_000,
      fullYear: 2_500_000,
      financing: { joint: 50_000, reallocation: 0, other: 0, newMoney: 2_450_000 },
    });
    // Organisasjon = D-003 + D-005 + D-006: 200 + 0 + 333 = 533, then 200 + 300 + 333 = 833; 533 + 3 × 833 = 3 032.
    expect(operating.bySection[1]).toMatchObject({
      section: 'Organisasjon',
      years: th(533, 833, 833, 833),
      period: 3_032_000,
      fullYear: 833_000,
      financing: { joint: 0, reallocation: 300_000, other: 0, newMoney: 483_000 },
    });
    // All = the two sections (no double counting): 1 233 / 2 133 / 2 733 / 3 333 = 9 432.
    expect(operating.all).toMatchObject({ years: th(1233, 2133, 2733, 3333), period: 9_432_000, fullYear: 3_333_000 });
  });

  it('splits new money per year and frame (SPEC §4): D-002 50 a year of its 100, D-003 150 of 200', () => {
    // 650 = D-001 600 + D-002 100 × 50/100; Organisasjon 483 = D-003 200 × 150/200 + D-006 333.
    expect(operating.all.newMoneyByYear).toEqual(th(1133, 1733, 2333, 2933));
    // Frame 2: D-001 + D-003 150 + D-006 333 → 1 083 / 1 683 / 2 283 / 2 883; Nye midler 2 400 + 150 + 333.
    expect(operating.byFrame).toEqual([
      { frame: '2', newMoney: 2_883_000, newMoneyByYear: th(1083, 1683, 2283, 2883) },
      { frame: '3', newMoney: 50_000, newMoneyByYear: th(50, 50, 50, 50) },
    ]);
  });

  it('counts a measure fully in each plan area it touches', () => {
    // Oppvekst: D-001 + D-002 + D-003 + D-005 = 900 / 1 800 / 2 400 / 3 000; Kultur: D-003 + D-006 = 533 × 4.
    expect(operating.byArea).toEqual([
      { area: HVPO, years: th(600, 1200, 1800, 2400), period: 6_000_000 },
      { area: 'Oppvekst', years: th(900, 1800, 2400, 3000), period: 8_100_000 },
      { area: 'Kultur', years: th(533, 533, 533, 533), period: 2_132_000 },
      { area: 'Teknisk', years: th(200, 200, 200, 200), period: 800_000 },
    ]);
  });

  it('sums the investments and their financing, and counts every row by status', () => {
    // 10 000 + 5 000; 2027 2 000, 2028 5 000 + 2 000, 2029 3 000 + 2 000; Lån 5 000 + 3 000. Tidligere bevilget:
    // I-002's 1 000; Etter perioden: none.
    expect(investment.all).toEqual({
      budget: 15_000_000,
      before: 1_000_000,
      years: th(2000, 7000, 5000, 0),
      after: 0,
      financing: { vat: 2_000_000, grant: 5_000_000, sale: 0, loan: 8_000_000, operating: 0, fund: 0 },
    });
    // 5 costed operating + 2 costed investments; D-004, I-003.
    expect(totals.statusCounts).toEqual({ Beregnet: 7, 'Må utredes': 1, Ukjent: 1 });
  });
});
