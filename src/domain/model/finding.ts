/**
 * Findings (SPEC §8): the codes, their severities, and how a finding is built. The severity always comes
 * from the table below, never from the caller. Each code's params are declared in findingParams.ts.
 */
import type { FindingParams } from './findingParams';

export type Severity = 'error' | 'warning' | 'info';

/** The finding codes of SPEC §8: the keys of FindingParams, which declares each one's params. */
export type FindingCode = keyof FindingParams;

/**
 * A finding's params as a message reads them, e.g. { column: 'Prioritet', value: 3 }: FindingParams says
 * which each code has, and which of them are kroner.
 */
export type ParamValues = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address without sheet name, e.g. "M7". */
  readonly cell: string;
  readonly measureId?: string;
  readonly params: ParamValues;
}

/** Severity of every finding code (SPEC §8). */
export const SEVERITY = {
  'sheet-missing': 'error',
  'column-missing': 'error',
  'column-duplicate': 'error',
  'year-columns': 'error',
  'economy-plan-unused-year-columns': 'info',
  'setting-invalid': 'error',
  'setting-duplicate': 'error',
  'economy-period-unstated': 'warning',
  'list-empty': 'warning',
  'list-value-too-long': 'error',
  'frame-code-missing': 'warning',
  'formula-overwritten': 'warning',
  'table-empty': 'info',
  'economy-plan-year-empty': 'warning',
  'row-below-table': 'warning',
  'note-in-table': 'warning',
  'economy-plan-line-invalid': 'warning',
  'id-missing': 'error',
  'id-duplicate': 'error',
  'section-invalid': 'error',
  'priority-invalid': 'error',
  'priority-duplicate': 'error',
  'measure-missing': 'error',
  'status-invalid': 'error',
  'type-invalid': 'error',
  'purpose-invalid': 'error',
  'responsible-missing': 'error',
  'area-invalid': 'error',
  'frame-invalid': 'error',
  'amount-invalid': 'error',
  'priority-gap': 'warning',
  'priority-text': 'warning',
  'area-missing': 'warning',
  'measure-too-long': 'warning',
  'ref-unknown': 'warning',
  'amount-precision': 'warning',
  'amount-text': 'warning',
  'amount-placeholder': 'info',
  'costed-without-amounts': 'error',
  'amounts-without-costing': 'error',
  'financing-sum': 'error',
  'financing-sign': 'error',
  'year-exceeds-full-year': 'error',
  'full-year-not-reached': 'warning',
  'one-off-full-year': 'error',
  'frame-missing': 'error',
  'new-money-rounded-to-zero': 'warning',
  'investment-phasing': 'error',
  'investment-financing-sum': 'error',
  'vat-on-rental': 'error',
  'vat-share': 'error',
  'below-investment-threshold': 'warning',
  'project-missing': 'error',
  'unit-suspect': 'error',
} as const satisfies Record<FindingCode, Severity>;

/** A finding at a sheet cell (A1, no sheet prefix), with the measure ID when there is one. */
export function makeFinding<C extends FindingCode>(
  code: C,
  sheet: string,
  cell: string,
  params: FindingParams[C],
  measureId?: string,
): Finding {
  // Spelled out rather than `{ ...base, measureId }`: V8 copies a spread followed by more keys slowly.
  const severity = SEVERITY[code];
  return measureId ? { code, severity, sheet, cell, params, measureId } : { code, severity, sheet, cell, params };
}
