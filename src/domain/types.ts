/**
 * The shared vocabulary of the domain core: snapshots in, plan and findings, report out.
 * Pure data types only; no behaviour lives here.
 */

import type { RECONCILIATION_CODES } from './schema';

/** Integer kroner. Every amount inside the core is one of these; convert at the edges only. */
export type Kr = number & { readonly __brand: 'Kr' };

/** A read-only record made writable: a scratch object one function refills and hands on (see its use). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An Excel error value (#REF!, #VALUE!, #N/A …) as read from a cell. */
export interface CellError {
  readonly error: string;
}

/** One cell's value as any workbook source delivers it. Dates arrive as numbers or ISO strings. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of one sheet, as plain arrays. `origin` is the A1 address of values[0][0]. */
export interface SheetSnapshot {
  readonly sheet: string;
  readonly origin: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text per cell (English names, starting with "="), or null/"" for constants. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged ranges in A1 notation, e.g. "C1:G1". */
  readonly merges?: readonly string[];
}

/** An Excel Table (ListObject) as the source knows it. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Full range including the header row, e.g. "A1:T12". */
  readonly ref: string;
}

/** A workbook-scoped defined name, e.g. lstSeksjoner → "Innstillinger!$A$2:$A$9". */
export interface NameInfo {
  readonly name: string;
  readonly ref: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableInfo[];
  readonly names?: readonly NameInfo[];
}

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'nb' | 'nn' | 'en';

export type Unit = 'kr' | '1000 kr' | 'mill kr';

export type FindingCode =
  // structure
  | 'sheet-missing'
  | 'column-missing'
  | 'column-duplicate'
  | 'year-columns'
  | 'setting-invalid'
  | 'list-empty'
  | 'formula-overwritten'
  | 'table-empty'
  // every measure row
  | 'id-missing'
  | 'id-duplicate'
  | 'section-invalid'
  | 'priority-invalid'
  | 'priority-duplicate'
  | 'measure-missing'
  | 'status-invalid'
  | 'responsible-missing'
  | 'area-invalid'
  | 'frame-invalid'
  | 'amount-invalid'
  | 'priority-gap'
  | 'area-missing'
  | 'ref-unknown'
  | 'amount-precision'
  | 'amount-text'
  | 'amount-placeholder'
  // status
  | 'costed-without-amounts'
  | 'amounts-without-costing'
  // operating
  | 'financing-sum'
  | 'financing-sign'
  | 'year-exceeds-full-year'
  | 'full-year-not-reached'
  | 'one-off-full-year'
  | 'frame-missing'
  // investment
  | 'investment-phasing'
  | 'investment-financing-sum'
  | 'vat-on-rental'
  | 'vat-share'
  | 'below-investment-threshold'
  | 'project-missing'
  // either
  | 'unit-suspect';

/** Values a message needs, e.g. { column: 'Prioritet', value: 3 }. Amounts are integer kroner. */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address without sheet name, e.g. "M7". */
  readonly cell: string;
  readonly measureId?: string;
  readonly params: FindingParams;
}

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
  /** Every header text in sheet order with its column letter (unknown columns included). */
  readonly headers: readonly { readonly text: string; readonly column: string }[];
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
  readonly ref: string;
  readonly measure: string;
  readonly costStatus: string;
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
  readonly kind: string;
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
  readonly purpose: string;
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
  readonly layouts: {
    readonly operating: TableLayout | null;
    readonly investment: TableLayout | null;
    readonly economyPlan: TableLayout | null;
  };
}

export interface ReadResult {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

// ---------- totals (SPEC §9, JSON per §12: year keys are strings, amounts integer kroner) ----------

export type YearAmounts = Readonly<Record<string, Kr>>;

export interface OperatingTotals {
  readonly years: YearAmounts;
  readonly period: Kr;
  readonly fullYear: Kr;
  readonly financing: { readonly joint: Kr; readonly reallocation: Kr; readonly other: Kr; readonly newMoney: Kr };
  readonly newMoneyByYear: YearAmounts;
}

export interface InvestmentTotals {
  readonly budget: Kr;
  readonly years: YearAmounts;
  readonly financing: {
    readonly vat: Kr;
    readonly grant: Kr;
    readonly sale: Kr;
    readonly loan: Kr;
    readonly operating: Kr;
    readonly fund: Kr;
  };
}

export interface Totals {
  readonly operating: {
    readonly all: OperatingTotals;
    readonly bySection: readonly (OperatingTotals & { readonly section: string })[];
    readonly byFrame: readonly {
      readonly frame: string;
      readonly newMoney: Kr;
      readonly newMoneyByYear: YearAmounts;
    }[];
    readonly byArea: readonly { readonly area: string; readonly years: YearAmounts; readonly period: Kr }[];
    readonly byResponsible: readonly {
      readonly responsible: string;
      readonly years: YearAmounts;
      readonly period: Kr;
    }[];
  };
  readonly investment: {
    readonly all: InvestmentTotals;
    readonly bySection: readonly (InvestmentTotals & { readonly section: string })[];
  };
  /** Both tables, every row, by Kostnadsstatus as typed ("" for empty). */
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Measures not Beregnet: shown on Sammendrag as the list of those not costed. */
  readonly notCosted: readonly { readonly id: string; readonly measure: string; readonly costStatus: string }[];
  /** Identity checks on costed rows: how many hold, and the IDs of those that fail. */
  readonly identity: {
    readonly operatingFinancing: { readonly ok: number; readonly failed: readonly string[] };
    readonly investmentFinancing: { readonly ok: number; readonly failed: readonly string[] };
  };
}

// ---------- reconciliation (SPEC §10) ----------

export type ReconciliationCode = (typeof RECONCILIATION_CODES)[number];

export type ReconciliationClass = 'match' | 'rounding' | 'mismatch' | 'timing' | 'unit-suspect' | 'sign' | 'not-costed';

/** One compared item. Fields that do not apply (measureId, source, year, a cell) are undefined, not absent. */
export interface ReconciliationItem {
  readonly code: ReconciliationCode;
  readonly class: ReconciliationClass;
  readonly severity: Severity;
  readonly ref: string;
  readonly measureId?: string;
  readonly source?: string;
  readonly year?: number;
  readonly measures: Kr;
  readonly economyPlan: Kr;
  readonly difference: Kr;
  /** "Sheet!A1" addresses of the compared cells, where there is one. */
  readonly cells: { readonly measures?: string; readonly economyPlan?: string };
}

// ---------- the report (SPEC §12) ----------

export interface ReportIssue {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly measureId?: string;
  readonly message: string;
}

export interface Report {
  readonly file: string;
  readonly plan: { readonly startYear: number; readonly years: readonly number[]; readonly unit: Unit };
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly issues: readonly ReportIssue[];
  readonly totals: Totals;
  readonly reconciliation: readonly ReconciliationItem[];
}

// ---------- content to write (template, example, import, rollover) ----------

/**
 * One table row to write, keyed by schema key (see schema.ts), amounts as numbers in the workbook unit
 * (exactly what a user would type), plus one value per plan year.
 */
export interface RowInput {
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly years: readonly (number | null)[];
}

/** Settings as typed in `tblInnstillinger` (tolerance in Beløpsenhet, not kroner). */
export interface SettingsInput {
  readonly startYear: number;
  readonly yearCount: number;
  readonly unit: Unit;
  readonly priceLevel: string;
  readonly economyPlanVersion: string;
  readonly tolerance: number;
}

/** Everything a canonical workbook holds: what `new --example`, import and rollover produce and the template writes. */
export interface PlanContent {
  readonly settings: SettingsInput;
  readonly lists: Lists;
  readonly operating: readonly RowInput[];
  readonly investment: readonly RowInput[];
  readonly economyPlan: readonly RowInput[];
  /** Items of tblHandlingsplan; absent = no such table. */
  readonly planItems?: readonly { readonly ref: string; readonly title: string }[];
}
