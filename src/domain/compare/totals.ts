/**
 * Totals of two versions side by side, per calendar year (SPEC §14): operating cost, new money and investment
 * of the costed measures, and new money per Rammeområde. A year in one period only shows null on the other
 * side and no difference: it was not cut or added, it lies outside that version's period.
 */
import { groupKey } from '../measures/grouping';
import type { ChangeSet, YearChanges } from '../model/changeSet';
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { Plan } from '../model/plan';
import type { Totals, YearAmounts } from '../model/totals';
import { computeTotals } from '../totals/totals';

interface Side {
  readonly years: readonly number[];
  readonly totals: Totals;
}

/** Old, new and Δ for every year of either period. */
function yearChanges(all: readonly number[], old: Side, neu: Side, pick: (t: Totals) => YearAmounts | undefined) {
  const changes: Record<string, { old: Kr | null; new: Kr | null; difference: Kr | null }> = {};
  const [a, b] = [pick(old.totals), pick(neu.totals)];
  for (const year of all) {
    const key = String(year);
    const before = old.years.includes(year) ? (a?.[key] ?? kr(0)) : null;
    const after = neu.years.includes(year) ? (b?.[key] ?? kr(0)) : null;
    const difference = before !== null && after !== null ? kr(after - before) : null;
    changes[key] = { old: before, new: after, difference };
  }
  return changes as YearChanges;
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
  const old: Side = { years: before.years, totals: computeTotals(before) };
  const neu: Side = { years: after.years, totals: computeTotals(after) };
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
 * The frames whose new money moved in a year both versions hold, and the others (a year in one period only is
 * not a change, see above): the change report and the pane show the first year by year and name the rest.
 */
export function framesByMovement(diff: ChangeSet): { moved: FrameChanges[]; unchanged: FrameChanges[] } {
  const moved = (f: FrameChanges) => diff.years.common.some((y) => (f.years[String(y)]?.difference ?? 0) !== 0);
  return { moved: diff.totals.byFrame.filter(moved), unchanged: diff.totals.byFrame.filter((f) => !moved(f)) };
}
