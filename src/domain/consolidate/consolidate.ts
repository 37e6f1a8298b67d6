/**
 * Consolidation (SPEC §15): every plan reconciled against one economy plan instead of its own sheet. Lines
 * are assigned to plans once (assign.ts); each plan is then reconciled with the reconciler of a single plan
 * against the lines it holds (its frame-total items left to the whole); the frames are compared across
 * plans (frames.ts); what only the whole shows becomes a consolidation item, listed once.
 */
import { groupKey, refKey } from '../measures/grouping';
import { isCosted } from '../measures/costed';
import { planNewMoney, type PlanNewMoney } from '../measures/newMoney';
import { reconcileParts } from '../reconcile/reconcile';
import { isFrameCode, knownFrames } from '../reconcile/knownFrames';
import { sumYearsOf } from '../reconcile/cells';
import { isNewMoneyLine } from '../reconcile/newMoneyLine';
import { SHEETS } from '../model/schema';
import { hasMeasureTable, yearsWithoutColumn, type EconomyPlanLine, type Plan } from '../model/plan';

import { ROW_ERROR_CODES } from '../model/reconciliationCodes';
import { advisedItems } from './ambiguousAdvice';
import { lineFindings, withInvalidCells } from './lineFindings';
import { assignLines } from './assign';
import { consolidateFrames, frameLineCodes, type FramePlan } from './frames';
import {
  ambiguousItem,
  compareConsolidationItems,
  countItems,
  frameLinePlanItem,
  planItem,
  unclaimedItems,
  type KnownPlans,
} from './items';
import { asConsolidated, consolidationTolerance, toleranceItem } from './tolerance';
import { economyYearsUntyped, heldBackOf, pairOf, unionOf, withoutEconomyYears } from './unreadYears';
import type { EconomyWorkbook } from './economyWorkbook';
import type { ConsolidatedPlan, Consolidation, ConsolidationItem } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { Kr } from '../model/money';
import type { ReconciliationItem } from '../model/reconciliation';
import type { MatchedLine } from '../reconcile/matchLines';
import { tablesHeld, type YearTable } from '../model/yearTables';

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

export interface ConsolidateResult {
  readonly consolidation: Consolidation;
  /** Each plan's own reconciliation items against the lines it holds ([] for a plan not compared). */
  readonly perPlan: readonly ReconciliationItem[][];
  /** Each plan's tables whose year headers held its items back: the economy plan workbook's, not its own sheet. */
  readonly yearsHeld: readonly (readonly YearTable[])[];
  /** Each plan's Report.financingWaits: a project-financing comparison waits for an economy plan year not typed. */
  readonly financingWaits: readonly boolean[];
  /** The Refs (refKey) of each plan's economy plan lines, those its items come from ([] for a plan not compared). */
  readonly lineRefs: readonly (readonly string[])[];
}

const sameYears = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((y, i) => y === b[i]);

/**
 * Whether a line is new money in the economy plan, by the rule of one plan's frames (isNewMoneyLine): as a
 * compared plan matched it, else (a line no compared plan holds) as a line matching no measure.
 */
const isOperatingLine = (l: EconomyPlanLine, matchedOf: ReadonlyMap<EconomyPlanLine, MatchedLine>): boolean =>
  isNewMoneyLine(matchedOf.get(l) ?? { kind: 'unmatched', line: l });

/**
 * The Plannavn of the plans given to the check (each once, case and spaces aside), for a line whose Plan names
 * none of them (a typo, a plan not passed): its item lists them.
 */
function knownPlanNames(inputs: readonly ConsolidateInput[], isPlan: readonly boolean[]): KnownPlans {
  const byKey = new Map<string, string>();
  inputs.forEach((x, i) => {
    const name = x.plan.settings.planName.trim();
    const key = groupKey(name);
    if (isPlan[i] === true && key !== '' && !byKey.has(key)) byKey.set(key, name);
  });
  return { keys: new Set(byKey.keys()), names: [...byKey.values()] };
}

function excludedOf(findings: readonly Finding[]): Set<string> {
  const codes: readonly string[] = ROW_ERROR_CODES;
  return new Set(findings.flatMap((f) => (codes.includes(f.code) && f.measureId ? [f.measureId] : [])));
}

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

/** New money per year of a plan's costed operating measures. */
function measuresPerYear(plan: Plan, newMoney: readonly (readonly Kr[])[], count: number): Kr[] {
  const costed = newMoney.filter((_, i) => {
    const m = plan.operating[i];
    return m !== undefined && isCosted(m);
  });
  return sumYearsOf(count, costed, (parts) => parts);
}

/** Consolidates the plans against the economy plan workbook. */
export function consolidate(
  inputs: readonly ConsolidateInput[],
  economy: EconomyWorkbook & { file: string },
): ConsolidateResult {
  const { years } = economy;
  const count = years.length;
  // The one Toleranse of every comparison below, the plans' own items included (tolerance.ts).
  const tolerance = consolidationTolerance(economy);
  const used = { tolerance, unit: economy.settings.unit, cell: economy.toleranceCell };
  const sheet = economy.lines[0]?.sheet ?? SHEETS.economyPlan;
  const head: ConsolidationItem[] = [];
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
      head.push(planItem('not-a-plan', x.file, name));
      return;
    }
    const own = groupKey(x.plan.settings.planName);
    if (own === '') head.push(planItem('plan-name-missing', x.file, name));
    const earlier = own === '' ? undefined : firstWithName.get(own);
    if (earlier !== undefined) {
      duplicate.add(i);
      head.push(planItem('plan-name-duplicate', x.file, name, { sameNameAs: earlier }));
    } else if (own !== '') firstWithName.set(own, x.file);
    if (!sameYears(x.plan.years, years))
      head.push(planItem('period-mismatch', x.file, name, { planYears: x.plan.years, periodSide: side }));
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
  // The frame codes a measure without Rammeområde may be placed in by its line: every plan's and the workbook's.
  const codes = knownFrames(
    inputs.map((x) => x.plan),
    economy.frames,
  );
  const isCode = (frame: string): boolean => isFrameCode(codes, frame);
  const perPlan: ReconciliationItem[][] = inputs.map(() => []);
  const yearsHeld: YearTable[][] = inputs.map(() => []);
  const financingWaits: boolean[] = inputs.map(() => false);
  const economyNotRead = yearsWithoutColumn(economy.layout, years);
  const economyUntyped = economyYearsUntyped(economy.layout, years);
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
    if (differs) head.push(differs);
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
    framePlans.push({ plan, name: names[i] ?? x.file, file: x.file, newMoney, matched, excluded });
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
  const template = framePlans[0]?.plan;
  // The lines of a plan left out of the comparison (its Plan column names a plan not compared, or its Ref only
  // a measure of one): its measures are left out, so its lines are too, from the frames and from the total.
  const leftOut = new Set(
    assignment.unclaimed.flatMap((u) => (u.plan !== undefined || u.line.plan.trim() !== '' ? [u.line] : [])),
  );
  // A frame without a Ramme line is compared with all of its Tiltak lines (SPEC §10), as one plan's check does:
  // those no plan claims and those two plans claim too; not a line of a plan left out (by its Plan column or
  // its measure), whose measures are left out as well.
  // A Ramme line of a frame no plan knows, or with Del Investering, limits none (assign.ts): listed as unclaimed only.
  const ownerless = [
    ...assignment.unclaimed.flatMap((u) =>
      leftOut.has(u.line) || u.frameUnknown || u.investmentFrame ? [] : [u.line],
    ),
    ...assignment.ambiguous.map((a) => a.line),
  ];
  const { items: frames, held } = template
    ? consolidateFrames(framePlans, [...assignment.frameLines, ...ownerless], {
        years,
        tolerance,
        template,
        isCode,
      })
    : { items: [], held: false };
  const all = withInvalidCells(
    [
      ...head,
      // A Ramme line's Plan narrows nothing (SPEC §15: it covers all plans): said once per such line.
      ...assignment.frameLines.filter((l) => l.plan.trim() !== '').map(frameLinePlanItem),
      ...assignment.ambiguous.map((a) => ambiguousItem(a.line, a.claimants)),
      ...frames.sort(compareConsolidationItems),
      ...unclaimedItems(assignment.unclaimed, years, knownPlanNames(inputs, isPlan)),
    ],
    economy,
    sheet,
  );
  const items = economyNotRead.length > 0 ? withoutEconomyYears(all, economyNotRead) : all;
  const heldBack = heldBackOf(all, items, held);
  // No plan compared: no frame is either, but finance's Ramme lines are there, and are named (SPEC §15).
  const framesNotCompared = template ? [] : frameLineCodes(assignment.frameLines);
  const compared = plans.filter((p) => p.compared);
  const total = pairOf(
    sumYearsOf(count, compared, (p) => p.newMoney.measures),
    sumYearsOf(
      count,
      economy.lines.filter((l) => isOperatingLine(l, matchedOf) && !leftOut.has(l)),
      (l) => l.years,
    ),
    { measures: unionOf(compared.map((p) => p.newMoney.measuresNotRead)), economyPlan: economyUntyped },
  );
  const consolidation: Consolidation = {
    economyPlan: {
      file: economy.file,
      unit: economy.settings.unit,
      lines: economy.lines.length,
      ...(economy.layout?.yearsEmpty !== undefined ? { yearsEmpty: economy.layout.yearsEmpty } : {}),
    },
    years,
    plans,
    total,
    items,
    summary: countItems(items),
    ...(heldBack === undefined ? {} : { heldBack }),
    ...(framesNotCompared.length > 0 ? { framesNotCompared } : {}),
  };
  const lineRefs = inputs.map((_, i) =>
    (comparedAt.includes(i) ? (assignment.perPlan[i] ?? []) : []).map((l) => refKey(l.ref)),
  );
  return { consolidation, perPlan, yearsHeld, financingWaits, lineRefs };
}
