/**
 * Roll forward (rullering, SPEC §11): the next period starts one year later. The first year leaves the
 * tables (an investment's expenditure of that year moves to Tidligere bevilget), a new last year
 * appears (Varig measures get their Helårsvirkning, others 0), the settings move on, and the old
 * tables are kept as rows for an archive sheet.
 */
import { archiveLayout, archiveSheetName } from './archive';
import { fromKr } from '../model/money';
import type { VersionLayout } from '../sheets/version';
import type { PlanContent, RowInput } from '../model/content';
import type { Kr, Unit } from '../model/money';
import type { EconomyPlanLine, InvestmentMeasure, OperatingMeasure, Plan } from '../model/plan';

export interface RollResult {
  readonly content: PlanContent;
  readonly archive: { readonly sheet: string } & VersionLayout;
}

export interface RollOptions {
  /** Titles of tblHandlingsplan (the plan only carries its Refs); without them the titles are empty. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
  /** The date of the roll (ISO yyyy-mm-dd) for the archive's version header: the domain has no clock. */
  readonly date?: string;
}

const amountIn =
  (unit: Unit) =>
  (v: Kr | null): number | null =>
    v === null ? null : fromKr(v, unit);

/** Sum of two optional amounts: null only when both are empty. */
function addOptional(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Number((a + b).toPrecision(15));
}

function common(m: OperatingMeasure | InvestmentMeasure): Record<string, string | number | null> {
  return {
    id: m.id,
    section: m.section,
    priority: m.priority,
    ref: m.ref,
    measure: m.measure,
    costStatus: m.costStatus,
    responsible: m.responsible,
    areas: m.areas.join('; '),
    frame: m.frame,
    comment: m.comment,
  };
}

/** Operating: drop the first year; the new last year is Helårsvirkning for Varig, 0 for others. */
function rollOperating(m: OperatingMeasure, unit: Unit): RowInput {
  const a = amountIn(unit);
  const years = m.years.map(a);
  const empty = years.every((y) => y === null) && m.fullYear === null;
  const last = empty ? null : m.kind === 'Varig' ? a(m.fullYear) : 0;
  return {
    values: {
      ...common(m),
      kind: m.kind,
      fullYear: a(m.fullYear),
      finJoint: a(m.finJoint),
      finReallocation: a(m.finReallocation),
      finOther: a(m.finOther),
      finNew: a(m.finNew),
    },
    years: [...years.slice(1), last],
  };
}

/** Investment: the first year's expenditure joins Tidligere bevilget; the new last year is 0. */
function rollInvestment(m: InvestmentMeasure, unit: Unit): RowInput {
  const a = amountIn(unit);
  const years = m.years.map(a);
  const empty = years.every((y) => y === null);
  return {
    values: {
      ...common(m),
      project: m.project,
      purpose: m.purpose,
      budget: a(m.budget),
      before: addOptional(a(m.before), years[0] ?? null),
      after: a(m.after),
      finVat: a(m.finVat),
      finGrant: a(m.finGrant),
      finSale: a(m.finSale),
      finLoan: a(m.finLoan),
      finOperating: a(m.finOperating),
      finFund: a(m.finFund),
    },
    years: [...years.slice(1), empty ? null : 0],
  };
}

/** Economy plan lines: the first year leaves, the new last year is empty for finance to fill. */
function rollLine(l: EconomyPlanLine, unit: Unit): RowInput {
  const values = {
    part: l.part,
    lineType: l.lineType,
    ref: l.ref,
    frame: l.frame,
    source: l.source,
    description: l.description,
  };
  return { values, years: [...l.years.slice(1).map(amountIn(unit)), null] };
}

/**
 * Rolls a plan one year forward. IDs, priorities, sections and lists are kept; Prisnivå moves on when
 * it still has its default form "faste <first year>-kroner".
 */
export function rollContent(plan: Plan, opts: RollOptions = {}): RollResult {
  const { settings } = plan;
  const start = settings.startYear + 1;
  const defaultPrice = `faste ${settings.startYear}-kroner`;
  const planItems = opts.planItems ?? plan.planRefs?.map((ref) => ({ ref, title: '' }));
  const content: PlanContent = {
    settings: {
      startYear: start,
      yearCount: settings.yearCount,
      unit: settings.unit,
      priceLevel: settings.priceLevel.trim() === defaultPrice ? `faste ${start}-kroner` : settings.priceLevel,
      economyPlanVersion: settings.economyPlanVersion,
      tolerance: fromKr(settings.tolerance, settings.unit),
      planName: settings.planName,
    },
    lists: plan.lists,
    operating: plan.operating.map((m) => rollOperating(m, settings.unit)),
    investment: plan.investment.map((m) => rollInvestment(m, settings.unit)),
    economyPlan: plan.economyPlan.map((l) => rollLine(l, settings.unit)),
    ...(planItems ? { planItems } : {}),
  };
  return { content, archive: { sheet: archiveSheetName(plan), ...archiveLayout(plan, opts.date ?? '') } };
}
