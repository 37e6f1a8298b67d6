/**
 * A small local factory of plain Plan objects for the totals and reconciliation tests (amounts given in
 * thousands, as a user types them in a `1000 kr` workbook). Cells follow the canonical layout loosely:
 * year columns start at H on the measure sheets and at G on the economy plan sheet.
 */
import { columnLetter } from '../../src/domain/model/a1';
import { kr } from '../../src/domain/model/money';
import type { Kr } from '../../src/domain/model/money';
import type { EconomyPlanLine, InvestmentMeasure, OperatingMeasure, Plan, Settings } from '../../src/domain/model/plan';
import { yearKey } from '../../src/domain/read/rowCells';

export const YEARS = [2027, 2028, 2029, 2030] as const;

/** Thousands → kroner; null stays null (an empty cell). */
export const k = (n: number | null | undefined): Kr | null =>
  n === null || n === undefined ? null : kr(Math.round(n * 1000));
export const kk = (n: number): Kr => kr(Math.round(n * 1000));

function yearColumns(firstCol: number): Record<string, string> {
  return Object.fromEntries(YEARS.map((y, i) => [yearKey(y), columnLetter(firstCol + i)]));
}

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
  const row = input.row ?? 5;
  return {
    table: 'operating',
    sheet: 'Tiltak drift',
    row,
    id: input.id,
    section: input.section ?? 'Samfunn og tjenester',
    priority: 1,
    ref: input.ref ?? '',
    measure: `Tiltak ${input.id}`,
    costStatus: input.status ?? 'Beregnet',
    responsible: input.responsible ?? 'Rådmannen',
    areas: input.areas ?? ['Helse'],
    frame: input.frame ?? 'R1',
    comment: '',
    years: (input.years ?? [0, 0, 0, 0]).map(k),
    cellColumns: { id: 'A', fullYear: 'M', finNew: 'Q', ...yearColumns(8) },
    invalid: [],
    kind: input.kind ?? 'Varig',
    periodSum: null,
    fullYear: k(input.fullYear),
    finJoint: k(input.joint),
    finReallocation: k(input.reallocation),
    finOther: k(input.other),
    finNew: k(input.newMoney),
  };
}

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
  const row = input.row ?? 5;
  return {
    table: 'investment',
    sheet: 'Tiltak investering',
    row,
    id: input.id,
    section: input.section ?? 'Samfunn og tjenester',
    priority: 1,
    ref: '',
    measure: `Prosjekt ${input.id}`,
    costStatus: input.status ?? 'Beregnet',
    responsible: 'Rådmannen',
    areas: ['Helse'],
    frame: input.frame ?? 'R1',
    comment: '',
    years: (input.years ?? [0, 0, 0, 0]).map(k),
    cellColumns: {
      id: 'A',
      project: 'G',
      budget: 'I',
      ...yearColumns(11),
      finVat: 'P',
      finGrant: 'Q',
      finSale: 'R',
      finLoan: 'S',
      finOperating: 'T',
      finFund: 'U',
    },
    invalid: [],
    project: input.project ?? '',
    purpose: 'Omsorgsbolig',
    budget: k(input.budget),
    before: k(input.before),
    after: k(input.after),
    finVat: k(input.vat),
    finGrant: k(input.grant),
    finSale: k(input.sale),
    finLoan: k(input.loan),
    finOperating: k(input.operating),
    finFund: k(input.fund),
  };
}

export interface LineInput {
  row: number;
  part?: string;
  type?: string;
  ref?: string;
  frame?: string;
  source?: string;
  years?: (number | null)[];
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
    years: (input.years ?? [0, 0, 0, 0]).map(k),
    cellColumns: { ref: 'C', frame: 'D', source: 'E', ...yearColumns(7) },
  };
}

export function plan(parts: {
  operating?: OperatingMeasure[];
  investment?: InvestmentMeasure[];
  economyPlan?: EconomyPlanLine[];
  settings?: Partial<Settings>;
}): Plan {
  return {
    settings: {
      startYear: 2027,
      yearCount: 4,
      unit: '1000 kr',
      priceLevel: 'faste 2027-kroner',
      economyPlanVersion: '',
      tolerance: kr(0),
      ...parts.settings,
    },
    years: [...YEARS],
    lists: { sections: [], areas: [], frames: [], responsibles: [] },
    operating: parts.operating ?? [],
    investment: parts.investment ?? [],
    economyPlan: parts.economyPlan ?? [],
    planRefs: null,
    layouts: { operating: null, investment: null, economyPlan: null },
  };
}
