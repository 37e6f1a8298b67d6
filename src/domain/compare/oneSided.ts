/**
 * Amounts in a year only one version holds (SPEC §14: «years present on one side only are listed as such»): after a
 * roll the adopted plan's first year (2027) and the rolled plan's new last year (2031), or a year column one version
 * has and the other not. A measure or an economy plan line found in both versions lists its amount there with the
 * other side null («–» in text, HTML and the pane), marked `onlyIn`: no comparison, so no difference, no rounding,
 * and neither a renumbering nor a roll's booking is told apart by it. The reports list these apart from the real changes.
 */
import type { FieldChange } from '../model/changeSet';
import { YEARS } from '../model/schema';

/** A calendar year only one version holds, with its place in that version's years. */
export interface OneSidedYear {
  readonly year: number;
  readonly onlyIn: 'old' | 'new';
  readonly at: number;
}

/** The years of `before` that `after` does not hold and the other way round, in calendar order. */
export function oneSidedYears(before: readonly number[], after: readonly number[]): OneSidedYear[] {
  const only = (years: readonly number[], other: readonly number[], onlyIn: OneSidedYear['onlyIn']) =>
    years.flatMap((year, at) => (other.includes(year) ? [] : [{ year, onlyIn, at }]));
  return [...only(before, after, 'old'), ...only(after, before, 'new')].sort((a, b) => a.year - b.year);
}

/**
 * `common` (the years both versions hold) and `oneSided`, in calendar order: the years a measure or an economy plan
 * line found in both versions is compared in (fields.ts). `common` itself when there is no year of one side only.
 */
export function withOneSided<T extends { readonly year: number }>(
  common: readonly T[],
  oneSided: readonly OneSidedYear[] | undefined,
): readonly (T | OneSidedYear)[] {
  return oneSided?.length ? [...common, ...oneSided].sort((a, b) => a.year - b.year) : common;
}

/**
 * The amount of `row` (the version holding the year) in year `y`, as a change with the other side null; null unless
 * it is an amount ≠ 0. An empty cell gives nothing (SPEC §7: not given), nor a 0 or a text that is no amount ("?",
 * `text`): the other version has no column for the year, so there is no money either way — as with a column one
 * table lacks (fields.ts) — and a roll writes 0 or «?» in every row's new last year (SPEC §11), no change of the
 * planner's.
 */
export function oneSidedChange(
  y: OneSidedYear,
  row: { readonly years: readonly (number | null)[] },
  text: string | undefined,
): FieldChange | null {
  const v = row.years[y.at] ?? null;
  if (v === null || v === 0 || text !== undefined) return null;
  const [old, now] = y.onlyIn === 'old' ? [v, null] : [null, v];
  return { field: YEARS.key, year: y.year, old, new: now, onlyIn: y.onlyIn };
}

/** Whether a change is an amount in a year one version only holds (oneSidedChange), not two amounts compared. */
export const isOneSided = (c: FieldChange): boolean => c.onlyIn !== undefined;

/** The changes that compare the two versions (all but those of oneSidedChange). */
export const comparedChanges = (changes: readonly FieldChange[]): readonly FieldChange[] =>
  changes.some(isOneSided) ? changes.filter((c) => !isOneSided(c)) : changes;
