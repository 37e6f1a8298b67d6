/** The check report (SPEC §12) and the languages it is rendered in. */
import type { FindingCode, Severity } from './finding';
import type { Unit } from './money';
import type { ReconciliationItem } from './reconciliation';
import type { Totals } from './totals';
import type { YearTable } from './yearTables';

export type Lang = 'nb' | 'nn' | 'en';

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
  /**
   * The tables the reconciliation read whose year headers are not the period (model/yearTables.ts `tablesHeld`): the
   * items reading their amounts per year were left out and wait for the headers. In a consolidation the economy plan
   * workbook's table counts, not the plan's own (SPEC §15). Absent when none, or when nothing was reconciled.
   */
  readonly yearsHeld?: readonly YearTable[];
  /**
   * A project-financing comparison was left out: it adds up every plan year, and the economy plan has no amount for
   * one yet (economy-plan-year-empty). The reports say the financing waits only then. Absent otherwise.
   */
  readonly financingWaits?: true;
}
