/**
 * Which of the plans given to a consolidation are compared (SPEC §15), and the economy plan's lines each holds:
 * a workbook without a measure table is not a plan, a plan under a Plannavn taken by an earlier one or of another
 * period is not compared; each is said once, as an item of its own. The lines are then assigned (assign.ts).
 */
import { groupKey } from '../measures/grouping';
import { hasMeasureTable, type Plan } from '../model/plan';
import { assignLines, type Assignment } from './assign';
import { planItem } from './items';
import type { PlanNewMoney } from '../measures/newMoney';
import type { Finding } from '../model/finding';
import type { EconomyWorkbook } from './economyWorkbook';
import type { ConsolidationItem } from '../model/consolidation';

/** A plan given to a consolidation, as read and validated. */
export interface ConsolidateInput {
  readonly file: string;
  readonly plan: Plan;
  /** The reader's and validator's findings of the plan. */
  readonly findings: readonly Finding[];
  /** The plan's new money per measure and year, when the caller has it already (planNewMoney). */
  readonly newMoney?: PlanNewMoney;
  /** The plan's file is the economy plan workbook itself: its own Økonomiplan sheet is the one used, not ignored. */
  readonly isEconomyWorkbook?: boolean;
  /** "Sheet!A1" of its Toleranse (settingAddress), named by tolerance-differs; none without a settings table. */
  readonly toleranceCell?: string | undefined;
}

export interface ComparedPlans {
  /** Per plan, its Plannavn (or its file when it has none). */
  readonly names: readonly string[];
  /** Per plan, whether it has a measure table (not-a-plan otherwise). */
  readonly isPlan: readonly boolean[];
  /** The indexes of the plans compared, in the order given. */
  readonly comparedAt: readonly number[];
  readonly assignment: Assignment;
  /** What was said of the plans themselves: not-a-plan, plan-name-missing, plan-name-duplicate, period-mismatch. */
  readonly items: readonly ConsolidationItem[];
}

const sameYears = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((y, i) => y === b[i]);

/**
 * Which side of a period-mismatch likely has the wrong period: the plan when another plan shares the economy
 * plan's, the economy plan (finance's workbook of another year, say) when two or more plans all share one other
 * period; undefined when nothing tells (one plan, or plans of several periods none of which is the economy plan's).
 */
function periodSide(periods: readonly (readonly number[])[], years: readonly number[]): 'plan' | 'economy' | undefined {
  if (periods.some((p) => sameYears(p, years))) return 'plan';
  const [first] = periods;
  return periods.length >= 2 && first !== undefined && periods.every((p) => sameYears(p, first))
    ? 'economy'
    : undefined;
}

/** Sorts the plans into compared and not (saying why of each left out) and gives each the lines it holds. */
export function comparedPlans(inputs: readonly ConsolidateInput[], economy: EconomyWorkbook): ComparedPlans {
  const { years } = economy;
  const items: ConsolidationItem[] = [];
  const names = inputs.map((x) => x.plan.settings.planName.trim() || x.file);
  // A Plannavn is what a line's Plan column names: two plans of one name would make that ambiguous, so the
  // later one is not compared until it is renamed.
  const firstWithName = new Map<string, string>();
  const duplicate = new Set<number>();
  // No measure table (the economy plan passed as a plan by mistake, an unrelated workbook): no plan, left out with
  // not-a-plan rather than compared on the default period and Toleranse (hasMeasureTable, as check and roll judge).
  const isPlan = inputs.map((x) => hasMeasureTable(x.plan));
  const side = periodSide(
    inputs.flatMap((x, i) => (isPlan[i] === true ? [x.plan.years] : [])),
    years,
  );
  inputs.forEach((x, i) => {
    const name = names[i] ?? x.file;
    // No measure tables: not a plan. Said once, and nothing else of it (a Plannavn, a period, a Toleranse).
    if (isPlan[i] !== true) {
      items.push(planItem('not-a-plan', x.file, name));
      return;
    }
    const own = groupKey(x.plan.settings.planName);
    if (own === '') items.push(planItem('plan-name-missing', x.file, name));
    const earlier = own === '' ? undefined : firstWithName.get(own);
    if (earlier !== undefined) {
      duplicate.add(i);
      items.push(planItem('plan-name-duplicate', x.file, name, { sameNameAs: earlier }));
    } else if (own !== '') firstWithName.set(own, x.file);
    if (!sameYears(x.plan.years, years))
      items.push(planItem('period-mismatch', x.file, name, { planYears: x.plan.years, periodSide: side }));
  });
  const comparedAt = inputs.flatMap((x, i) =>
    isPlan[i] === true && sameYears(x.plan.years, years) && !duplicate.has(i) ? [i] : [],
  );
  // A plan of another period still claims the lines its measures name (a Ref shared with a compared plan is
  // ambiguous); a plan under a name taken only those no other plan's measure names (the same file given twice
  // claims nothing), which are left out with it (SPEC §15: its Ref names only a measure of that plan).
  const assignment = assignLines(
    inputs.map((x, i) => ({
      plan: x.plan,
      name: names[i] ?? '',
      compared: comparedAt.includes(i),
      duplicate: duplicate.has(i),
      file: x.file,
    })),
    economy.lines,
    economy.frames,
  );
  return { names, isPlan, comparedAt, assignment, items };
}
