/**
 * Each compared plan of a consolidation reconciled on its own (SPEC §15): with the reconciler of a single plan,
 * against the economy plan's lines it holds (assign.ts) and under the economy plan's Toleranse (tolerance.ts), its
 * items told where the economy plan's cells are. What it yields is what the whole is then made of: the plans' new
 * money beside their lines, and each plan's share of the frames (frames.ts).
 */
import { isCosted } from '../measures/costed';
import { planNewMoney } from '../measures/newMoney';
import { reconcileParts } from '../reconcile/reconcile';
import { sumYearsOf } from '../reconcile/cells';
import { isNewMoneyLine } from '../reconcile/newMoneyLine';
import { ROW_ERROR_CODES } from '../model/reconciliationCodes';
import { tablesHeld, type YearTable } from '../model/yearTables';
import { advisedItems } from './ambiguousAdvice';
import { lineFindings } from './lineFindings';
import { asConsolidated, toleranceItem } from './tolerance';
import { pairOf } from './unreadYears';
import type { ComparedPlans, ConsolidateInput } from './comparedPlans';
import type { EconomyWorkbook } from './economyWorkbook';
import type { FramePlan } from './frames';
import type { ConsolidatedPlan, ConsolidationItem } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { Kr } from '../model/money';
import { yearsWithoutColumn, type EconomyPlanLine, type Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { MatchedLine } from '../reconcile/matchLines';

/** What every compared plan is reconciled with: the whole's Toleranse, sheet, frame codes and untyped years. */
export interface PlanContext {
  readonly economy: EconomyWorkbook & { file: string };
  /** The one Toleranse of every comparison (consolidationTolerance). */
  readonly tolerance: Kr;
  /** The economy plan's sheet, where its cells are named. */
  readonly sheet: string;
  /** Whether a text is a frame code of any plan or of the economy plan workbook (knownFrames). */
  readonly isCode: (frame: string) => boolean;
  /** The plan years the economy plan has no amount for on any line (economyYearsUntyped). */
  readonly economyUntyped: readonly number[];
}

export interface PlansReconciled {
  /** Per plan (same order as the input), its own reconciliation items ([] for a plan not compared). */
  readonly perPlan: ReconciliationItem[][];
  /** Per plan, its tables whose year headers held its items back. */
  readonly yearsHeld: YearTable[][];
  /** Per plan, whether a project-financing comparison waits for an economy plan year not typed. */
  readonly financingWaits: boolean[];
  /** Per plan, as the consolidation states it: compared or not, and its new money beside its lines. */
  readonly plans: ConsolidatedPlan[];
  /** The compared plans, in order, for the frames compared across them. */
  readonly framePlans: FramePlan[];
  /** Each line a compared plan matched, as it matched it. */
  readonly matchedOf: ReadonlyMap<EconomyPlanLine, MatchedLine>;
  /** tolerance-differs per compared plan whose own Toleranse is not the economy plan's. */
  readonly toleranceItems: readonly ConsolidationItem[];
}

/**
 * Whether a line is new money in the economy plan, by the rule of one plan's frames (isNewMoneyLine): as a
 * compared plan matched it, else (a line no compared plan holds) as a line matching no measure.
 */
export const isOperatingLine = (l: EconomyPlanLine, matchedOf: ReadonlyMap<EconomyPlanLine, MatchedLine>): boolean =>
  isNewMoneyLine(matchedOf.get(l) ?? { kind: 'unmatched', line: l });

function excludedOf(findings: readonly Finding[]): Set<string> {
  const codes: readonly string[] = ROW_ERROR_CODES;
  return new Set(findings.flatMap((f) => (codes.includes(f.code) && f.measureId ? [f.measureId] : [])));
}

/** IDs of a plan's measures with an amount cell that is no amount (amount-invalid), counted as 0. */
const invalidOf = (findings: readonly Finding[]): Set<string> =>
  new Set(findings.flatMap((f) => (f.code === 'amount-invalid' && f.measureId ? [f.measureId] : [])));

/** New money per year of a plan's costed operating measures. */
function measuresPerYear(plan: Plan, newMoney: readonly (readonly Kr[])[], count: number): Kr[] {
  const costed = newMoney.filter((_, i) => {
    const m = plan.operating[i];
    return m !== undefined && isCosted(m);
  });
  return sumYearsOf(count, costed, (parts) => parts);
}

/** Reconciles each compared plan against the lines it holds, in the order given, and states every plan. */
export function reconcilePlans(
  inputs: readonly ConsolidateInput[],
  { names, comparedAt, assignment }: ComparedPlans,
  { economy, tolerance, sheet, isCode, economyUntyped }: PlanContext,
): PlansReconciled {
  const { years } = economy;
  const count = years.length;
  const used = { tolerance, unit: economy.settings.unit, cell: economy.toleranceCell };
  const toleranceItems: ConsolidationItem[] = [];
  const perPlan: ReconciliationItem[][] = inputs.map(() => []);
  const yearsHeld: YearTable[][] = inputs.map(() => []);
  const financingWaits: boolean[] = inputs.map(() => false);
  const plans: ConsolidatedPlan[] = inputs.map((x, i) => ({
    file: x.file,
    name: names[i] ?? x.file,
    unit: x.plan.settings.unit,
    years: x.plan.years,
    compared: false,
    ownLinesIgnored: x.isEconomyWorkbook === true ? 0 : x.plan.economyPlan.length,
    newMoney: { measures: [], economyPlan: [] },
  }));
  const framePlans: FramePlan[] = [];
  const matchedOf = new Map<EconomyPlanLine, MatchedLine>();
  comparedAt.forEach((i) => {
    const x = inputs[i] as ConsolidateInput;
    const lines = assignment.perPlan[i] ?? [];
    const plan = asConsolidated(x.plan, lines, tolerance, economy.layout ?? null);
    const differs = toleranceItem(x.file, names[i] ?? x.file, { ...x.plan.settings, cell: x.toleranceCell }, used);
    if (differs) toleranceItems.push(differs);
    const newMoney = x.newMoney ?? planNewMoney(plan);
    const excluded = excludedOf(x.findings);
    const findings = lineFindings(x.findings, economy.findings, sheet);
    const { items, matched, financingWaits: waits } = reconcileParts(plan, findings, newMoney, false, [], isCode);
    financingWaits[i] = waits;
    for (const m of matched) matchedOf.set(m.line, m);
    const own = { plan, name: names[i] ?? x.file, planName: x.plan.settings.planName, unit: x.plan.settings.unit };
    // Its economy plan cells are in the economy plan workbook (unless that is its own): named with that file.
    const at = x.isEconomyWorkbook === true ? {} : { economyWorkbook: { file: economy.file, sheet } };
    perPlan[i] = advisedItems(items, { ...own, ...at }, economy.settings.unit, assignment.ambiguous);
    yearsHeld[i] = tablesHeld(plan.layouts);
    const invalid = invalidOf(x.findings);
    framePlans.push({ plan, name: names[i] ?? x.file, file: x.file, newMoney, matched, excluded, invalid });
    plans[i] = {
      ...(plans[i] as ConsolidatedPlan),
      compared: true,
      newMoney: pairOf(
        measuresPerYear(plan, newMoney, count),
        sumYearsOf(
          count,
          lines.filter((l) => isOperatingLine(l, matchedOf)),
          (l) => l.years,
        ),
        { measures: yearsWithoutColumn(plan.layouts.operating, years), economyPlan: economyUntyped },
      ),
    };
  });
  return { perPlan, yearsHeld, financingWaits, plans, framePlans, matchedOf, toleranceItems };
}
