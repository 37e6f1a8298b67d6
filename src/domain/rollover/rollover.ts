/**
 * Roll forward (rullering, SPEC §11): the next period starts one year later. The first year leaves the
 * tables (an investment's expenditure of that year moves to Tidligere bevilget), a new last year
 * appears (Varig measures get their Helårsvirkning, others 0), the settings move on, and the old
 * tables are kept as rows for an archive sheet. An Engangs measure with no cost left in the new period
 * leaves the tables (it stays on the archive); a placeholder ("----", "?") stays as typed, never a 0.
 */
import { archiveLayout, archiveSheetName } from './archive';
import { fromKr, kr } from '../model/money';
import { sheetAddress, yearKey, type SheetRowCells } from '../read/rowCells';
import { keptPriority, type KeptAmount } from '../read/typedTexts';
import { allYearsUnknown, unknownBefore, unknownLeft, type Typed, type UnknownBefore } from './unknown';
import { newMoneyShifts, rescaledFinancing } from './newMoneyKept';
import { renumberedSections } from './priorities';
import { economyPlanEmptyYears, type RollFollowUp } from './followUp';
import { OPERATING_FINANCING } from '../model/schema';
import type { VersionLayout } from '../sheets/version';
import { userHeadersOf, withRestoredColumns, withUserCells, type UserColumnsByTable } from '../sheets/userColumns';
import { userFormulasOf } from '../sheets/userCalculated';
import type { PlanContent, RowInput } from '../model/content';
import type { Kr, Unit } from '../model/money';
import type { EconomyPlanLine, InvestmentMeasure, OperatingMeasure, Plan } from '../model/plan';

export interface RollResult {
  readonly content: PlanContent;
  readonly archive: { readonly sheet: string } & VersionLayout;
  /** IDs of the Engangs measures that are done (no cost left in the new period): on the archive only. */
  readonly finished: readonly string[];
  /** IDs of the measures whose financing followed their period sum down (rescaledFinancing). */
  readonly rescaled: readonly string[];
  /** Investments with money in Etter perioden whose new last year is 0: the user may move it there (afterPeriodNotes). */
  readonly afterPeriod: readonly AfterPeriod[];
  /** Investments whose Tidligere bevilget is «?» because it or the year that left was not known (unknown.ts). */
  readonly unknownBefore: readonly UnknownBefore[];
  /** Priorities numbered again, new money the rounding moved, the economy plan's empty new year (followUp.ts). */
  readonly followUp: RollFollowUp;
}

export { rescaledFinancing };

/** An investment's Etter perioden amount beside the new last year, which the roll sets to 0 (SPEC §11). */
export interface AfterPeriod {
  readonly id: string;
  readonly after: Kr;
  readonly year: number;
}

export interface RollOptions {
  /** Titles of tblHandlingsplan (the plan only carries its Refs); without them the titles are empty. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
  /** The date of the roll (ISO yyyy-mm-dd) for the archive's version header: the domain has no clock. */
  readonly date?: string;
  /**
   * Amount cells whose text the roll keeps as typed ("Tiltak drift!H5" → "----"): placeholders and other
   * text that is no number (read/typedTexts.ts). Without it every amount is written as its value.
   */
  readonly typed?: ReadonlyMap<string, KeptAmount>;
  /** The user's own columns of each table (sheets/userColumns.ts): carried after the product's, on each row's measure. */
  readonly userColumns?: UserColumnsByTable;
}

type Amount = number | string | boolean | null;

/** The amount of `key` in the workbook unit, or its text as typed when the roll keeps that (opts.typed). */
function amountOf(
  m: OperatingMeasure | InvestmentMeasure,
  unit: Unit,
  typed: ReadonlyMap<string, KeptAmount> | undefined,
) {
  return (key: string, v: Kr | null): Amount => {
    const text = typed === undefined ? undefined : typed.get(sheetAddress(m, key) ?? '');
    return text ?? (v === null ? null : fromKr(v, unit));
  };
}

/** A row's years after the roll: the values from the second year on, and the texts kept as typed. */
function rolledYears(
  m: SheetRowCells & { readonly years: readonly (Kr | null)[] },
  plan: Plan,
  typed: ReadonlyMap<string, KeptAmount> | undefined,
  last: Amount,
): Pick<RowInput, 'years' | 'yearTexts'> {
  const unit = plan.settings.unit;
  const years = [...m.years.slice(1).map((v) => (v === null ? null : fromKr(v, unit))), null];
  const kept = plan.years.slice(1).map((y) => typed?.get(sheetAddress(m, yearKey(y)) ?? ''));
  // A number kept as she typed it (too large for the unit, read as 0) is written as that number.
  kept.forEach((k, i) => {
    if (typeof k === 'number') years[i] = k;
  });
  const texts = kept.map((k) => (typeof k === 'string' || typeof k === 'boolean' ? k : undefined));
  if (typeof last === 'string' || typeof last === 'boolean') texts.push(last);
  else years[years.length - 1] = last;
  return texts.some((t) => t !== undefined) ? { years, yearTexts: texts } : { years };
}

/**
 * Whether a measure is a one-off whose cost lies in the year that leaves: done after the roll. A "?" in a year
 * that stays is no cost of nothing: the measure stays, with its "?" as typed.
 */
function isFinished(m: OperatingMeasure, years: readonly number[], typed: Typed): boolean {
  const rest = m.years.slice(1);
  return (
    m.kind === 'Engangs' &&
    (m.years[0] ?? 0) !== 0 &&
    rest.every((y) => (y ?? 0) === 0) &&
    !unknownLeft(m, years, typed)
  );
}

/**
 * Tidligere bevilget plus the first year, in the unit: null only when both are empty; a text kept in
 * Tidligere bevilget stays when nothing is added to it; «?» (or its own text) when either part is not known.
 */
function addOptional(m: InvestmentMeasure, plan: Plan, a: (key: string, v: Kr | null) => Amount, typed: Typed): Amount {
  const unknown = unknownBefore(m, plan.years, typed);
  if (unknown) return unknown.kept;
  const first = m.years[0] ?? null;
  if (first === null || first === 0) return a('before', m.before);
  return fromKr(kr((m.before ?? 0) + first), plan.settings.unit);
}

/** The new last year of a row that is not Varig: empty for a row with no years, «?» when none is known, else 0. */
function lastYear(m: OperatingMeasure | InvestmentMeasure, plan: Plan, typed: Typed): Amount {
  if (allYearsUnknown(m, plan.years, typed)) return '?';
  return m.years.every((y) => y === null) ? null : 0;
}

function common(m: OperatingMeasure | InvestmentMeasure): Record<string, string | number | null> {
  return {
    id: m.id,
    section: m.section,
    priority: keptPriority(m),
    ref: m.ref,
    measure: m.measure,
    costStatus: m.costStatus,
    responsible: m.responsible,
    areas: m.areas.join('; '),
    frame: m.frame,
    comment: m.comment,
  };
}

/**
 * Operating: drop the first year; the new last year is Helårsvirkning for Varig, 0 for others; the financing
 * is `rescaled` when the measure's base is its period sum (rescaledFinancing), otherwise as it was.
 */
function rollOperating(
  m: OperatingMeasure,
  plan: Plan,
  rescaled: readonly Kr[] | null,
  typed?: ReadonlyMap<string, KeptAmount>,
): RowInput {
  const unit = plan.settings.unit;
  const a = amountOf(m, unit, typed);
  const empty = m.years.every((y) => y === null) && m.fullYear === null;
  const fullYear = a('fullYear', m.fullYear);
  const last = empty ? null : m.kind === 'Varig' ? fullYear : lastYear(m, plan, typed);
  // A column that was empty and stays 0 stays empty.
  const financing = (i: number, key: (typeof OPERATING_FINANCING)[number]['key']): Amount =>
    rescaled === null || (m[key] === null && rescaled[i] === 0) ? a(key, m[key]) : fromKr(rescaled[i] ?? kr(0), unit);
  return {
    values: {
      ...common(m),
      kind: m.kind,
      fullYear,
      ...Object.fromEntries(OPERATING_FINANCING.map((f, i) => [f.key, financing(i, f.key)])),
    },
    ...rolledYears(m, plan, typed, last),
  };
}

/** Investment: the first year's expenditure joins Tidligere bevilget; the new last year is 0. */
function rollInvestment(m: InvestmentMeasure, plan: Plan, typed?: ReadonlyMap<string, KeptAmount>): RowInput {
  const unit = plan.settings.unit;
  const a = amountOf(m, unit, typed);
  // The first year's expenditure joins Tidligere bevilget by its value (a dash there counts as 0, a "?" makes «?»).
  const before = addOptional(m, plan, a, typed);
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
    ...rolledYears(m, plan, typed, lastYear(m, plan, typed)),
  };
}

/**
 * SPEC §11 makes the new last year 0 for an investment, though money in Etter perioden may fall in exactly that
 * year: the roll keeps the rule and names each such measure, its amount and the year, for the user to move it.
 * An amount kept as typed text, or a row whose years are all empty or unknown (its new year stays empty or «?»),
 * is not named.
 */
function afterPeriodNotes(plan: Plan, year: number, typed?: ReadonlyMap<string, KeptAmount>): AfterPeriod[] {
  return plan.investment
    .filter((m) => m.after !== null && m.after !== 0 && !typed?.has(sheetAddress(m, 'after') ?? ''))
    .filter((m) => !m.years.every((y) => y === null) && !allYearsUnknown(m, plan.years, typed))
    .map((m) => ({ id: m.id, after: m.after ?? kr(0), year }));
}

/**
 * Economy plan lines: the first year leaves, the new last year is empty for finance to fill; a placeholder stays
 * as typed, and the line keeps its Plan (SPEC §15), so a consolidated economy plan rolls whole.
 */
function rollLine(l: EconomyPlanLine, plan: Plan, typed: ReadonlyMap<string, KeptAmount> | undefined): RowInput {
  const values = {
    part: l.part,
    lineType: l.lineType,
    ref: l.ref,
    frame: l.frame,
    source: l.source,
    description: l.description,
    plan: l.plan,
  };
  return { values, ...rolledYears(l, plan, typed, null) };
}

/**
 * Rolls a plan one year forward. IDs, sections and lists are kept, and priorities too but in a section numbered
 * 1..n that finished measures leave (priorities.ts); Prisnivå moves on when it still has its default form
 * "faste <first year>-kroner".
 */
export function rollContent(read: Plan, rollOpts: RollOptions = {}): RollResult {
  // A product column whose header the user emptied is rolled as that column, as repair would leave it (userColumns.ts).
  const { plan, typed } = withRestoredColumns(read, rollOpts.userColumns ?? {}, rollOpts.typed);
  const opts: RollOptions = { ...rollOpts, typed };
  const { settings } = plan;
  const start = settings.startYear + 1;
  const defaultPrice = `faste ${settings.startYear}-kroner`;
  const planItems = opts.planItems ?? plan.planRefs?.map((ref) => ({ ref, title: '' }));
  const done = (m: OperatingMeasure) => isFinished(m, plan.years, opts.typed);
  const staying = plan.operating.filter((m) => !done(m));
  const financing = staying.map((m) => rescaledFinancing(m, plan, opts.typed));
  // A section numbered 1..n that loses finished measures is numbered 1..m again (priorities.ts).
  const renumbered = renumberedSections(plan.operating, new Set(plan.operating.filter(done)));
  const priority = (m: OperatingMeasure, row: RowInput): RowInput => {
    const to = renumbered.priorityOf.get(m);
    return to === undefined ? row : { ...row, values: { ...row.values, priority: to } };
  };
  const user = opts.userColumns ?? {};
  const userHeaders = userHeadersOf(user);
  const userFormulas = userFormulasOf(user);
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
    operating: staying.map((m, i) =>
      withUserCells(priority(m, rollOperating(m, plan, financing[i] ?? null, opts.typed)), m, user.operating),
    ),
    investment: plan.investment.map((m) => withUserCells(rollInvestment(m, plan, opts.typed), m, user.investment)),
    economyPlan: plan.economyPlan.map((l) => withUserCells(rollLine(l, plan, opts.typed), l, user.economyPlan)),
    ...(userHeaders ? { userColumns: userHeaders } : {}),
    ...(userFormulas ? { userFormulas } : {}),
    ...(planItems ? { planItems } : {}),
  };
  const finished = plan.operating.filter(done).map((m) => m.id);
  const rescaled = staying.filter((_, i) => financing[i] !== null).map((m) => m.id);
  const archive = { sheet: archiveSheetName(plan), ...archiveLayout(plan, opts.date ?? '', opts.typed, user) };
  const afterPeriod = afterPeriodNotes(plan, start + settings.yearCount - 1, opts.typed);
  const unknownBefores = plan.investment.flatMap((m) => unknownBefore(m, plan.years, opts.typed) ?? []);
  const followUp: RollFollowUp = {
    newMoneyShifts: newMoneyShifts(plan, staying, financing, opts.typed),
    renumbered: renumbered.sections,
    economyPlanEmptyYears: economyPlanEmptyYears(plan, content.economyPlan, start, settings.yearCount),
  };
  return { content, archive, finished, rescaled, afterPeriod, unknownBefore: unknownBefores, followUp };
}
