/** Small helpers shared by the reconcilers: per-year sums of measures and economy plan lines. */
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { EconomyPlanLine } from '../model/plan';

/** Sum per plan year (index) of the year arrays of some items; empty cells count as 0. */
export function sumYearsOf<T>(count: number, items: readonly T[], yearsOf: (item: T) => readonly (Kr | null)[]): Kr[] {
  // Made at its size: pushing into [] leaves room for 17 (measured: docs/performance.md).
  const sums = new Array<Kr>(count);
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      if (item !== undefined) sum += yearsOf(item)[i] ?? 0;
    }
    sums[i] = kr(sum);
  }
  return sums;
}

/**
 * Sum per plan year of some economy plan lines' amounts, null for a year whose cell is empty on every one of them
 * (SPEC §7: not given, which an item then says instead of a 0); 0 for every year when there are no lines.
 */
export function sumLineYears(count: number, lines: readonly EconomyPlanLine[]): (Kr | null)[] {
  const sums = sumYearsOf(count, lines, (l) => l.years);
  if (lines.length === 0) return sums;
  return sums.map((sum, i) => (lines.every((l) => l.years[i] === null) ? null : sum));
}

/** Sum of every year of a set of lines. */
export function sumAllYears(lines: readonly EconomyPlanLine[]): Kr {
  let total = 0;
  for (const l of lines) for (const y of l.years) total += y ?? 0;
  return kr(total);
}
