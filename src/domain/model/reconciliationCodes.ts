/**
 * The vocabulary of a reconciliation item (SPEC §10): its codes in the order of the report, the finding codes that
 * make a row's figures untrusted, its classes, and the severity a code and class give it.
 */
import type { FindingCode, Severity } from './finding';

/** The reconciliation codes of SPEC §10, in the order of its table (the report's order). */
export const RECONCILIATION_CODES = [
  'measure-new-money',
  'measure-not-in-economy-plan',
  'economy-plan-line-unmatched',
  'frame-total',
  'project-expenditure',
  'project-financing',
] as const;

/**
 * Codes whose finding means a row's figures are not to be trusted as typed (SPEC §4: such rows count, and are named
 * in their items' explanations): the errors about its amounts. Its sums do not hold, an amount is not a number and
 * counts as 0, a financing column has the wrong sign or cannot be shared over the years (a base of 0: the years get
 * 0 while Sammendrag counts Nye midler), a year exceeds the full-year effect, an Engangs measure has one (its base is
 * then the wrong figure), Beregnet without amounts, a Mva-kompensasjon not allowed. Errors that change no figure (ID,
 * Seksjon, Prioritet, Tiltak, Ansvarlig, areas, Type, status) are not about what an item compares; a missing or
 * unknown Rammeområde has its own sentence (frameless).
 */
export const ROW_ERROR_CODES = [
  'financing-sum',
  'financing-sign',
  'year-exceeds-full-year',
  'one-off-full-year',
  'costed-without-amounts',
  'investment-phasing',
  'investment-financing-sum',
  'vat-on-rental',
  'vat-share',
  'unit-suspect',
  'amount-invalid',
] as const satisfies readonly FindingCode[];

export type ReconciliationCode = (typeof RECONCILIATION_CODES)[number];

export type ReconciliationClass = 'match' | 'rounding' | 'mismatch' | 'timing' | 'unit-suspect' | 'sign' | 'not-costed';

const CLASS_SEVERITY: Readonly<Record<ReconciliationClass, Severity>> = {
  mismatch: 'error',
  'unit-suspect': 'error',
  sign: 'error',
  timing: 'warning',
  'not-costed': 'warning',
  match: 'info',
  rounding: 'info',
};

/** Severity of an item: by code for the two codes that are findings in themselves, otherwise by class. */
export function severityFor(code: string, cls: ReconciliationClass): Severity {
  if (code === 'measure-not-in-economy-plan') return 'error';
  if (code === 'economy-plan-line-unmatched') return 'warning';
  return CLASS_SEVERITY[cls];
}
