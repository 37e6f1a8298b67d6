/**
 * Two versions given in the wrong order (docs/spec.md §14, the product's choice): `compare OLD NEW` reads the first
 * as the older version, and a user who swaps them gets every addition as a removal, every increase as a cut, and no
 * word of it. The product can tell two things. The plan period: a roll moves it one year on (SPEC §11), so an «older»
 * version whose Første planår is later than the newer's is most likely the newer one. And when the periods start
 * in the same year, the saved versions' dates (SPEC §14: a version's header holds its date): a saved version is of
 * its date, and a workbook is at least as new as the newest version it holds, so an «older» side whose date is
 * later than the newer side's is most likely the newer one. Either is only a warning: the comparison is made as
 * given.
 */
import type { VersionInfo } from '../model/version';

/** What a side tells of its age: its plan's first year, and the date it is known to be at least as new as. */
export interface SideAge {
  readonly startYear: number;
  /** A saved version's date, or the newest date of the versions a workbook holds (ISO yyyy-mm-dd); null: none. */
  readonly date: string | null;
}

/** Why the older side looks the newer: a later first plan year, or a later date. */
export type OrderDoubt =
  | { readonly kind: 'period'; readonly old: number; readonly new: number }
  | { readonly kind: 'date'; readonly old: string; readonly new: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The newest date of `versions` (those with an ISO date), or null when none has one. */
export function newestVersionDate(versions: readonly Pick<VersionInfo, 'date'>[]): string | null {
  const dates = versions.map((v) => v.date.trim()).filter((d) => ISO_DATE.test(d));
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

/** Why `older` looks newer than `newer`, or null when nothing says so. */
export function orderDoubt(older: SideAge, newer: SideAge): OrderDoubt | null {
  if (older.startYear > newer.startYear) return { kind: 'period', old: older.startYear, new: newer.startYear };
  if (older.startYear < newer.startYear || older.date === null || newer.date === null) return null;
  return older.date > newer.date ? { kind: 'date', old: older.date, new: newer.date } : null;
}
