/**
 * Consolidation (SPEC §15): every plan reconciled against one economy plan instead of its own sheet. The plans
 * compared are chosen and lines assigned to them once (comparedPlans.ts, assign.ts); each plan is then reconciled
 * with the reconciler of a single plan against the lines it holds (perPlan.ts; its frame-total items left to the
 * whole); the frames are compared across plans (frames.ts); what only the whole shows becomes a consolidation
 * item, listed once.
 */
import { groupKey, refKey } from '../measures/grouping';
import { isFrameCode, knownFrames } from '../reconcile/knownFrames';
import { sumYearsOf } from '../reconcile/cells';
import { SHEETS } from '../model/schema';
import { yearsWithoutColumn } from '../model/plan';
import { withInvalidCells } from './lineFindings';
import { comparedPlans, type ConsolidateInput } from './comparedPlans';
import { isOperatingLine, reconcilePlans } from './perPlan';
import { consolidateFrames, frameLineCodes } from './frames';
import { framelessNewMoney } from './frameless';
import {
  ambiguousItem,
  compareConsolidationItems,
  countItems,
  frameLinePlanItem,
  unclaimedItems,
  type KnownPlans,
} from './items';
import { consolidationTolerance } from './tolerance';
import { economyYearsUntyped, heldBackOf, pairOf, unionOf, withoutEconomyYears } from './unreadYears';
import type { EconomyWorkbook } from './economyWorkbook';
import type { ConsolidatedPlan, Consolidation, YearPair } from '../model/consolidation';
import type { EconomyPlanLine } from '../model/plan';
import type { Assignment } from './assign';
import type { ReconciliationItem } from '../model/reconciliation';
import type { YearTable } from '../model/yearTables';

export type { ConsolidateInput } from './comparedPlans';

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

/**
 * The lines of a plan left out of the comparison (its Plan column names a plan not compared, or its Ref only a
 * measure of one): its measures are left out, so its lines are too, from the frames and from the total.
 */
function linesLeftOut(assignment: Assignment): Set<EconomyPlanLine> {
  return new Set(
    assignment.unclaimed.flatMap((u) => (u.plan !== undefined || u.line.plan.trim() !== '' ? [u.line] : [])),
  );
}

/**
 * The Tiltak lines no one plan holds, which a frame without a Ramme line is compared with all the same (SPEC §10),
 * as one plan's check does: those no plan claims and those two plans claim too; not a line of a plan left out (by
 * its Plan column or its measure), whose measures are left out as well. A Ramme line of a frame no plan knows, or
 * with Del Investering, limits none (assign.ts): listed as unclaimed only.
 */
function ownerlessLines(assignment: Assignment, leftOut: ReadonlySet<EconomyPlanLine>): EconomyPlanLine[] {
  return [
    ...assignment.unclaimed.flatMap((u) =>
      leftOut.has(u.line) || u.frameUnknown || u.investmentFrame ? [] : [u.line],
    ),
    ...assignment.ambiguous.map((a) => a.line),
  ];
}

/** New money per year of the compared plans against the economy plan's operating lines compared, years not read aside. */
function totalOf(
  count: number,
  plans: readonly ConsolidatedPlan[],
  operating: readonly EconomyPlanLine[],
  economyUntyped: readonly number[],
): YearPair {
  const compared = plans.filter((p) => p.compared);
  return pairOf(
    sumYearsOf(count, compared, (p) => p.newMoney.measures),
    sumYearsOf(count, operating, (l) => l.years),
    { measures: unionOf(compared.map((p) => p.newMoney.measuresNotRead)), economyPlan: economyUntyped },
  );
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
  const sheet = economy.lines[0]?.sheet ?? SHEETS.economyPlan;
  const selection = comparedPlans(inputs, economy);
  const { isPlan, comparedAt, assignment } = selection;
  // The frame codes a measure without Rammeområde may be placed in by its line: every plan's and the workbook's.
  const codes = knownFrames(
    inputs.map((x) => x.plan),
    economy.frames,
  );
  const isCode = (frame: string): boolean => isFrameCode(codes, frame);
  const economyNotRead = yearsWithoutColumn(economy.layout, years);
  const economyUntyped = economyYearsUntyped(economy.layout, years);
  const { perPlan, yearsHeld, financingWaits, plans, framePlans, matchedOf, toleranceItems } = reconcilePlans(
    inputs,
    selection,
    { economy, tolerance, sheet, isCode, economyUntyped },
  );
  const head = [...selection.items, ...toleranceItems];
  const template = framePlans[0]?.plan;
  const leftOut = linesLeftOut(assignment);
  const { items: frames, held } = template
    ? consolidateFrames(framePlans, [...assignment.frameLines, ...ownerlessLines(assignment, leftOut)], {
        years,
        tolerance,
        template,
        isCode,
      })
    : { items: [], held: false };
  // New money in no frame: beside the frames, so they add up to the plans' (SPEC §4).
  const frameless = framelessNewMoney(framePlans, years, isCode);
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
  const operating = economy.lines.filter((l) => isOperatingLine(l, matchedOf) && !leftOut.has(l));
  const total = totalOf(count, plans, operating, economyUntyped);
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
    ...(frameless.length > 0 ? { frameless } : {}),
  };
  const lineRefs = inputs.map((_, i) =>
    (comparedAt.includes(i) ? (assignment.perPlan[i] ?? []) : []).map((l) => refKey(l.ref)),
  );
  return { consolidation, perPlan, yearsHeld, financingWaits, lineRefs };
}
