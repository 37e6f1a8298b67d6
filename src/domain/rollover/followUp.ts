/**
 * What a roll forward changed or left for its user to look at besides the figures it moved (SPEC §11): priorities
 * it numbered again after finished measures left (priorities.ts), kept years whose new money the rounding over
 * the new years moved (newMoneyKept.ts), and the economy plan's new last year, which the roll leaves empty for
 * finance's figures: a check before they are typed finds every measure with cost there unmatched.
 */
import type { RowInput } from '../model/content';
import type { Plan } from '../model/plan';
import type { NewMoneyShift } from './newMoneyKept';
import type { RenumberedSection } from './priorities';

export interface RollFollowUp {
  /** Costed measures whose new money in a year that stays is not what it was, with the years and both amounts. */
  readonly newMoneyShifts: readonly NewMoneyShift[];
  /** Sections numbered 1..n that lost finished measures and are numbered 1..m again, each changed priority named. */
  readonly renumbered: readonly RenumberedSection[];
  /**
   * The years of the new period empty on every economy plan line, oldest first: the new last year the roll left
   * empty, and any earlier year still not typed since an earlier roll; empty without economy plan lines.
   */
  readonly economyPlanEmptyYears: readonly number[];
}

/**
 * The years of the new period `start`, `start` + 1, … (`count` years) in which none of the rolled `lines` holds an
 * amount or a text, when the plan has an economy plan table with lines (the roll invents no economy plan figures,
 * and a year left empty by an earlier roll stays empty until typed); none otherwise.
 */
export function economyPlanEmptyYears(
  plan: Plan,
  lines: readonly RowInput[],
  start: number,
  count: number,
): readonly number[] {
  if (plan.layouts.economyPlan === null || lines.length === 0) return [];
  const empty =
    (i: number) =>
    (l: RowInput): boolean =>
      l.years[i] === null && l.yearTexts?.[i] === undefined;
  return Array.from({ length: count }, (_, i) => i).flatMap((i) => (lines.every(empty(i)) ? [start + i] : []));
}
