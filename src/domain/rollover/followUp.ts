/**
 * What a roll forward changed or left for its user to look at besides the figures it moved (SPEC §11): kept years
 * whose new money the rounding over the new years moved (newMoneyKept.ts).
 */
import type { NewMoneyShift } from './newMoneyKept';

export interface RollFollowUp {
  /** Costed measures whose new money in a year that stays is not what it was, with the years and both amounts. */
  readonly newMoneyShifts: readonly NewMoneyShift[];
}
