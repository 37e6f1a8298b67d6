/**
 * The bars of the cost chart: each year's operating cost split over the financing sources in proportion to
 * their totals. Largest-remainder keeps every bar's parts adding up to that year's cost.
 */
import { OPERATING_FINANCING, splitLargestRemainder, type OperatingTotals, type Years } from '../../domain';

export interface Bar {
  readonly year: number;
  readonly total: number;
  /** One part per source, in OPERATING_FINANCING order (integer kroner). */
  readonly parts: readonly number[];
}

export const CHART_SOURCES = OPERATING_FINANCING.map((s) => s.header);

export function buildBars(all: OperatingTotals, years: Years): Bar[] {
  const weights = OPERATING_FINANCING.map((s) => Math.abs(all.financing[s.json]));
  const anyWeight = weights.some((w) => w > 0);
  return years.map((year) => {
    const total = all.years[String(year)] ?? 0;
    // Without any financing the whole cost shows as unfinanced new money: that is what the plan asks for.
    const parts = anyWeight ? splitLargestRemainder(total, weights) : [0, 0, 0, total];
    return { year, total, parts };
  });
}
