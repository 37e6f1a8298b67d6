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
  /** The new last year, when the plan has economy plan lines and the roll left that year empty on every one; else null. */
  readonly economyPlanEmptyYear: number | null;
}

/**
 * The new last year `year` when the plan has an economy plan table with lines and none of the rolled `lines` holds
 * an amount or a text in that year (the roll invents no economy plan figures); null otherwise.
 */
export function economyPlanEmptyYear(plan: Plan, lines: readonly RowInput[], year: number): number | null {
  if (plan.layouts.economyPlan === null || lines.length === 0) return null;
  const empty = (l: RowInput): boolean => {
    const last = l.years.length - 1;
    return l.years[last] === null && l.yearTexts?.[last] === undefined;
  };
  return lines.every(empty) ? year : null;
}
