/**
 * The measures of the built-in example (amounts in thousands of kroner). Operating measure D-001 is the
 * Verdal miljøteam (seed 003, table 6.1): stepped up from one to five full-time posts, 0,6 / 1,2 / 1,8 /
 * 2,4 mill kr, full-year effect 2,4 mill kr, all of it new money.
 */
import { amountKeys, INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';

/** One example row: schema key → value, the year amounts, and which keys hold amounts. */
export interface ExampleMeasure {
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly years: readonly (number | null)[];
  readonly amountKeys: readonly string[];
}

const S = 'Samfunn og tjenester';
const O = 'Organisasjon';
const HELSE = 'Helse, velferd, pleie og omsorg';
const NAV = 'NAV og sosiale tjenester';
const AREAL = 'Areal og samfunnsutvikling';
const VELFERD = 'Rådmannen v/kommunalsjef velferd';
const BOLIG = 'Leder boligkontor';

// The amount columns come from the schema, so the example fills every one of them.
const OPERATING_AMOUNTS = amountKeys(OPERATING_COLUMNS);
const INVESTMENT_AMOUNTS = amountKeys(INVESTMENT_COLUMNS);

type Fin = Partial<Record<'fullYear' | 'finJoint' | 'finReallocation' | 'finOther' | 'finNew', number>>;

function op(
  id: string,
  section: string,
  priority: number,
  ref: string,
  measure: string,
  kind: string,
  costStatus: string,
  years: readonly (number | null)[],
  fin: Fin,
  who: { responsible: string; areas: string; frame?: string; comment?: string },
): ExampleMeasure {
  const costed = costStatus === 'Beregnet';
  const amounts = Object.fromEntries(OPERATING_AMOUNTS.map((k) => [k, costed ? (fin[k as keyof Fin] ?? 0) : null]));
  return {
    values: { id, section, priority, ref, measure, kind, costStatus, ...amounts, frame: '', comment: '', ...who },
    years: costed ? years : years.map(() => null),
    amountKeys: OPERATING_AMOUNTS,
  };
}

const NONE = [null, null, null, null];

/** About ten operating measures over both sections, some not costed. */
export const EXAMPLE_OPERATING: readonly ExampleMeasure[] = [
  op(
    'D-001',
    S,
    1,
    '14',
    'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk',
    'Varig',
    'Beregnet',
    [600, 1200, 1800, 2400],
    { fullYear: 2400, finNew: 2400 },
    { responsible: VELFERD, areas: HELSE, frame: 'R3' },
  ),
  op(
    'D-002',
    S,
    2,
    '2',
    'Utarbeide boligplan for bosetting av vanskeligstilte',
    'Engangs',
    'Beregnet',
    [300, null, null, null],
    { finReallocation: 300 },
    { responsible: BOLIG, areas: `${AREAL}; ${HELSE}` },
  ),
  op(
    'D-003',
    S,
    3,
    '4',
    'Bostøttekontakt i NAV: økonomisk rådgivning for leietakere',
    'Varig',
    'Beregnet',
    [350, 700, 700, 700],
    { fullYear: 700, finOther: 200, finNew: 500 },
    { responsible: 'NAV-leder', areas: NAV, frame: 'R4', comment: 'Annen finansiering: tilskudd fra Husbanken' },
  ),
  op(
    'D-004',
    S,
    4,
    '5',
    'Spredt bosetting for å oppnå trivsel og økt aktivitet',
    'Varig',
    'Må utredes',
    NONE,
    {},
    { responsible: BOLIG, areas: AREAL },
  ),
  op(
    'D-005',
    S,
    5,
    '6',
    'Housing First-team i samarbeid med nabokommunen',
    'Varig',
    'Beregnet',
    [400, 800, 800, 800],
    { fullYear: 800, finJoint: 400, finNew: 400 },
    { responsible: VELFERD, areas: `${HELSE}; ${NAV}`, frame: 'R3' },
  ),
  op(
    'D-006',
    O,
    1,
    '1',
    'Boligkontor – flytting av ressurser',
    'Varig',
    'Innenfor ramme',
    NONE,
    {},
    { responsible: VELFERD, areas: HELSE },
  ),
  op(
    'D-007',
    O,
    2,
    '8',
    'Etablere et bredt fagmiljø for helhetlig boligsosialt arbeid',
    'Varig',
    'Beregnet',
    [150, 150, 150, 150],
    { fullYear: 150, finReallocation: 150 },
    { responsible: BOLIG, areas: HELSE },
  ),
  op(
    'D-008',
    O,
    3,
    '3',
    'Årlige medvirkningsmøter om boligbehov med fagmiljøene',
    'Varig',
    'Ingen kostnad',
    NONE,
    {},
    { responsible: BOLIG, areas: AREAL },
  ),
  op(
    'D-009',
    O,
    4,
    '7',
    'Ta i bruk Bo Kart',
    'Engangs',
    'Beregnet',
    [120, null, null, null],
    { finNew: 120 },
    { responsible: BOLIG, areas: AREAL, frame: 'R1' },
  ),
  op(
    'D-010',
    O,
    5,
    '9',
    'Styrke samhandlingen mellom oppfølgingstjenesten, NAV og spesialisthelsetjenesten',
    'Varig',
    'Må utredes',
    NONE,
    {},
    { responsible: VELFERD, areas: `${HELSE}; ${NAV}` },
  ),
  op(
    'D-011',
    O,
    6,
    '12',
    'Kompetanseheving i boligsosialt arbeid',
    'Varig',
    'Beregnet',
    [200, 200, 200, 200],
    { fullYear: 200, finNew: 200 },
    { responsible: VELFERD, areas: HELSE, frame: 'R3' },
  ),
];

type InvFin = Partial<Record<'finVat' | 'finGrant' | 'finSale' | 'finLoan' | 'finOperating' | 'finFund', number>>;

function inv(
  id: string,
  section: string,
  priority: number,
  ref: string,
  measure: string,
  costStatus: string,
  project: { project: string; purpose: string; budget: number | null },
  years: readonly (number | null)[],
  fin: InvFin,
  who: { responsible: string; areas: string; frame?: string; comment?: string },
): ExampleMeasure {
  const costed = costStatus === 'Beregnet';
  const amounts = Object.fromEntries(
    INVESTMENT_AMOUNTS.map((k) => [
      k,
      costed ? (k === 'budget' ? project.budget : (fin[k as keyof InvFin] ?? 0)) : null,
    ]),
  );
  return {
    values: { id, section, priority, ref, measure, costStatus, ...project, ...amounts, frame: '', comment: '', ...who },
    years: costed ? years : years.map(() => null),
    amountKeys: INVESTMENT_AMOUNTS,
  };
}

/** Four costed projects financed by Husbanken grants, loans and VAT compensation, and one to be assessed. */
export const EXAMPLE_INVESTMENT: readonly ExampleMeasure[] = [
  inv(
    'I-001',
    S,
    1,
    '20',
    '4 småhus for vanskeligstilte',
    'Beregnet',
    { project: 'P-4101', purpose: 'Utleiebolig', budget: 12000 },
    [3000, 9000, 0, 0],
    { finGrant: 4800, finLoan: 7200 },
    { responsible: 'Eiendomssjef', areas: AREAL, frame: 'R5', comment: 'Tilskudd fra Husbanken, 40 %' },
  ),
  inv(
    'I-002',
    S,
    2,
    '10',
    'Omsorgsboliger, 8 leiligheter',
    'Beregnet',
    { project: 'P-4102', purpose: 'Omsorgsbolig', budget: 30000 },
    [0, 10000, 20000, 0],
    { finVat: 5000, finGrant: 13500, finLoan: 11500 },
    { responsible: 'Eiendomssjef', areas: HELSE, frame: 'R5', comment: 'Investeringstilskudd fra Husbanken' },
  ),
  inv(
    'I-003',
    S,
    3,
    '11',
    'Oppgradering av kommunale utleieboliger',
    'Beregnet',
    { project: 'P-4103', purpose: 'Utleiebolig', budget: 4000 },
    [1000, 1000, 1000, 1000],
    { finLoan: 3000, finFund: 1000 },
    { responsible: 'Eiendomssjef', areas: AREAL, frame: 'R5' },
  ),
  inv(
    'I-004',
    S,
    4,
    '21',
    'Kjøp av boliger etter boligplanen',
    'Må utredes',
    { project: '', purpose: 'Utleiebolig', budget: null },
    NONE,
    {},
    { responsible: BOLIG, areas: AREAL },
  ),
  inv(
    'I-005',
    O,
    1,
    '1',
    'Lokaler for boligkontor og oppfølgingstjeneste',
    'Beregnet',
    { project: 'P-4104', purpose: 'Lokaler', budget: 2500 },
    [2500, 0, 0, 0],
    { finVat: 400, finOperating: 500, finLoan: 1600 },
    { responsible: VELFERD, areas: HELSE, frame: 'R5' },
  ),
];
