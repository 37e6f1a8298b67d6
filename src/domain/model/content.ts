/** Content to write (template, example, import, rollover): a canonical workbook's settings, lists and rows. */
import type { Lists } from './plan';
import type { Unit } from './money';
import type { CellInput } from './edits';

/**
 * One table row to write, keyed by schema key (see schema.ts), amounts as numbers in the workbook unit
 * (exactly what a user would type), plus one value per plan year.
 */
export interface RowInput {
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly years: readonly (number | null)[];
  /** Year cells written as this text instead of their number (a roll keeps a "----" as typed); index as `years`. */
  readonly yearTexts?: readonly (string | undefined)[];
}

/** Settings as typed in `tblInnstillinger` (tolerance in Beløpsenhet, not kroner). */
export interface SettingsInput {
  readonly startYear: number;
  readonly yearCount: number;
  readonly unit: Unit;
  readonly priceLevel: string;
  readonly economyPlanVersion: string;
  readonly tolerance: number;
  readonly planName: string;
}

/** Everything a canonical workbook holds: what `new --example`, import and rollover produce and the template writes. */
export interface PlanContent {
  readonly settings: SettingsInput;
  readonly lists: Lists;
  readonly operating: readonly RowInput[];
  readonly investment: readonly RowInput[];
  readonly economyPlan: readonly RowInput[];
  /** The user's own rows of tblInnstillinger ([Innstilling, Verdi]), below the settings (a roll carries them). */
  readonly userSettingRows?: readonly (readonly CellInput[])[];
  /** Items of tblHandlingsplan; absent = no such table. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
}
