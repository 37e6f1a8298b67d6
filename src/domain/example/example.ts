/**
 * The built-in example: a boligsosial handlingsplan in the spirit of the Verdal plan (seed 003, tables 6.1
 * and 6.2), with an economy plan sheet that matches it except for a few deliberate differences, so that a
 * new user sees what reconciliation finds. Amounts are written in thousands and converted to the unit.
 */
import { UNIT_FACTOR } from '../model/money';
import type { PlanContent, RowInput } from '../model/content';
import type { Unit } from '../model/money';
import type { ReconciliationClass, ReconciliationCode } from '../model/reconciliationCodes';
import { DEFAULT_LISTS } from '../sheets/template';
import { EXAMPLE_INVESTMENT, EXAMPLE_OPERATING, type ExampleMeasure } from './measures';

/** What reconciling the example (in the default unit) must find besides matches. */
export interface ExampleDifference {
  readonly code: ReconciliationCode;
  readonly class: ReconciliationClass;
  readonly ref: string;
  /** Plan year as an offset from the first plan year (absent for items without a year). */
  readonly yearOffset?: number;
}

/**
 * The deliberate differences between the example's measures and its economy plan sheet:
 * D-003's last year is 100 short in the economy plan (mismatch); D-005's new money is booked one year
 * later (timing in the first and last year, same period total); D-011 has new money but no economy plan
 * line; the economy plan still carries a line (Ref. ØP23-117) for a measure the plan no longer has — a Ref.
 * outside the D- sequence, so the next measure the user adds (D-012) does not suddenly match it.
 */
export const EXAMPLE_DIFFERENCES: readonly ExampleDifference[] = [
  { code: 'measure-new-money', class: 'mismatch', ref: 'D-003', yearOffset: 3 },
  { code: 'measure-new-money', class: 'timing', ref: 'D-005', yearOffset: 0 },
  { code: 'measure-new-money', class: 'timing', ref: 'D-005', yearOffset: 3 },
  { code: 'measure-not-in-economy-plan', class: 'mismatch', ref: 'D-011' },
  { code: 'economy-plan-line-unmatched', class: 'mismatch', ref: 'ØP23-117' },
];

/** Converts an amount given in thousands to `unit` as a user would type it. */
const inUnit =
  (unit: Unit) =>
  (thousands: number | null): number | null =>
    thousands === null ? null : Number(((thousands * 1000) / UNIT_FACTOR[unit]).toPrecision(15));

function measureRow(m: ExampleMeasure, unit: Unit): RowInput {
  const conv = inUnit(unit);
  const values: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(m.values))
    values[k] = typeof v === 'number' && m.amountKeys.includes(k) ? conv(v) : v;
  return { values, years: m.years.map(conv) };
}

type Line = [
  part: string,
  lineType: string,
  ref: string,
  frame: string,
  source: string,
  description: string,
  years: (number | null)[],
];

/** The economy plan as finance typed it (in thousands), with the deliberate differences. */
const ECONOMY_PLAN: readonly Line[] = [
  ['Drift', 'Ramme', '', 'R3', '', 'Nye midler boligsosialt arbeid, helse og velferd', [1000, 1800, 2400, 3000]],
  ['Drift', 'Ramme', '', 'R4', '', 'Bostøttekontakt NAV', [250, 500, 500, 500]],
  ['Drift', 'Ramme', '', 'R1', '', 'Digitale verktøy', [120, 0, 0, 0]],
  ['Drift', 'Tiltak', 'D-001', '', '', 'Utvidelse miljøteam', [600, 1200, 1800, 2400]],
  ['Drift', 'Tiltak', 'D-003', '', '', 'Bostøttekontakt i NAV', [250, 500, 500, 400]],
  ['Drift', 'Tiltak', 'D-005', '', '', 'Housing First-team', [0, 400, 400, 600]],
  ['Drift', 'Tiltak', 'D-009', '', '', 'Bo Kart', [120, 0, 0, 0]],
  ['Drift', 'Tiltak', 'ØP23-117', '', '', 'Ruskonsulent (avsluttet tiltak)', [300, 300, 300, 300]],
  ['Investering', 'Tiltak', 'P-4101', '', '', '4 småhus', [3000, 9000, 0, 0]],
  ['Investering', 'Finansiering', 'P-4101', '', 'Tilskudd', 'Tilskudd Husbanken', [1200, 3600, 0, 0]],
  ['Investering', 'Finansiering', 'P-4101', '', 'Lån', 'Bruk av lån', [1800, 5400, 0, 0]],
  ['Investering', 'Tiltak', 'P-4102', '', '', 'Omsorgsboliger', [0, 10000, 20000, 0]],
  ['Investering', 'Finansiering', 'P-4102', '', 'Mva-kompensasjon', 'Mva-kompensasjon', [0, 1700, 3300, 0]],
  ['Investering', 'Finansiering', 'P-4102', '', 'Tilskudd', 'Investeringstilskudd Husbanken', [0, 4500, 9000, 0]],
  ['Investering', 'Finansiering', 'P-4102', '', 'Lån', 'Bruk av lån', [0, 3800, 7700, 0]],
  ['Investering', 'Tiltak', 'P-4103', '', '', 'Oppgradering utleieboliger', [1000, 1000, 1000, 1000]],
  ['Investering', 'Finansiering', 'P-4103', '', 'Lån', 'Bruk av lån', [750, 750, 750, 750]],
  ['Investering', 'Finansiering', 'P-4103', '', 'Fond', 'Bruk av investeringsfond', [250, 250, 250, 250]],
  ['Investering', 'Tiltak', 'P-4104', '', '', 'Lokaler boligkontor', [2500, 0, 0, 0]],
  ['Investering', 'Finansiering', 'P-4104', '', 'Mva-kompensasjon', 'Mva-kompensasjon', [400, 0, 0, 0]],
  ['Investering', 'Finansiering', 'P-4104', '', 'Overføring fra drift', 'Overføring fra drift', [500, 0, 0, 0]],
  ['Investering', 'Finansiering', 'P-4104', '', 'Lån', 'Bruk av lån', [1600, 0, 0, 0]],
];

function lineRow(line: Line, unit: Unit): RowInput {
  const [part, lineType, ref, frame, source, description, years] = line;
  return { values: { part, lineType, ref, frame, source, description }, years: years.map(inUnit(unit)) };
}

/** Numbered items of the plan text that the measures refer to. */
const PLAN_ITEMS = [
  ['1', 'Boligkontor – flytting av ressurser'],
  ['2', 'Utarbeide boligplan for bosetting av vanskeligstilte'],
  ['3', 'Årlige medvirkningsmøter om boligbehov'],
  ['4', 'Bostøttekontakt og økonomisk rådgivning'],
  ['5', 'Spredt bosetting'],
  ['6', 'Housing First'],
  ['7', 'Ta i bruk Bo Kart'],
  ['8', 'Helhetlig boligsosialt fagmiljø'],
  ['9', 'Samhandling om oppfølging'],
  ['10', 'Omsorgsboliger'],
  ['11', 'Kommunale utleieboliger'],
  ['12', 'Kompetanseheving'],
  ['14', 'Utvidelse miljøteam'],
  ['20', 'Småhus for vanskeligstilte'],
  ['21', 'Kjøp av boliger'],
] as const;

/** The built-in example plan for a four-year period from `startYear`, in `unit` (default 1000 kr). */
export function exampleContent(opts: { startYear: number; unit?: Unit }): PlanContent {
  const unit = opts.unit ?? '1000 kr';
  return {
    settings: {
      startYear: opts.startYear,
      yearCount: 4,
      unit,
      priceLevel: `faste ${opts.startYear}-kroner`,
      economyPlanVersion: `Vedtatt K-sak 112/${opts.startYear - 1}`,
      tolerance: 0,
      planName: 'Boligsosial handlingsplan',
    },
    lists: DEFAULT_LISTS,
    operating: EXAMPLE_OPERATING.map((m) => measureRow(m, unit)),
    investment: EXAMPLE_INVESTMENT.map((m) => measureRow(m, unit)),
    economyPlan: ECONOMY_PLAN.map((l) => lineRow(l, unit)),
    planItems: PLAN_ITEMS.map(([ref, title]) => ({ ref, title })),
  };
}
