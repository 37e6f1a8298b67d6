/**
 * An investment whose one change is Tidligere bevilget, grown by exactly its expenditure in the years that left
 * the period (docs/spec.md §14, the product's choice). A roll moves each investment's first-year expenditure
 * there (SPEC §11): the money is the same, booked as granted before the period, and a reader looking for what
 * changed since the adopted plan must not take it for a new grant. The reports list it apart.
 */
import type { FieldChange } from '../model/changeSet';
import { kr } from '../model/money';
import type { Measure } from '../model/plan';
import { exactly, type SameAmount } from './amounts';

/**
 * Whether `changes` (of `old` → `now`) are Tidligere bevilget alone — beside the amounts of the years that left,
 * which only the older version holds (oneSided.ts: the money booked) — grown by `old`'s amounts in its years before
 * `newStart` (the newer period's first year), and those are not all 0; a "?" on either side is no such sum. The
 * grown amount is the same as the newer one as `same` says (amounts.ts): between a kr and a 1000 kr version, the
 * booking rounded to 1 000 kr is the booking.
 */
export function carriedBefore(
  old: Measure,
  now: Measure,
  changes: readonly FieldChange[],
  oldYears: readonly number[],
  newStart: number | undefined,
  same: SameAmount = exactly,
): boolean {
  const compared = changes.filter((x) => !(x.onlyIn === 'old' && newStart !== undefined && (x.year ?? 0) < newStart));
  const [c] = compared;
  if (compared.length !== 1 || c?.field !== 'before' || c.oldText !== undefined || c.newText !== undefined)
    return false;
  if (old.table !== 'investment' || now.table !== 'investment' || newStart === undefined) return false;
  let left = 0;
  for (let i = 0; i < oldYears.length && (oldYears[i] as number) < newStart; i++) left += old.years[i] ?? 0;
  return left !== 0 && same(kr(((c.old as number | null) ?? 0) + left), kr((c.new as number | null) ?? 0));
}
