/**
 * Totals of the plan (SPEC §9, JSON per §12): only measures with status Beregnet enter the sums; the others
 * are counted and listed. Groups keep the order in which they are first seen in the tables.
 */
import { kr, ZERO } from '../model/money';
import { FrameSums, Groups, InvestmentSums, OperatingSums, SpreadSums, yearAmounts } from './sums';
import { financingBase, investmentFinancing, operatingFinancing } from '../measures/financing';
import { planNewMoney, type PlanNewMoney } from '../measures/newMoney';
import { isCosted } from '../measures/costed';
import { groupKey } from '../measures/grouping';
import { COST_STATUSES } from '../model/choices';
import { isBlank } from '../read/sheetCells';
import {
  yearsRead,
  yearsWithoutColumn,
  type InvestmentMeasure,
  type Measure,
  type OperatingMeasure,
  type Plan,
} from '../model/plan';
import type { Totals } from '../model/totals';

/** Adds a measure to each of its areas once (two spellings of one area are one group). */
function addOnce(areas: Groups<SpreadSums>, m: OperatingMeasure): void {
  for (let i = 0; i < m.areas.length; i++) {
    const area = m.areas[i] ?? '';
    if (isBlank(area)) continue;
    const sums = areas.of(area);
    // An area list is a handful of names: looking back beats a set per measure.
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = !isBlank(m.areas[j] ?? '') && areas.of(m.areas[j] ?? '') === sums;
    if (!seen) sums.add(m);
  }
}

/** A measure belongs to the frame list when it has a frame, or new money that must show up somewhere. */
function hasFrameOrNewMoney(m: OperatingMeasure): boolean {
  return m.frame.trim() !== '' || (m.finNew ?? 0) !== 0;
}

/** The operating totals, every group filled in one pass over the costed measures (see totalsSums.ts). */
function operatingGroups(plan: Plan, newMoney: PlanNewMoney): Totals['operating'] & { readonly base: number } {
  const { years } = plan;
  const count = years.length;
  const all = new OperatingSums(count);
  const sections = new Groups(() => new OperatingSums(count), groupKey);
  const frames = new Groups(() => new FrameSums(count), groupKey);
  const areas = new Groups(() => new SpreadSums(count), groupKey);
  const responsibles = new Groups(() => new SpreadSums(count), groupKey);
  // Counted: a measure's new money sits at its position (docs/performance.md, hot functions).
  for (let i = 0; i < plan.operating.length; i++) {
    const m = plan.operating[i];
    if (m === undefined || !isCosted(m)) continue;
    const parts = newMoney[i] ?? [];
    all.addOperating(m, parts);
    sections.of(m.section).addOperating(m, parts);
    if (hasFrameOrNewMoney(m)) frames.of(m.frame).add(m, parts);
    // A measure that touches several areas counts fully in each (SPEC §9): these do not add up to `all`.
    addOnce(areas, m);
    responsibles.of(m.responsible).add(m);
  }
  return {
    base: all.base,
    all: all.totals(years),
    bySection: sections.map((section, sums) => ({ section, ...sums.totals(years) })),
    byFrame: frames.map((frame, sums) => ({
      frame,
      newMoney: kr(sums.newMoney),
      newMoneyByYear: yearAmounts(years, sums.byYear),
    })),
    byArea: areas.map((area, sums) => ({ area, ...sums.spread(years) })),
    byResponsible: responsibles.map((responsible, sums) => ({ responsible, ...sums.spread(years) })),
  };
}

/** The investment totals, all and by section, in one pass over the costed measures. */
function investmentGroups(ms: readonly InvestmentMeasure[], years: readonly number[]): Totals['investment'] {
  const all = new InvestmentSums(years.length);
  const sections = new Groups(() => new InvestmentSums(years.length), groupKey);
  // Counted (per measure; docs/performance.md).
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m === undefined) continue;
    all.add(m);
    sections.of(m.section).add(m);
  }
  return {
    all: all.totals(years),
    bySection: sections.map((section, sums) => ({ section, ...sums.totals(years) })),
  };
}

/** Per measure table whose year headers are not the period (yearsRead), the plan years it has no column for. */
function yearsNotRead(plan: Plan): NonNullable<Totals['yearsNotRead']> {
  const out: { operating?: number[]; investment?: number[] } = {};
  for (const table of ['operating', 'investment'] as const) {
    const layout = plan.layouts[table];
    if (layout !== null && !yearsRead(layout)) out[table] = yearsWithoutColumn(layout, plan.years);
  }
  return out;
}

/** Identity checks on costed rows: which hold, which fail (by ID). */
function identity<T extends Measure>(ms: readonly T[], financing: (m: T) => number, target: (m: T) => number) {
  const failed = ms.filter((m) => financing(m) !== target(m)).map((m) => m.id);
  return { ok: ms.length - failed.length, failed };
}

function statusCounts(all: readonly Measure[]): Record<string, number> {
  const counts: Record<string, number> = {};
  // Counted (per measure; docs/performance.md).
  for (let i = 0; i < all.length; i++) {
    const status = all[i]?.costStatus ?? '';
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/**
 * Computes every total of SPEC §9 from the plan. Only rows with status Beregnet enter sums (an invalid or
 * empty amount counts as 0); every row of both tables is counted per status, and the rows that are not
 * costed are listed. byArea counts a measure fully in each area it touches. `newMoney` is the plan's new money
 * per year (planNewMoney), when the caller has it already.
 */
export function computeTotals(plan: Plan, newMoney: PlanNewMoney = planNewMoney(plan)): Totals {
  const { years } = plan;
  const unread = yearsNotRead(plan);
  // A financing based on Sum periode is not judged from years not read as the sheet means them (SPEC §8).
  const operating = plan.operating.filter(
    (m) => isCosted(m) && (unread.operating === undefined || (m.fullYear ?? 0) !== 0),
  );
  const investment = plan.investment.filter(isCosted);
  const all: Measure[] = [...plan.operating, ...plan.investment];
  const { base, ...operatingTotals } = operatingGroups(plan, newMoney);
  return {
    operating: operatingTotals,
    operatingBase: kr(base),
    ...(unread.operating !== undefined || unread.investment !== undefined ? { yearsNotRead: unread } : {}),
    investment: investmentGroups(investment, years),
    statusCounts: statusCounts(all),
    notCosted: all.filter((m) => !isCosted(m)).map((m) => ({ id: m.id, measure: m.measure, costStatus: m.costStatus })),
    identity: {
      operatingFinancing: identity(operating, operatingFinancing, financingBase),
      investmentFinancing: identity(investment, investmentFinancing, (m) => m.budget ?? ZERO),
    },
  };
}

/** One row of the counts per Kostnadsstatus; `known`: a status of the list (SPEC §4). */
export interface StatusRow {
  readonly status: string;
  readonly count: number;
  readonly known: boolean;
}

/**
 * The counts per Kostnadsstatus as Sammendrag and the report show them: every status of the list in its order,
 * 0 included (one typed in another case counted with it), then any other status as typed ('' for none).
 */
export function statusRows(counts: Totals['statusCounts']): StatusRow[] {
  const entries = Object.entries(counts);
  const isKnown = (k: string) => COST_STATUSES.some((s) => groupKey(s) === groupKey(k));
  return [
    ...COST_STATUSES.map((status) => ({
      status,
      count: entries.filter(([k]) => groupKey(k) === groupKey(status)).reduce((a, [, n]) => a + n, 0),
      known: true,
    })),
    ...entries.filter(([k]) => !isKnown(k)).map(([status, count]) => ({ status, count, known: false })),
  ];
}
