/**
 * The tests' one factory of plain Plan objects, laid out as the canonical workbook lays out its tables
 * (tables at A1, header in row 1, year columns where the schema puts them). Defaults are valid: a plan
 * built from defaults has no findings. Amounts: use `th(n)` for n thousand kroner.
 *
 * Two ways in: `makeOperating` / `makeInvestment` / `makePlan` override whole fields of a valid Verdal-like
 * plan; `op` / `inv` / `line` / `plan` (the totals and reconciliation tests) take a few fields with amounts
 * in thousands, as a user types them in a `1000 kr` workbook, and build through the former.
 */
import { columnLetter } from '../../src/domain/model/a1';
import { kr, toKr, type Unit } from '../../src/domain/model/money';
import { planNewMoney } from '../../src/domain/measures/newMoney';
import { COST_STATUSES, MEASURE_KINDS, parseChoice, PURPOSES } from '../../src/domain/model/choices';
import { yearKey } from '../../src/domain/read/rowCells';
import { readPlan } from '../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import {
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  type ColumnSpec,
} from '../../src/domain/model/schema';
import type { Kr } from '../../src/domain/model/money';
import type {
  EconomyPlanLine,
  InvestmentMeasure,
  Lists,
  OperatingMeasure,
  Plan,
  Settings,
} from '../../src/domain/model/plan';

export const PLAN_YEARS = [2027, 2028, 2029, 2030] as const;

/** n thousand kroner (as typed in a 1000 kr workbook). */
export const th = (n: number): Kr => toKr(n, '1000 kr');

/** th for an amount cell: null or undefined is an empty cell. */
const cell = (n: number | null | undefined): Kr | null => (n === null || n === undefined ? null : th(n));

/** The lists of makePlan's plans (frames R1, R3); not the product's DEFAULT_LISTS (sheets/template.ts). */
export const PLAN_LISTS: Lists = {
  sections: ['Samfunn og tjenester', 'Organisasjon'],
  areas: ['Helse, velferd, pleie og omsorg', 'Oppvekst'],
  frames: [
    { code: 'R1', name: 'Sentraladministrasjon' },
    { code: 'R3', name: 'Helse og velferd' },
  ],
  responsibles: ['Rådmannen', 'Leder boligkontor'],
};

/** Column letter per schema key (and "year:<yyyy>") of a canonical table. */
export function canonicalColumns(
  specs: readonly ColumnSpec[],
  years: readonly number[] = PLAN_YEARS,
): Record<string, string> {
  const keys = specs.flatMap((s) => (s.key === 'years' ? years.map(yearKey) : [s.key]));
  return Object.fromEntries(keys.map((key, i) => [key, columnLetter(i + 1)]));
}

/** Fields to override; the choice columns as text, read as the reader reads them (parseChoice). */
type ChoiceKeys = 'costStatus' | 'kind' | 'purpose';
type Overrides<M> = Partial<Omit<M, 'table' | 'sheet' | ChoiceKeys> & Record<ChoiceKeys & keyof M, string>>;

/** Verdal 6.1 miljøteam by default: 600/1 200/1 800/2 400 thousand, full year 2 400, all new money. */
export function makeOperating(
  o: Overrides<OperatingMeasure> = {},
  years: readonly number[] = PLAN_YEARS,
): OperatingMeasure {
  const row = o.row ?? 2;
  return {
    table: 'operating',
    sheet: 'Tiltak drift',
    row,
    id: 'D-001',
    section: 'Samfunn og tjenester',
    priority: 1,
    ref: '14',
    measure: 'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk',
    responsible: 'Rådmannen',
    areas: ['Helse, velferd, pleie og omsorg'],
    frame: 'R3',
    comment: '',
    years: [th(600), th(1200), th(1800), th(2400)],
    cellColumns: canonicalColumns(OPERATING_COLUMNS, years),
    invalid: [],
    periodSum: th(6000),
    fullYear: th(2400),
    finJoint: null,
    finReallocation: null,
    finOther: null,
    finNew: th(2400),
    ...o,
    costStatus: parseChoice(o.costStatus ?? 'Beregnet', COST_STATUSES),
    kind: parseChoice(o.kind ?? 'Varig', MEASURE_KINDS),
  };
}

/** A costed care-housing project of 3 000 thousand, phased and financed in full. */
export function makeInvestment(
  o: Overrides<InvestmentMeasure> = {},
  years: readonly number[] = PLAN_YEARS,
): InvestmentMeasure {
  const row = o.row ?? 2;
  return {
    table: 'investment',
    sheet: 'Tiltak investering',
    row,
    id: 'I-001',
    section: 'Samfunn og tjenester',
    priority: 1,
    ref: '',
    measure: 'Omsorgsboliger',
    responsible: 'Rådmannen',
    areas: ['Helse, velferd, pleie og omsorg'],
    frame: 'R3',
    comment: '',
    years: [th(1000), th(2000), null, null],
    cellColumns: canonicalColumns(INVESTMENT_COLUMNS, years),
    invalid: [],
    project: 'P-100',
    budget: th(3000),
    before: null,
    after: null,
    finVat: th(500),
    finGrant: th(1000),
    finSale: null,
    finLoan: th(1500),
    finOperating: null,
    finFund: null,
    ...o,
    costStatus: parseChoice(o.costStatus ?? 'Beregnet', COST_STATUSES),
    purpose: parseChoice(o.purpose ?? 'Omsorgsbolig', PURPOSES),
  };
}

export interface PlanInput {
  operating?: OperatingMeasure[];
  investment?: InvestmentMeasure[];
  economyPlan?: EconomyPlanLine[];
  lists?: Partial<Lists>;
  planRefs?: string[] | null;
  settings?: Partial<Settings>;
}

/** A plan for the default years in a 1000 kr workbook, with the default lists and no tblHandlingsplan. */
export function makePlan(input: PlanInput = {}): Plan {
  const settings: Settings = {
    startYear: PLAN_YEARS[0],
    yearCount: PLAN_YEARS.length,
    unit: '1000 kr',
    priceLevel: `faste ${PLAN_YEARS[0]}-kroner`,
    economyPlanVersion: '',
    tolerance: kr(0),
    planName: '',
    ...input.settings,
  };
  return {
    settings,
    years: PLAN_YEARS,
    lists: { ...PLAN_LISTS, ...input.lists },
    operating: input.operating ?? [makeOperating()],
    investment: input.investment ?? [makeInvestment()],
    economyPlan: input.economyPlan ?? [],
    planRefs: input.planRefs === undefined ? null : input.planRefs,
    layouts: { operating: null, investment: null, economyPlan: null },
  };
}

/** A plan of exactly the given measures and economy plan lines (none by default). */
export const plan = (input: PlanInput): Plan => makePlan({ operating: [], investment: [], ...input });

/** New money per year of one operating measure, in a plan of that unit (planNewMoney of a one-measure plan). */
export const newMoneyOf = (m: OperatingMeasure, unit: Unit): readonly Kr[] =>
  planNewMoney(plan({ operating: [m], settings: { unit } }))[0] ?? [];

/** An operating measure by a few fields, amounts in thousands (row 5, no Ref., not Verdal's miljøteam). */
export interface OpInput {
  id: string;
  row?: number;
  section?: string;
  ref?: string;
  status?: string;
  years?: (number | null)[];
  fullYear?: number | null;
  joint?: number | null;
  reallocation?: number | null;
  other?: number | null;
  newMoney?: number | null;
  responsible?: string;
  areas?: string[];
  frame?: string;
  kind?: string;
}

export function op(input: OpInput): OperatingMeasure {
  return makeOperating({
    row: input.row ?? 5,
    id: input.id,
    section: input.section ?? 'Samfunn og tjenester',
    ref: input.ref ?? '',
    measure: `Tiltak ${input.id}`,
    costStatus: input.status ?? 'Beregnet',
    responsible: input.responsible ?? 'Rådmannen',
    areas: input.areas ?? ['Helse'],
    frame: input.frame ?? 'R1',
    years: (input.years ?? [0, 0, 0, 0]).map(cell),
    kind: input.kind ?? 'Varig',
    periodSum: null,
    fullYear: cell(input.fullYear),
    finJoint: cell(input.joint),
    finReallocation: cell(input.reallocation),
    finOther: cell(input.other),
    finNew: cell(input.newMoney),
  });
}

/** An investment measure by a few fields, amounts in thousands (row 5, no Prosjektnr unless given). */
export interface InvInput {
  id: string;
  row?: number;
  section?: string;
  project?: string;
  status?: string;
  budget?: number | null;
  before?: number | null;
  after?: number | null;
  years?: (number | null)[];
  vat?: number | null;
  grant?: number | null;
  sale?: number | null;
  loan?: number | null;
  operating?: number | null;
  fund?: number | null;
  frame?: string;
}

export function inv(input: InvInput): InvestmentMeasure {
  return makeInvestment({
    row: input.row ?? 5,
    id: input.id,
    section: input.section ?? 'Samfunn og tjenester',
    measure: `Prosjekt ${input.id}`,
    costStatus: input.status ?? 'Beregnet',
    areas: ['Helse'],
    frame: input.frame ?? 'R1',
    years: (input.years ?? [0, 0, 0, 0]).map(cell),
    project: input.project ?? '',
    budget: cell(input.budget),
    before: cell(input.before),
    after: cell(input.after),
    finVat: cell(input.vat),
    finGrant: cell(input.grant),
    finSale: cell(input.sale),
    finLoan: cell(input.loan),
    finOperating: cell(input.operating),
    finFund: cell(input.fund),
  });
}

/** An economy plan line (Drift Tiltak unless told), amounts in thousands. */
export interface LineInput {
  row: number;
  part?: string;
  type?: string;
  ref?: string;
  frame?: string;
  source?: string;
  years?: (number | null)[];
  plan?: string;
}

export function line(input: LineInput): EconomyPlanLine {
  return {
    sheet: 'Økonomiplan',
    row: input.row,
    part: input.part ?? 'Drift',
    lineType: input.type ?? 'Tiltak',
    ref: input.ref ?? '',
    frame: input.frame ?? '',
    source: input.source ?? '',
    description: '',
    years: (input.years ?? [0, 0, 0, 0]).map(cell),
    plan: input.plan ?? '',
    cellColumns: canonicalColumns(ECONOMY_PLAN_COLUMNS),
  };
}

/** The plan a test workbook holds, read as the product reads it when the workbook states no Første planår (2027). */
export const planOf = (wb: WorkbookSnapshot): Plan => readPlan(wb, { defaultStartYear: 2027 }).plan;
