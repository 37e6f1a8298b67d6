/**
 * When two amounts of a compared field are the same (SPEC §14, docs/spec.md §14).
 *
 * An empty amount cell is not a 0: empty is "not given", 0 a cost of nothing (SPEC §7). So a year that went from
 * empty to 0, or from 0 to empty, is a change of what the plan says about that cost and is listed; a dash ("----")
 * is 0 (SPEC §7) and a dash retyped as 0 is none. (A "?" — a cost not yet known — reads as 0 with a finding; the
 * comparison counts it as no figure: unknownAmounts.ts.)
 *
 * Between versions in units with different rounding steps (SPEC §4: 1 kr in `kr`, 1 000 kr in `1000 kr` and in
 * `mill kr`), an amount of the finer version rounded to the coarser step, half away from zero, is the same amount:
 * 1 234 567 kr in the `kr` version and 1 235 (thousand) in the `1000 kr` version is one amount, not a change of
 * 433 kr. Anything else — 1 234 (thousand), or 1 235,5 — is a change.
 */
import { roundHalfAwayFromZero, type Kr, type Unit } from '../model/money';
import { newMoneyStep } from '../measures/newMoney';

/** Whether an amount of the older version (`before`) and one of the newer (`after`) are the same. */
export type SameAmount = (before: Kr | null, after: Kr | null) => boolean;

/** One unit on both sides (or one step): the same kroner, empty only as empty. */
export const exactly: SameAmount = (a, b) => a === b;

/** The rule for `oldUnit` → `newUnit`: exact, or up to the coarser unit's rounding step. */
export function sameAmountIn(oldUnit: Unit, newUnit: Unit): SameAmount {
  const [oldStep, newStep] = [newMoneyStep(oldUnit), newMoneyStep(newUnit)];
  if (oldStep === newStep) return exactly;
  const step = Math.max(oldStep, newStep);
  const coarseIsNew = newStep > oldStep;
  return (a, b) => {
    if (a === b) return true;
    if (a === null || b === null) return false;
    const [fine, coarse] = coarseIsNew ? [a, b] : [b, a];
    return roundHalfAwayFromZero(fine / step) * step === coarse;
  };
}

/** The coarser rounding step of the two units in kroner, when they differ (the report says so); else null. */
export function roundingStep(oldUnit: Unit, newUnit: Unit): number | null {
  const [oldStep, newStep] = [newMoneyStep(oldUnit), newMoneyStep(newUnit)];
  return oldStep === newStep ? null : Math.max(oldStep, newStep);
}
