/**
 * The plan years of a measure table cut into runs whose columns stand side by side in period order (SPEC §2: column
 * order is free). The table the product lays out has one run, 2027–2030, and Sum periode sums it as one span; when
 * she drags a column of her own between two years, or a year out of order, a span from the first year to the last
 * would count her column or miss a year, so Sum periode sums each run instead (sheets/formulas.ts).
 */
import { columnNumber } from '../model/a1';
import type { TableLayout, Years } from '../model/plan';

/** The runs of `years` in period order, each a list of years in adjacent columns; null when a year has no column. */
export function yearRuns(layout: Pick<TableLayout, 'yearColumns'>, years: Years): number[][] | null {
  const runs: number[][] = [];
  let previous = -1;
  for (const year of years) {
    const letter = layout.yearColumns[String(year)];
    if (!letter) return null;
    const column = columnNumber(letter);
    const run = runs[runs.length - 1];
    if (run && column === previous + 1) run.push(year);
    else runs.push([year]);
    previous = column;
  }
  return runs;
}
