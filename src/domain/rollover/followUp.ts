/**
 * What a roll forward changed or left for its user to look at besides the figures it moved (SPEC §11): priorities
 * it numbered again after finished measures left (priorities.ts), kept years whose new money the rounding over
 * the new years moved (newMoneyKept.ts).
 */
import type { NewMoneyShift } from './newMoneyKept';
import type { RenumberedSection } from './priorities';

export interface RollFollowUp {
  /** Costed measures whose new money in a year that stays is not what it was, with the years and both amounts. */
  readonly newMoneyShifts: readonly NewMoneyShift[];
  /** Sections numbered 1..n that lost finished measures and are numbered 1..m again, each changed priority named. */
  readonly renumbered: readonly RenumberedSection[];
}
