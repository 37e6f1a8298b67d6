/**
 * Totals of two versions side by side, per calendar year (SPEC §14): operating cost, new money and investment
 * of the costed measures, and new money per Rammeområde. A year in one period only shows null on the other
 * side and no difference: it was not cut or added, it lies outside that version's period.
 *
 * Between units that round to different steps (SPEC §4), the part of a difference that comes from amounts the
 * comparison counts as the same only after rounding (amounts.ts) — and from new money rounded to the coarser
 * step — is given as `rounding` (docs/spec.md §14): the finer version's totals of the measures both versions hold,
 * less those totals with each such amount the other version's (roundedPlan.ts). "No changed measures" and a total
 * that moved 433 kr then agree; equal kroner and a real change give none. A total takes it only from the measures
 * in its group in both versions (inGroup): the tables' totals from those in the same table, new money per frame
 * from those also in the same frame. So D-001 at 600 433 kr in frame 2 and at 600 (1000 kr) in frame 3 gives frame
 * 2 a change of −600 433 and frame 3 one of +600 000, no rounding, while the operating totals, which hold it in
 * both, go 600 433 → 600 000: −433, all rounding (600 433 rounded to 1 000 kr is 600 000).
 */
import { groupKey } from '../measures/grouping';
import { newMoneyStep } from '../measures/newMoney';
import type { ChangeSet, YearChange, YearChanges } from '../model/changeSet';
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { Plan } from '../model/plan';
import type { Totals, YearAmounts } from '../model/totals';
import { computeTotals } from '../totals/totals';
import { inGroup, matchedPlans, type MatchedPair } from './roundedPlan';
import type { Unread } from './yearsNotRead';

/**
 * Of the finer version, the totals of the measures both versions hold in one group (roundedPlan.ts, inGroup) as
 * they are (`as`) and with their rounded amounts the other version's (`rounded`).
 */
interface Matched {
  readonly as: Totals;
  readonly rounded: Totals;
}

interface Side {
  readonly years: readonly number[];
  /** The years a table's total holds no column for in either version (yearsNotRead.ts): null, not compared. */
  readonly unread?: ReadonlySet<number>;
  readonly totals: Totals;
  /**
   * The matched totals for the tables' totals and for new money per frame (Rammeområde); absent when the units
   * round alike, and on the coarser side.
   */
  readonly matched?: { readonly table: Matched; readonly frame: Matched };
}

/** Which matched totals a total's rounding comes from: a table's, or a frame's (its measures in one frame). */
type Group = keyof typeof inGroup;

type Pick = (t: Totals) => YearAmounts | undefined;

/** A side's total of `year` in `t` (0 when nothing counts there), null outside its period. */
const amountOf = (side: Side, t: Totals, pick: Pick, year: number): Kr | null =>
  side.years.includes(year) && side.unread?.has(year) !== true ? (pick(t)?.[String(year)] ?? kr(0)) : null;

/**
 * What a side's rounding adds to Δ in `year`: the older version's rounded amounts raise it by what they lack of the
 * other's (rounded − as), the newer's by what they hold beyond (as − rounded).
 */
function roundingOf(side: Side, sign: 1 | -1, group: Group, pick: Pick, year: number): number {
  if (!side.matched) return 0;
  const { as, rounded } = side.matched[group];
  return sign * ((amountOf(side, as, pick, year) ?? 0) - (amountOf(side, rounded, pick, year) ?? 0));
}

/**
 * Old, new and Δ for every year of either period, and the rounding in Δ where there is some; a year in `unread`
 * (not read in either version's table) is null on both sides, as one outside a period.
 */
function yearChanges(all: readonly number[], o: Side, n: Side, group: Group, pick: Pick, unread?: ReadonlySet<number>) {
  const [old, neu] =
    unread === undefined
      ? [o, n]
      : [
          { ...o, unread },
          { ...n, unread },
        ];
  const changes: Record<string, YearChange> = {};
  for (const year of all) {
    const before = amountOf(old, old.totals, pick, year);
    const after = amountOf(neu, neu.totals, pick, year);
    const difference = before !== null && after !== null ? kr(after - before) : null;
    const rounding =
      difference === null ? 0 : roundingOf(old, -1, group, pick, year) + roundingOf(neu, 1, group, pick, year);
    changes[String(year)] = {
      old: before,
      new: after,
      difference,
      ...(rounding !== 0 ? { rounding: kr(rounding) } : {}),
    };
  }
  return changes as YearChanges;
}

/** The two sides; the finer one also as the coarser holds it when the units round differently (SPEC §4). */
function sides(before: Plan, after: Plan, pairs: readonly MatchedPair[]): [Side, Side] {
  const [oldUnit, newUnit] = [before.settings.unit, after.settings.unit];
  const [oldStep, newStep] = [newMoneyStep(oldUnit), newMoneyStep(newUnit)];
  const coarse = oldStep > newStep ? oldUnit : newUnit;
  const side = (plan: Plan, which: 'old' | 'new', finer: boolean): Side => {
    if (!finer) return { years: plan.years, totals: computeTotals(plan) };
    const matched = (these: readonly MatchedPair[]): Matched => {
      const m = matchedPlans(plan, which, these, coarse);
      return { as: computeTotals(m.as), rounded: computeTotals(m.rounded) };
    };
    const inTable = pairs.filter(inGroup.table);
    const inFrame = inTable.filter(inGroup.frame);
    const table = matched(inTable);
    // Nearly always no measure changed frame: then the frames' rounding comes from the same totals.
    return {
      years: plan.years,
      totals: computeTotals(plan),
      matched: { table, frame: inFrame.length === inTable.length ? table : matched(inFrame) },
    };
  };
  return [side(before, 'old', oldStep < newStep), side(after, 'new', newStep < oldStep)];
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

/**
 * The totals part of a change set; `all` is every calendar year of either period, in order, and `pairs` the
 * measures matched (compareMeasures' onPair): what the rounding comes from between units that round differently.
 */
export function compareTotals(
  before: Plan,
  after: Plan,
  all: readonly number[],
  pairs: readonly MatchedPair[],
  unread: Unread = {},
): ChangeSet['totals'] {
  const [old, neu] = sides(before, after, pairs);
  const op = unread.operating;
  const frameYears = (t: Totals, frame: string) =>
    t.operating.byFrame.find((f) => groupKey(f.frame) === groupKey(frame))?.newMoneyByYear;
  return {
    operating: yearChanges(all, old, neu, 'table', (t) => t.operating.all.years, op),
    newMoney: yearChanges(all, old, neu, 'table', (t) => t.operating.all.newMoneyByYear, op),
    investment: yearChanges(all, old, neu, 'table', (t) => t.investment.all.years, unread.investment),
    byFrame: frames(old.totals, neu.totals).map((frame) => ({
      frame,
      years: yearChanges(all, old, neu, 'frame', (t) => frameYears(t, frame), op),
    })),
  };
}

type FrameChanges = ChangeSet['totals']['byFrame'][number];

/**
 * Whether any of these changes of a total holds rounding between the units (docs/spec.md §14): the change report
 * and the pane then show the column «Herav avrunding» in its table.
 */
export const hasRounding = (changes: readonly (YearChange | undefined)[]): boolean =>
  changes.some((c) => c?.rounding !== undefined);

/**
 * The frames whose new money moved in a year both versions hold, or that hold new money in a year only one version
 * holds, and the others: the change report and the pane show the first year by year, every year of either version
 * as the totals per year do (a year in one version only «–» on the other side, no Δ: not a change, see above),
 * and name the rest. A frame whose only new money lies in the year a roll added (R2's 800 in 2031) is not called
 * unchanged: SPEC §14 lists the years present on one side only as such, and the total of new money shows that year.
 * A frame moved only by the rounding between the units moved all the same: SPEC §14 gives each frame's old, new
 * and Δ, and SPEC §4's new money is whole 1 000 kr in one version and kroner in the other, so its Δ is real money,
 * shown with its «Herav avrunding» as the total's is. Named unchanged, its Δ would be missing from the frames while
 * the total of new money showed it: the frames would no longer add up to the total.
 */
export function framesByMovement(diff: ChangeSet): { moved: FrameChanges[]; unchanged: FrameChanges[] } {
  const { common, onlyOld, onlyNew } = diff.years;
  const year = (f: FrameChanges, y: number) => f.years[String(y)];
  const moved = (f: FrameChanges) =>
    common.some((y) => (year(f, y)?.difference ?? 0) !== 0) ||
    onlyOld.some((y) => (year(f, y)?.old ?? 0) !== 0) ||
    onlyNew.some((y) => (year(f, y)?.new ?? 0) !== 0);
  return { moved: diff.totals.byFrame.filter(moved), unchanged: diff.totals.byFrame.filter((f) => !moved(f)) };
}
