/** The check report (SPEC §12) and the languages it is rendered in. */
import type { FindingCode, Severity } from './finding';
import type { Unit } from './money';
import type { ReconciliationItem } from './reconciliation';
import type { Totals } from './totals';

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
}
