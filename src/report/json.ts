/**
 * `check --format json` (SPEC §12): one document per file, amounts in integer kroner, year keys as strings.
 * ReportJson declares the document; jsonReport picks exactly its fields from the report, so that what the
 * core keeps beside them (the list of measures not costed, the identity checks) stays out of the contract.
 */
import type {
  FindingCode,
  InvestmentTotals,
  Kr,
  OperatingTotals,
  ReconciliationClass,
  ReconciliationCode,
  Report,
  Severity,
  Unit,
  YearAmounts,
} from '../domain';

/** One finding of the document (SPEC §8, §12); measureId only when the finding has one. */
export interface IssueJson {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly measureId?: string;
  readonly message: string;
}

/** The totals of SPEC §9 as §12 shows them. */
export interface TotalsJson {
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
  /** Measures of both tables per Kostnadsstatus as typed. */
  readonly statusCounts: Readonly<Record<string, number>>;
}

/** One compared item (SPEC §10); measureId, source, year and a cell only where they apply. */
export interface ReconciliationItemJson {
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
  readonly cells: { readonly measures?: string; readonly economyPlan?: string };
}

/** The JSON document of one checked file (SPEC §12). */
export interface ReportJson {
  readonly file: string;
  readonly plan: { readonly startYear: number; readonly years: readonly number[]; readonly unit: Unit };
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly issues: readonly IssueJson[];
  readonly totals: TotalsJson;
  readonly reconciliation: readonly ReconciliationItemJson[];
}

/**
 * The JSON document of one report. Issues and reconciliation items are plain records of exactly the
 * document's fields (undefined ones are dropped by JSON.stringify), so they go in as they are.
 */
export function jsonReport(r: Report): ReportJson {
  const { operating, investment, statusCounts } = r.totals;
  return {
    file: r.file,
    plan: { startYear: r.plan.startYear, years: r.plan.years, unit: r.plan.unit },
    summary: { errors: r.summary.errors, warnings: r.summary.warnings, infos: r.summary.infos },
    issues: r.issues,
    totals: { operating, investment, statusCounts },
    reconciliation: r.reconciliation,
  };
}

/** One document for one file, an array for several (SPEC §12), pretty-printed with a final newline. */
export function renderJson(reports: readonly Report[], several: boolean): string {
  const value = several ? reports.map(jsonReport) : jsonReport(reports[0] as Report);
  return `${JSON.stringify(value, null, 2)}\n`;
}
