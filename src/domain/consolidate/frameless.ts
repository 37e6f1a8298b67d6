/**
 * New money of no frame across plans (SPEC §4, §15): a costed measure without Rammeområde that no economy plan line
 * places in a frame (measureFrames) is in no frame-total item, yet counts like every other row. The consolidated
 * frame table shows it as «(uten rammeområde)», so its rows add up to the plans' new money, each plan's share named.
 */
import { kr, type Kr } from '../model/money';
import { yearsRead } from '../model/plan';
import { countsInFrame, measureFrames, type FrameCodeTest } from '../reconcile/measureFrames';
import type { FramelessYear, PlanShare } from '../model/consolidation';
import type { FramePlan } from './frames';

/** One plan's new money in no frame per year (aligned with its years). */
function planFrameless(p: FramePlan, yearCount: number, isCode: FrameCodeTest): Kr[] {
  const sums = Array.from({ length: yearCount }, () => kr(0));
  const { frames } = measureFrames(p.plan, p.matched, isCode);
  p.plan.operating.forEach((m, i) => {
    if (!countsInFrame(m) || (frames[i] ?? '') !== '') return;
    const money = p.newMoney[i] ?? [];
    for (let y = 0; y < yearCount; y++) sums[y] = kr((sums[y] ?? 0) + (money[y] ?? 0));
  });
  return sums;
}

/**
 * Per year of the period, the new money of the plans' measures in no frame and each plan's share; [] when there is
 * none. A plan whose Tiltak drift's year headers are not the period is left out, as its frames are (frames.ts).
 */
export function framelessNewMoney(
  plans: readonly FramePlan[],
  years: readonly number[],
  isCode: FrameCodeTest,
): FramelessYear[] {
  const byPlan = plans
    .filter((p) => yearsRead(p.plan.layouts.operating))
    .map((p) => ({ plan: p.name, sums: planFrameless(p, years.length, isCode) }));
  if (byPlan.every((p) => p.sums.every((s) => s === 0))) return [];
  return years.map((year, y) => {
    const shares: PlanShare[] = byPlan.flatMap((p) => {
      const amount = p.sums[y] ?? kr(0);
      return amount === 0 ? [] : [{ plan: p.plan, amount }];
    });
    return { year, measures: kr(shares.reduce((a, s) => a + s.amount, 0)), shares };
  });
}
