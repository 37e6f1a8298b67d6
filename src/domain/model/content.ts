/** Content to write (template, example, import, rollover): a canonical workbook's settings, lists and rows. */
import type { Lists } from './plan';
import type { Unit } from './money';
import type { CellInput } from './edits';
import type { SettingKey } from './settingsSchema';

/**
 * One table row to write, keyed by schema key (see schema.ts), amounts as numbers in the workbook unit
 * (exactly what a user would type), plus one value per plan year.
 */
export interface RowInput {
  /** A logical value (TRUE) only where a roll keeps one typed in an amount cell (read/typedTexts.ts keptAmounts). */
  readonly values: Readonly<Record<string, string | number | boolean | null>>;
  readonly years: readonly (number | null)[];
  /**
   * Year cells written as this text instead of their number (a roll keeps a "----" as typed), or as the logical
   * value she had there (TRUE); index as `years`.
   */
  readonly yearTexts?: readonly (string | boolean | undefined)[];
  /** Cells of the user's own columns after the product's (a roll carries them), aligned with the table's userColumns. */
  readonly extra?: readonly CellInput[];
  /** Number formats of the `extra` cells that have one (a date's dd.mm.yyyy), else null; aligned with `extra`. */
  readonly extraFormats?: readonly (string | null)[];
}

/** Headers of the user's own columns of each table, after the product's columns (a roll carries them). */
export interface UserTableHeaders {
  readonly operating?: readonly string[];
  readonly investment?: readonly string[];
  readonly economyPlan?: readonly string[];
}

/**
 * The calculated columns of the user's that a rolled table keeps (sheets/userCalculated.ts): per table, per header of
 * UserTableHeaders, the this-row formula every body cell holds (the file's spelling, naming the product's table), or
 * null for a column carried as values.
 */
export interface UserTableFormulas {
  readonly operating?: readonly (string | null)[];
  readonly investment?: readonly (string | null)[];
  readonly economyPlan?: readonly (string | null)[];
}

/** The user's columns of tblInnstillinger, after Innstilling and Verdi (a roll carries them). */
export interface SettingColumns {
  /** Their headers, in the order they stood, each a name the table can have (rollover/settingRows.ts). */
  readonly headers: readonly string[];
  /** Their cells on the row of each product setting (the first row naming it), aligned with `headers`. */
  readonly bySetting: Readonly<Partial<Record<SettingKey, readonly CellInput[]>>>;
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
  /** The user's own rows of tblInnstillinger ([Innstilling, Verdi, …userSettingColumns]), below the settings. */
  readonly userSettingRows?: readonly (readonly CellInput[])[];
  /** The user's own columns of tblInnstillinger, after Verdi (a roll carries them). */
  readonly userSettingColumns?: SettingColumns;
  /** The user's own columns of the measure and economy plan tables; each row's cells are its `extra`. */
  readonly userColumns?: UserTableHeaders;
  /** Which of those columns stay calculated columns, with their formula (a roll keeps them). */
  readonly userFormulas?: UserTableFormulas;
  /** Items of tblHandlingsplan; absent = no such table. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
}
