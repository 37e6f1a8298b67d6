/**
 * Toleranse typed as text (SPEC §3, §7; docs/spec.md §7): read as the number it shows, as an amount cell's text is,
 * and said the same way.
 */
import { makeFinding, type Finding } from '../model/finding';
import { settingLabel } from '../model/settingsSchema';
import type { Kr } from '../model/money';
import type { CellValue } from '../model/snapshot';

/**
 * amount-text for a Toleranse `entry` typed as text that reads as an amount («1 000», «0,5»; `read`, null when it
 * does not), at its Verdi cell. Text that reads as none is setting-invalid instead (settings.ts).
 */
export function toleranceText(
  entry: { readonly value: CellValue; readonly cell: string } | undefined,
  read: Kr | null,
  sheet: string,
): Finding[] {
  if (!entry || read === null || typeof entry.value !== 'string') return [];
  const params = { column: settingLabel('tolerance'), value: entry.value, reason: 'setting' as const };
  return [makeFinding('amount-text', sheet, entry.cell, params)];
}
