/**
 * Nye midler that vanishes in the rounding (SPEC §4, docs/spec.md §4 as built): a costed measure with Nye midler ≠ 0
 * and cost in the period whose new money per year, rounded to the unit's step (1 000 kr in 1000 kr and mill kr),
 * is 0 in every year — 0,0004 mill kr (400 kr) on a one-off of 0,12. Without a word it would leave new money per
 * year, Sammendrag's per-year blocks and the reconciliation (SPEC §10 compares new money per year), so the check
 * warns at the Nye midler cell.
 */
import { columnSpec, OPERATING_COLUMNS } from '../model/schema';
import { financingBase } from '../measures/financing';
import { measureNewMoney, newMoneyStep } from '../measures/newMoney';
import { amountOf, findingAt } from './cells';
import type { Finding } from '../model/finding';
import type { Unit } from '../model/money';
import type { OperatingMeasure } from '../model/plan';

const NEW_MONEY = columnSpec(OPERATING_COLUMNS, 'finNew').header;

/**
 * Whether some year's exact share |cost(y) × Nye midler / base| reaches a whole step: then that year's new money is
 * not 0 (apportion keeps every part within one step of its share), and the rounding need not be asked.
 */
function someYearReachesStep(m: OperatingMeasure, newMoney: number, base: number, step: number): boolean {
  const limit = Math.abs(base) * step;
  return m.years.some((y) => Math.abs((y ?? 0) * newMoney) >= limit);
}

/** Appends the warning to `out` when `m`'s Nye midler ≠ 0 comes to 0 in every plan year after rounding. */
export function checkNewMoneyRounded(m: OperatingMeasure, unit: Unit, out: Finding[]): void {
  const newMoney = amountOf(m.finNew);
  const base = financingBase(m);
  // No base: financing-sign (zero-base) tells it. No cost in the period: a measure that starts after it.
  if (newMoney === 0 || base === 0 || m.years.every((y) => (y ?? 0) === 0)) return;
  if (someYearReachesStep(m, newMoney, base, newMoneyStep(unit))) return;
  if (measureNewMoney(m, unit).some((x) => x !== 0)) return;
  out.push(findingAt(m, 'new-money-rounded-to-zero', 'finNew', { column: NEW_MONEY, newMoney }));
}
