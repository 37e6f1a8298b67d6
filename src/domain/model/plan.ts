/** The plan as the reader understood it (SPEC §2–§6): settings, lists, measures, economy plan lines, layouts. */
import type { Finding } from './finding';
import type { Choice, CostStatus, MeasureKind, Purpose } from './choices';
import type { Kr, Unit } from './money';

/** Which measure table a row belongs to. */
export type TableKind = 'operating' | 'investment';

export interface Settings {
  readonly startYear: number;
  readonly yearCount: number;
  readonly unit: Unit;
  readonly priceLevel: string;
  readonly economyPlanVersion: string;
  /** Tolerance per compared cell in reconciliation, already in kroner. */
  readonly tolerance: Kr;
  /** Plannavn (SPEC §3): names the thematic plan; empty when not given. */
  readonly planName: string;
  /**
   * The settings the workbook states — a row the reader found with a usable value — in SETTINGS order (their
   * keys are this type's fields, so SettingKey of settingsSchema.ts, not imported: that would close a circle); the
   * others hold their default. Absent for settings built in code, which state them all. A comparison goes only
   * by settings both sides state: a version saved before Toleranse or Plannavn had a row did not change them.
   */
  readonly stated?: readonly Exclude<keyof Settings, 'stated'>[];
}

/** The plan years, derived: startYear … startYear + yearCount − 1. */
export type Years = readonly number[];

/** Where each thing of a table was found, so findings and writers can name cells. */
export interface TableLayout {
  /** Table name if a real Excel table was found, else null. */
  readonly tableName: string | null;
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 1-based sheet rows of the data rows (the table body; empty rows included, so appends go after). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Column letter per schema key found ("years" is not a key here). */
  readonly columns: Readonly<Record<string, string>>;
  /** Column letter per plan year found, keyed by the year as a string. */
  readonly yearColumns: Readonly<Record<string, string>>;
  /**
   * Every header in sheet order with its column letter (unknown columns included): `text` trimmed, as the
   * reader matches it; `name` as typed, which an Excel table keeps as the column's name.
   */
  readonly headers: readonly { readonly text: string; readonly name: string; readonly column: string }[];
  /**
   * A column whose header is empty or Excel's "Column1", standing where the schema puts the one missing
   * column `key` (read/unnamedColumn.ts): repair writes the header there instead of adding a column.
   */
  readonly unnamed?: { readonly key: string; readonly column: string };
  /**
   * Columns of hers whose values are a missing schema column's (read/lookalikeColumn.ts: her «Status» holding cost
   * statuses): `key` the missing column, `column` her column's letter, `found` her header. Repair holds such a column
   * back rather than add it empty, and never writes over her header (docs/spec.md §11).
   */
  readonly lookalikes?: readonly { readonly key: string; readonly column: string; readonly found: string }[];
  /**
   * The year headers are not the plan period (year-columns): a year of the period has no column, or a column
   * heads a year outside it, so the amounts per year as read are not the ones the sheet shows (a Sum periode over
   * 2027–2030 beside years read as 2028–2031). The rules and comparisons that need them wait (yearsRead).
   */
  readonly yearsOff?: true;
  /**
   * The economy plan table only: the plan years with a column that no line has an amount for (every cell
   * empty, SPEC §7: not given — a year the economy plan has not got yet, as after a roll). Its comparisons of
   * those years wait for the figures (economy-plan-year-empty; yearWaits in yearTables.ts), never made with 0.
   */
  readonly yearsEmpty?: readonly number[];
  /**
   * A measure table only: the rows under it, outside it, that the check tells as lines of the table typed there
   * (row-below-table, read/rowBelow.ts). Add measure names such a row as that when it stands where the new row goes.
   */
  readonly rowsBelow?: readonly number[];
}

/**
 * Whether a table's amounts per year were read as the sheet means them (its year headers are the plan period):
 * when not, the rules that quote them (Sum periode as the base, a plan year, the phasing) and the reconciliation
 * items built from them are not evaluated, and the year-columns finding says they wait for the headers (SPEC §8).
 */
export const yearsRead = (layout: TableLayout | null): boolean => layout?.yearsOff !== true;

/**
 * The years of `years` (the plan period) a table has no column for, when its year headers are not the period
 * (yearsRead): their amounts were never read, so they are named as not read, never compared as 0. None when the
 * headers are the period, or when there is no table.
 */
export function yearsWithoutColumn(layout: TableLayout | null | undefined, years: readonly number[]): number[] {
  if (layout === undefined || layout === null || yearsRead(layout)) return [];
  return years.filter((y) => layout.yearColumns[String(y)] === undefined);
}

/** Fields shared by operating and investment measures. Amounts: null = cell empty (not given). */
export interface MeasureCommon {
  readonly table: TableKind;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly id: string;
  readonly section: string;
  /** null when the cell is empty or not a number; may be fractional or < 1 (the validator judges). */
  readonly priority: number | null;
  /**
   * Only when the Prioritet cell holds something that is not a number ("høy", TRUE, #REF!): its text, so that
   * priority-invalid quotes it instead of calling the priority missing. Absent otherwise.
   */
  readonly priorityText?: string;
  /**
   * Only when some text cell of the row (or Prioritet, with priorityText) holds a logical or an error value (TRUE,
   * #N/A), not text she typed: by schema key, for the findings that quote it to say so (`valueType`). Absent otherwise.
   */
  readonly valueTypes?: Readonly<Record<string, 'logical' | 'error'>>;
  readonly ref: string;
  readonly measure: string;
  /** Kostnadsstatus: a known status, or the text as typed. */
  readonly costStatus: Choice<CostStatus>;
  readonly responsible: string;
  readonly areas: readonly string[];
  readonly frame: string;
  readonly comment: string;
  /** One per plan year, in plan order. */
  readonly years: readonly (Kr | null)[];
  /**
   * Column letter per schema key found, and per plan year under "year:<yyyy>": the same object for every
   * row of the table. A cell's A1 address is its letter and `row` (cellAddress in rowCells.ts).
   */
  readonly cellColumns: Readonly<Record<string, string>>;
  /** Keys (schema keys or "year:<yyyy>") whose cell held an invalid amount (counted as 0). */
  readonly invalid: readonly string[];
}

export interface OperatingMeasure extends MeasureCommon {
  readonly table: 'operating';
  /** Type (SPEC §4: Varig when empty): a known kind, or the text as typed. */
  readonly kind: Choice<MeasureKind>;
  /** The value of the Sum periode cell as read (null if empty); the checker uses Σ years. */
  readonly periodSum: Kr | null;
  readonly fullYear: Kr | null;
  readonly finJoint: Kr | null;
  readonly finReallocation: Kr | null;
  readonly finOther: Kr | null;
  readonly finNew: Kr | null;
}

export interface InvestmentMeasure extends MeasureCommon {
  readonly table: 'investment';
  readonly project: string;
  /** Formål: a known purpose, or the text as typed. */
  readonly purpose: Choice<Purpose>;
  readonly budget: Kr | null;
  readonly before: Kr | null;
  readonly after: Kr | null;
  readonly finVat: Kr | null;
  readonly finGrant: Kr | null;
  readonly finSale: Kr | null;
  readonly finLoan: Kr | null;
  readonly finOperating: Kr | null;
  readonly finFund: Kr | null;
}

export type Measure = OperatingMeasure | InvestmentMeasure;

export type EconomyPlanPart = 'Drift' | 'Investering';
export type EconomyPlanLineType = 'Tiltak' | 'Ramme' | 'Finansiering';

export interface EconomyPlanLine {
  readonly sheet: string;
  readonly row: number;
  /** As typed; the reconciler matches only the known values. */
  readonly part: string;
  readonly lineType: string;
  readonly ref: string;
  readonly frame: string;
  /** One of the six investment financing headers (e.g. "Tilskudd") for Finansiering lines. */
  readonly source: string;
  readonly description: string;
  readonly years: readonly (Kr | null)[];
  /** The Plannavn of the plan the line belongs to (SPEC §15); empty = any plan. */
  readonly plan: string;
  /** Only when a text cell of the line holds a logical or an error value (TRUE, #N/A): as MeasureCommon.valueTypes. */
  readonly valueTypes?: Readonly<Record<string, 'logical' | 'error'>>;
  /** Column letter per schema key and plan year ("year:<yyyy>"), shared by the table's rows (see MeasureCommon). */
  readonly cellColumns: Readonly<Record<string, string>>;
}

export interface Lists {
  readonly sections: readonly string[];
  readonly areas: readonly string[];
  /** Frame codes with their names. */
  readonly frames: readonly { readonly code: string; readonly name: string }[];
  readonly responsibles: readonly string[];
}

/** Everything the reader understood of a workbook. */
export interface Plan {
  readonly settings: Settings;
  readonly years: Years;
  readonly lists: Lists;
  readonly operating: readonly OperatingMeasure[];
  readonly investment: readonly InvestmentMeasure[];
  readonly economyPlan: readonly EconomyPlanLine[];
  /** Refs of tblHandlingsplan, or null when that table does not exist. */
  readonly planRefs: readonly string[] | null;
  /**
   * Measure IDs on the workbook's saved versions and roll archives, as far as the source read them (read/versionIds.ts),
   * and on lines typed right under a measure table (read/rowBelow.ts idsBelow): handed out before, so never handed
   * out again (SPEC §4). Absent: none known.
   */
  readonly versionIds?: readonly string[];
  readonly layouts: {
    readonly operating: TableLayout | null;
    readonly investment: TableLayout | null;
    readonly economyPlan: TableLayout | null;
  };
}

/**
 * Whether the workbook the plan was read from holds a measure table at all: one without either (the wrong file,
 * the economy plan alone, an old plan typed by hand) is no plan — check writes nothing into it, roll and compare
 * refuse it, a consolidation leaves it out (`not-a-plan`). The one place that knows whether a workbook is a plan.
 */
export const hasMeasureTable = (plan: Plan): boolean =>
  plan.layouts.operating !== null || plan.layouts.investment !== null;

export interface ReadResult {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}
