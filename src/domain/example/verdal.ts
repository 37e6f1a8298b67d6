/**
 * Verdal's table 6.1 (seed 003, "Utviklingstiltak drift", Tiltaksplan 2011–2014) typed into a `mill kr`
 * workbook as a budget officer would: 0,6 / 1,2 / 1,8 / 2,4 mill for the miljøteam, with Nye midler 2,4; the
 * rows the seed fills with "----" marked Ingen kostnad; an Ansvarlig or plan area that the seed writes once for
 * a group of rows (a merged cell) written on each row. The economy plan is what finance typed for it, in the
 * same unit: the miljøteam's line and the frame R3 (Helse og velferd) with exactly the same amounts. Issue 14's
 * `mill kr` example (examples/verdal-mill-kr.xlsx, written by scripts/make-verdal-mill-kr.ts).
 */
import type { PlanContent, RowInput } from '../model/content';
import { DEFAULT_LISTS } from '../sheets/template';

/** The first plan year of Verdal's table 6.1. */
export const VERDAL_START_YEAR = 2011;

const HELSE = 'Helse, velferd, pleie og omsorg';
const RADMANN = 'Rådmannen v/kommunalsjef velferd';
const BOLIG = 'Leder boligkontor';
const SAMFUNN = 'Samfunn og tjenester';
const ORGANISASJON = 'Organisasjon';

/** A row of table 6.1 that the seed marks "----" throughout: no cost in the period. */
function noCost(id: string, section: string, priority: number, ref: string, measure: string, who: string): RowInput {
  const values = { id, section, priority, ref, measure, kind: 'Varig', costStatus: 'Ingen kostnad' };
  return { values: { ...values, responsible: who, areas: HELSE }, years: [null, null, null, null] };
}

/** Miljøteam (item 14): 0,6 / 1,2 / 1,8 / 2,4 mill kr, full-year effect 2,4, all of it new money, frame R3. */
const MILJOTEAM: RowInput = {
  values: {
    id: 'D-001',
    section: SAMFUNN,
    priority: 1,
    ref: '14',
    measure: 'Utvidelse miljøteam: Trappes opp fra 1 til 5 årsverk innen 2015.',
    kind: 'Varig',
    costStatus: 'Beregnet',
    fullYear: 2.4,
    finNew: 2.4,
    responsible: RADMANN,
    areas: HELSE,
    frame: 'R3',
  },
  years: [0.6, 1.2, 1.8, 2.4],
};

const MEASURES: readonly RowInput[] = [
  MILJOTEAM,
  noCost('D-002', SAMFUNN, 2, '2', 'Utarbeide boligplan for bosetting av vanskeligstilte', BOLIG),
  noCost('D-003', SAMFUNN, 3, '4', 'Samordnet saksbehandling', BOLIG),
  noCost('D-004', SAMFUNN, 4, '5', 'Spredt bosetting for å oppnå trivsel og økt aktivitet.', BOLIG),
  noCost('D-005', ORGANISASJON, 1, '1', 'Boligkontor – flytting av ressurser', RADMANN),
  noCost('D-006', ORGANISASJON, 2, '5', 'Etablere et bredt fagmiljø for helhetlig boligsosialt arbeid', BOLIG),
  noCost('D-007', ORGANISASJON, 3, '2', 'Årlige medvirkningsmøter om boligbehov med fagmiljøene', BOLIG),
  noCost('D-008', ORGANISASJON, 4, '7', 'Ta i bruk Bo Kart', BOLIG),
  noCost(
    'D-009',
    ORGANISASJON,
    5,
    '3',
    'Styrke samhandlingen mellom bo oppfølgingstjenesten, NAV, Rusbehandling Midt/ Sykehuset Levanger, ' +
      'Namsmannen og Trondheim fengsel',
    BOLIG,
  ),
];

/** What finance typed, in mill kr: the miljøteam's new money, and the frame R3 with the same amounts. */
const ECONOMY_PLAN: readonly RowInput[] = [
  {
    values: { part: 'Drift', lineType: 'Ramme', ref: '', frame: 'R3', source: '', description: 'Helse og velferd' },
    years: [0.6, 1.2, 1.8, 2.4],
  },
  {
    values: { part: 'Drift', lineType: 'Tiltak', ref: 'D-001', frame: 'R3', source: '', description: 'Miljøteam' },
    years: [0.6, 1.2, 1.8, 2.4],
  },
];

/** The content of the Verdal 6.1 plan in mill kr, 2011–2014, with its economy plan. */
export function verdalMillKrContent(): PlanContent {
  return {
    settings: {
      startYear: VERDAL_START_YEAR,
      yearCount: 4,
      unit: 'mill kr',
      priceLevel: `faste ${VERDAL_START_YEAR}-kroner`,
      economyPlanVersion: 'Verdal kommune, boligsosial handlingsplan, tabell 6.1',
      planName: 'Boligsosial handlingsplan (Verdal)',
      tolerance: 0,
    },
    lists: DEFAULT_LISTS,
    operating: MEASURES,
    investment: [],
    economyPlan: ECONOMY_PLAN,
  };
}
