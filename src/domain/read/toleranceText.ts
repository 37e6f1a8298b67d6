/**
 * Toleranse (SPEC §3: an amount in Beløpsenhet) and its text (SPEC §7; docs/spec.md §7): a number is read in
 * Beløpsenhet; text is read as the number it shows, as an amount cell's text is, and said the same way — except text
 * that names kroner («500 kroner», «kr 500») in a plan of another unit, which is read in kroner. Toleranse widens
 * what the check lets pass: a finance officer writing «500 kroner» in a 1000 kr plan means 500 kr, and reading it
 * as 500 000 kr would pass differences 1000 times larger than she allowed, without a word. The legacy import reads
 * a kroner word as kroner too (docs/spec.md §11).
 */
import { makeFinding, type Finding } from '../model/finding';
import { limitToKr, type Kr, type Unit } from '../model/money';
import { namesKroner, parseNorwegianNumber } from '../model/norwegianNumber';
import { settingLabel } from '../model/settingsSchema';
import type { CellValue } from '../model/snapshot';

/** Whether a Toleranse cell's `v` is text naming kroner in a plan of `unit` other than kr: read in kroner. */
const inKroner = (v: CellValue, unit: Unit): v is string => typeof v === 'string' && unit !== 'kr' && namesKroner(v);

/** The Toleranse a Verdi cell holds in a plan of `unit` (in kroner when its text names them); null when none. */
export const toleranceIn =
  (unit: Unit) =>
  (v: CellValue): Kr | null => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNorwegianNumber(v) : null;
    if (n === null || !Number.isFinite(n) || n < 0 || n > 1e9) return null;
    return limitToKr(n, inKroner(v, unit) ? 'kr' : unit);
  };

/**
 * amount-text for a Toleranse `entry` typed as text that reads as an amount («1 000», «0,5»; `read`, null when it
 * does not), at its Verdi cell; `setting-kroner` with what was read when the text names kroner in a plan of `unit`
 * other than kr. Text that reads as none is setting-invalid instead (settings.ts).
 */
export function toleranceText(
  entry: { readonly value: CellValue; readonly cell: string } | undefined,
  read: Kr | null,
  sheet: string,
  unit: Unit,
): Finding[] {
  if (!entry || read === null || typeof entry.value !== 'string') return [];
  const column = settingLabel('tolerance');
  const params = inKroner(entry.value, unit)
    ? { column, value: entry.value, reason: 'setting-kroner' as const, read }
    : { column, value: entry.value, reason: 'setting' as const };
  return [makeFinding('amount-text', sheet, entry.cell, params)];
}
