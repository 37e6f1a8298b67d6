/**
 * The plan settings a finance officer compares with the adopted plan besides the unit and the period (SPEC §3,
 * §14): Prisnivå, Økonomiplanversjon, Toleranse and Plannavn. A setting is compared only when both versions
 * state it: a version saved before its header held Toleranse or Plannavn says nothing of them, and the reader's
 * default set against the real value would report a change nobody made.
 */
import type { ComparedSetting, SettingChange } from '../model/changeSet';
import type { Settings } from '../model/plan';
import { SETTINGS } from '../model/settingsSchema';

/** The compared settings, in the settings table's order. */
const COMPARED: readonly ComparedSetting[] = SETTINGS.map((s) => s.key).filter(
  (k): k is ComparedSetting =>
    k === 'priceLevel' || k === 'economyPlanVersion' || k === 'tolerance' || k === 'planName',
);

const states = (s: Settings, key: ComparedSetting): boolean => s.stated === undefined || s.stated.includes(key);

/** The compared settings whose value differs between `before` and `after`, where both state them. */
export function compareSettings(before: Settings, after: Settings): SettingChange[] {
  return COMPARED.filter((key) => states(before, key) && states(after, key) && before[key] !== after[key]).map(
    (field): SettingChange => ({ field, old: before[field], new: after[field] }),
  );
}
