/**
 * Small helpers shared by the reconcilers: "Sheet!A1" addresses and per-year sums of economy plan lines.
 */
import { kr } from './money';
import type { EconomyPlanLine, Kr, Measure } from './types';

/** "Sheet!A1" of a cell key of a measure row or an economy plan line; undefined when the cell was absent. */
export function cellOf(owner: Measure | EconomyPlanLine | undefined, key: string): string | undefined {
  const cell = owner?.cells[key];
  return owner && cell ? `${owner.sheet}!${cell}` : undefined;
}

/** The cell key of a plan year. */
export const yearKey = (year: number): string => `year:${year}`;

/** Sum per plan year (index) of a set of year arrays; empty cells count as 0. */
export function sumByYear(count: number, rows: readonly (readonly (Kr | null)[])[]): Kr[] {
  return Array.from({ length: count }, (_, i) => kr(rows.reduce((a, r) => a + (r[i] ?? 0), 0)));
}

/** Sum of every year of a set of lines. */
export function sumAllYears(lines: readonly EconomyPlanLine[]): Kr {
  return kr(lines.reduce((a, l) => a + l.years.reduce<number>((b, y) => b + (y ?? 0), 0), 0));
}
