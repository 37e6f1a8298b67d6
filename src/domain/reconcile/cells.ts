/**
 * Small helpers shared by the reconcilers: "Sheet!A1" addresses and per-year sums of economy plan lines.
 */
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { EconomyPlanLine, Measure } from '../model/plan';

// "Sheet!J" per sheet and column letter, made once: a check names some 80 000 cells, and a template literal
// of sheet, "!", letter and row leaves three chained string pieces per address (108 bytes to keep, not 44).
const prefixes = new Map<string, Map<string, string>>();

function sheetColumn(sheet: string, letter: string): string {
  let bySheet = prefixes.get(sheet);
  if (!bySheet) prefixes.set(sheet, (bySheet = new Map()));
  let prefix = bySheet.get(letter);
  if (prefix === undefined) bySheet.set(letter, (prefix = `${sheet}!${letter}`));
  return prefix;
}

/** "Sheet!A1" of a cell key of a measure row or an economy plan line; undefined when the cell was absent. */
export function cellOf(owner: Measure | EconomyPlanLine | undefined, key: string): string | undefined {
  const letter = owner?.cellColumns[key];
  return owner && letter !== undefined ? sheetColumn(owner.sheet, letter) + String(owner.row) : undefined;
}

/** Sum per plan year (index) of the year arrays of some items; empty cells count as 0. */
export function sumYearsOf<T>(count: number, items: readonly T[], yearsOf: (item: T) => readonly (Kr | null)[]): Kr[] {
  const sums: Kr[] = [];
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (const item of items) sum += yearsOf(item)[i] ?? 0;
    sums.push(kr(sum));
  }
  return sums;
}

/** Sum of every year of a set of lines. */
export function sumAllYears(lines: readonly EconomyPlanLine[]): Kr {
  let total = 0;
  for (const l of lines) for (const y of l.years) total += y ?? 0;
  return kr(total);
}
