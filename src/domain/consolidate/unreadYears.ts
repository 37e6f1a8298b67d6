/**
 * A consolidation beside a table whose year headers are not the period (SPEC §8 year-columns, §15): a plan's
 * Tiltak drift or the economy plan workbook's Økonomiplan. Its amounts of the years it has no column for were
 * never read, so no comparison is made with their 0 (as in one plan's check, reconcile/unreadYears.ts), and the
 * new money per year names those years as not read instead of showing 0.
 */
import { yearsWithoutColumn, type TableLayout } from '../model/plan';
import type { Consolidation, ConsolidationItem, YearPair } from '../model/consolidation';
import type { Kr } from '../model/money';

/**
 * The economy plan's years not shown as a figure in the new money per year: those not read (yearsWithoutColumn) and those
 * no line has an amount for yet (TableLayout.yearsEmpty, SPEC §7: empty is not 0).
 */
export function economyYearsUntyped(layout: TableLayout | null | undefined, years: readonly number[]): number[] {
  return unionOf([yearsWithoutColumn(layout, years), layout?.yearsEmpty]);
}

/** A year pair naming the years not read of either side (none: the pair as it is). */
export function pairOf(
  measures: readonly Kr[],
  economyPlan: readonly Kr[],
  notRead: { readonly measures: readonly number[]; readonly economyPlan: readonly number[] },
): YearPair {
  return {
    measures,
    economyPlan,
    ...(notRead.measures.length > 0 ? { measuresNotRead: notRead.measures } : {}),
    ...(notRead.economyPlan.length > 0 ? { economyPlanNotRead: notRead.economyPlan } : {}),
  };
}

/** The years any of the lists names, in order. */
export const unionOf = (lists: readonly (readonly number[] | undefined)[]): number[] =>
  [...new Set(lists.flatMap((l) => l ?? []))].sort((a, b) => a - b);

/**
 * The economy plan's table not read as the period (`notRead`: its years without a column): the items that compare or
 * quote its lines' amounts per year (frame-total, and the lines no plan claims) wait for its headers, as
 * economy-plan-line-unmatched does in one plan's check. Which plan a line belongs to (ambiguous, a Ramme line's Plan)
 * does not depend on them and is kept; the line's amount it quotes is that of the years read, so it names the others
 * (`yearsNotRead`), as a measure without line of a table not read as the period does.
 */
export function withoutEconomyYears(
  items: readonly ConsolidationItem[],
  notRead: readonly number[],
): ConsolidationItem[] {
  return items
    .filter((i) => i.code !== 'frame-total' && i.code !== 'economy-plan-line-unmatched')
    .map((i) =>
      i.code === 'economy-plan-line-ambiguous' || i.code === 'frame-line-plan' ? { ...i, yearsNotRead: notRead } : i,
    );
}

/**
 * What waits for year headers (Consolidation.heldBack), for the report not to say «none» of it: frames (a plan's
 * `frameHeld`, or the economy plan's table) and lines no plan claims; undefined when nothing waits.
 */
export function heldBackOf(
  all: readonly ConsolidationItem[],
  kept: readonly ConsolidationItem[],
  frameHeld: boolean,
): Consolidation['heldBack'] {
  const gone = (code: ConsolidationItem['code']) =>
    all.filter((i) => i.code === code).length > kept.filter((i) => i.code === code).length;
  const frames = frameHeld || gone('frame-total');
  const lines = gone('economy-plan-line-unmatched');
  return frames || lines ? { frames, lines } : undefined;
}
