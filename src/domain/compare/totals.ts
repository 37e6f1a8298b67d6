/**
 * Totals of two versions side by side, per calendar year (SPEC §14): operating cost, new money and investment
 * of the costed measures, and new money per Rammeområde. A year in one period only shows null on the other
 * side and no difference: it was not cut or added, it lies outside that version's period.
 *
 * Between units that round to different steps (SPEC §4), the part of a difference that is only the finer
 * version's amounts rounded to the coarser step — which the comparison counts as no change (amounts.ts) — is
 * given as `rounding` (docs/spec.md §14): the difference less the one of the totals computed with the finer
 * version's amounts rounded (roundedPlan.ts). "No changed measures" and a total that moved 433 kr then agree.
 */
import { groupKey } from '../measures/grouping';
import { newMoneyStep } from '../measures/newMoney';
import type { ChangeSet, YearChange, YearChanges } from '../model/changeSet';
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { Plan } from '../model/plan';
import type { Totals, YearAmounts } from '../model/totals';
import { computeTotals } from '../totals/totals';
import { roundedPlan } from './roundedPlan';

interface Side {
  readonly years: readonly number[];
  readonly totals: Totals;
  /** The totals with the amounts rounded to the other version's coarser step; absent when they round alike. */
  readonly rounded?: Totals;
}

type Pick = (t: Totals) => YearAmounts | undefined;

/** A side's total of `year` in `t` (0 when nothing counts there), null outside its period. */
const amountOf = (side: Side, t: Totals, pick: Pick, year: number): Kr | null =>
  side.years.includes(year) ? (pick(t)?.[String(year)] ?? kr(0)) : null;

/** Old, new and Δ for every year of either period, and the rounding in Δ where there is some. */
function yearChanges(all: readonly number[], old: Side, neu: Side, pick: Pick) {
  const changes: Record<string, YearChange> = {};
  for (const year of all) {
    const before = amountOf(old, old.totals, pick, year);
    const after = amountOf(neu, neu.totals, pick, year);
    const difference = before !== null && after !== null ? kr(after - before) : null;
    let rounding = 0;
    if (difference !== null && (old.rounded || neu.rounded)) {
      const a = amountOf(old, old.rounded ?? old.totals, pick, year) ?? 0;
      const b = amountOf(neu, neu.rounded ?? neu.totals, pick, year) ?? 0;
      rounding = difference - (b - a);
    }
    changes[String(year)] = {
      old: before,
      new: after,
      difference,
      ...(rounding !== 0 ? { rounding: kr(rounding) } : {}),
    };
  }
  return changes as YearChanges;
}

/** The two sides; the finer one also rounded to the coarser step when the units round differently (SPEC §4). */
function sides(before: Plan, after: Plan): [Side, Side] {
  const [oldUnit, newUnit] = [before.settings.unit, after.settings.unit];
  const [oldStep, newStep] = [newMoneyStep(oldUnit), newMoneyStep(newUnit)];
  const side = (plan: Plan, finer: boolean, coarse: { step: number; unit: typeof oldUnit }): Side => ({
    years: plan.years,
    totals: computeTotals(plan),
    ...(finer ? { rounded: computeTotals(roundedPlan(plan, coarse.step, coarse.unit)) } : {}),
  });
  const coarse = oldStep > newStep ? { step: oldStep, unit: oldUnit } : { step: newStep, unit: newUnit };
  return [side(before, oldStep < newStep, coarse), side(after, newStep < oldStep, coarse)];
}

/**
 * Frames of both versions, the older version's order and spelling first. A frame is matched as the totals
 * group it (groupKey, as SUMIFS): "R3" in one version and "r3" in the other is one frame, not one emptied and
 * one new.
 */
function frames(old: Totals, neu: Totals): string[] {
  const names = new Map<string, string>();
  for (const f of [...old.operating.byFrame, ...neu.operating.byFrame])
    if (!names.has(groupKey(f.frame))) names.set(groupKey(f.frame), f.frame);
  return [...names.values()];
}

/** The totals part of a change set; `all` is every calendar year of either period, in order. */
export function compareTotals(before: Plan, after: Plan, all: readonly number[]): ChangeSet['totals'] {
  const [old, neu] = sides(before, after);
  const frameYears = (t: Totals, frame: string) =>
    t.operating.byFrame.find((f) => groupKey(f.frame) === groupKey(frame))?.newMoneyByYear;
  return {
    operating: yearChanges(all, old, neu, (t) => t.operating.all.years),
    newMoney: yearChanges(all, old, neu, (t) => t.operating.all.newMoneyByYear),
    investment: yearChanges(all, old, neu, (t) => t.investment.all.years),
    byFrame: frames(old.totals, neu.totals).map((frame) => ({
      frame,
      years: yearChanges(all, old, neu, (t) => frameYears(t, frame)),
    })),
  };
}

type FrameChanges = ChangeSet['totals']['byFrame'][number];

/**
 * The frames whose new money moved in a year both versions hold, by more than the rounding between the units,
 * and the others (a year in one period only is not a change, see above): the change report and the pane show
 * the first year by year and name the rest.
 */
export function framesByMovement(diff: ChangeSet): { moved: FrameChanges[]; unchanged: FrameChanges[] } {
  const moved = (f: FrameChanges) =>
    diff.years.common.some((y) => {
      const c = f.years[String(y)];
      return (c?.difference ?? 0) - (c?.rounding ?? 0) !== 0;
    });
  return { moved: diff.totals.byFrame.filter(moved), unchanged: diff.totals.byFrame.filter((f) => !moved(f)) };
}
