/**
 * A finished one-off among the measures removed (SPEC §11, §14): a roll forward takes out of the tables an
 * Engangs measure whose cost lay only in the year that left. The comparison would list it as removed, and a
 * reader takes that for a measure dropped from the plan while it is done. So a removed measure is finished when
 * it is an Engangs operating measure with money in a year before the newer period and no cost in any year from
 * the newer period's first on: every such year empty or 0 (a dash "----" is 0, SPEC §7), none a "?" (a cost not
 * yet known, which the roll keeps too). Its money lies only in years outside the overlap, so the totals are the
 * same whichever list it is in.
 */
import type { Finding } from '../model/finding';
import type { Measure } from '../model/plan';
import { isDashOnly } from '../model/dashOnly';
import { sheetAddress, yearKey } from '../read/rowCells';
import { typedTexts } from '../read/typedTexts';

/** Whether `m`, found in the older version only, is an Engangs measure done before `newYears` begins. */
export type IsFinished = (m: Measure) => boolean;

/**
 * The test for the older version's measures: `oldYears` its period, `newYears` the newer version's, `findings`
 * the older version's reader findings (for the "?" typed in an amount cell, which reads as 0 with a finding).
 */
export function finishedOneOff(
  oldYears: readonly number[],
  newYears: readonly number[],
  findings: readonly Finding[],
): IsFinished {
  const start = newYears[0];
  const typed = typedTexts(findings);
  // A text kept in an amount cell that is no dash: a "?", a cost not yet known (as the roll reads it).
  const unknown = (m: Measure, year: number): boolean => {
    const text = typed.get(sheetAddress(m, yearKey(year)) ?? '');
    return text !== undefined && !isDashOnly(text);
  };
  return (m) => {
    if (start === undefined || m.table !== 'operating' || m.kind !== 'Engangs') return false;
    let money = false;
    for (let i = 0; i < oldYears.length; i++) {
      const year = oldYears[i] as number;
      const value = m.years[i] ?? null;
      if (year < start) money ||= value !== null && value !== 0;
      else if ((value !== null && value !== 0) || unknown(m, year)) return false;
    }
    return money;
  };
}
