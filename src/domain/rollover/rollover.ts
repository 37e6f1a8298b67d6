/**
 * Roll forward (rullering, SPEC §11): the next period starts one year later. The first year leaves the
 * tables (an investment's expenditure of that year moves to Tidligere bevilget), a new last year
 * appears (Varig measures get their Helårsvirkning, others 0), the settings move on, and the old
 * tables are kept as rows for an archive sheet. An Engangs measure with no cost left in the new period
 * leaves the tables (it stays on the archive); a placeholder ("----", "?") stays as typed, never a 0.
 */
import { archiveLayout, archiveSheetName } from './archive';
import { fromKr, kr } from '../model/money';
import { sheetAddress, yearKey } from '../read/rowCells';
import type { VersionLayout } from '../sheets/version';
import type { PlanContent, RowInput } from '../model/content';
import type { Kr, Unit } from '../model/money';
import type { EconomyPlanLine, InvestmentMeasure, OperatingMeasure, Plan } from '../model/plan';

export interface RollResult {
  readonly content: PlanContent;
  readonly archive: { readonly sheet: string } & VersionLayout;
  /** IDs of the Engangs measures that are done (no cost left in the new period): on the archive only. */
  readonly finished: readonly string[];
}

export interface RollOptions {
  /** Titles of tblHandlingsplan (the plan only carries its Refs); without them the titles are empty. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
  /** The date of the roll (ISO yyyy-mm-dd) for the archive's version header: the domain has no clock. */
  readonly date?: string;
  /**
   * Amount cells whose text the roll keeps as typed ("Tiltak drift!H5" → "----"): placeholders and other
   * text that is no number (typedTexts in ./typed.ts). Without it every amount is written as its value.
   */
  readonly typed?: ReadonlyMap<string, string>;
}

type Amount = number | string | null;

/** The amount of `key` in the workbook unit, or its text as typed when the roll keeps that (opts.typed). */
function amountOf(m: OperatingMeasure | InvestmentMeasure, unit: Unit, typed: ReadonlyMap<string, string> | undefined) {
  return (key: string, v: Kr | null): Amount => {
    const text = typed === undefined ? undefined : typed.get(sheetAddress(m, key) ?? '');
    return text ?? (v === null ? null : fromKr(v, unit));
  };
}

/** A measure's years after the roll: the values from the second year on, and the texts kept as typed. */
function rolledYears(
  m: OperatingMeasure | InvestmentMeasure,
  plan: Plan,
  typed: ReadonlyMap<string, string> | undefined,
  last: Amount,
): Pick<RowInput, 'years' | 'yearTexts'> {
  const unit = plan.settings.unit;
  const years = [...m.years.slice(1).map((v) => (v === null ? null : fromKr(v, unit))), null];
  const texts = plan.years.slice(1).map((y) => typed?.get(sheetAddress(m, yearKey(y)) ?? ''));
  if (typeof last === 'string') texts.push(last);
  else years[years.length - 1] = last;
  return texts.some((t) => t !== undefined) ? { years, yearTexts: texts } : { years };
}

/** Whether a measure is a one-off whose cost lies in the year that leaves: done after the roll. */
function isFinished(m: OperatingMeasure): boolean {
  const rest = m.years.slice(1);
  return m.kind === 'Engangs' && (m.years[0] ?? 0) !== 0 && rest.every((y) => (y ?? 0) === 0);
}

/**
 * Tidligere bevilget plus the first year, in the unit: null only when both are empty; a text kept in
 * Tidligere bevilget stays when nothing is added to it.
 */
function addOptional(
  before: Kr | null,
  first: Kr | null,
  unit: Unit,
  a: (key: string, v: Kr | null) => Amount,
): Amount {
  if (first === null || first === 0) return a('before', before);
  return fromKr(kr((before ?? 0) + first), unit);
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
function rollOperating(m: OperatingMeasure, plan: Plan, typed?: ReadonlyMap<string, string>): RowInput {
  const a = amountOf(m, plan.settings.unit, typed);
  const empty = m.years.every((y) => y === null) && m.fullYear === null;
  const fullYear = a('fullYear', m.fullYear);
  const last = empty ? null : m.kind === 'Varig' ? fullYear : 0;
  return {
    values: {
      ...common(m),
      kind: m.kind,
      fullYear,
      finJoint: a('finJoint', m.finJoint),
      finReallocation: a('finReallocation', m.finReallocation),
      finOther: a('finOther', m.finOther),
      finNew: a('finNew', m.finNew),
    },
    ...rolledYears(m, plan, typed, last),
  };
}

/** Investment: the first year's expenditure joins Tidligere bevilget; the new last year is 0. */
function rollInvestment(m: InvestmentMeasure, plan: Plan, typed?: ReadonlyMap<string, string>): RowInput {
  const unit = plan.settings.unit;
  const a = amountOf(m, unit, typed);
  const empty = m.years.every((y) => y === null);
  // The first year's expenditure joins Tidligere bevilget by its value (a placeholder there counts as 0).
  const before = addOptional(m.before, m.years[0] ?? null, unit, a);
  return {
    values: {
      ...common(m),
      project: m.project,
      purpose: m.purpose,
      budget: a('budget', m.budget),
      before,
      after: a('after', m.after),
      finVat: a('finVat', m.finVat),
      finGrant: a('finGrant', m.finGrant),
      finSale: a('finSale', m.finSale),
      finLoan: a('finLoan', m.finLoan),
      finOperating: a('finOperating', m.finOperating),
      finFund: a('finFund', m.finFund),
    },
    ...rolledYears(m, plan, typed, empty ? null : 0),
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
  return { values, years: [...l.years.slice(1).map((v) => (v === null ? null : fromKr(v, unit))), null] };
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
    operating: plan.operating.filter((m) => !isFinished(m)).map((m) => rollOperating(m, plan, opts.typed)),
    investment: plan.investment.map((m) => rollInvestment(m, plan, opts.typed)),
    economyPlan: plan.economyPlan.map((l) => rollLine(l, settings.unit)),
    ...(planItems ? { planItems } : {}),
  };
  const finished = plan.operating.filter(isFinished).map((m) => m.id);
  return { content, archive: { sheet: archiveSheetName(plan), ...archiveLayout(plan, opts.date ?? '') }, finished };
}
