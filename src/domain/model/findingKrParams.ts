/**
 * Which params of a finding hold kroner, to be shown in the workbook unit: KR_PARAMS lists them per code, and the
 * compiler holds it to FindingParams' types (a Kr param missing from it, or a listed one that is not Kr, is a
 * compile error).
 */
import type { Kr } from './money';
import type { FindingParams } from './findingParams';

/** The params of a code that are typed Kr (an optional one too). */
type KrParams<P> = { [K in keyof P]-?: NonNullable<P[K]> extends Kr ? K : never }[keyof P];

/** Every Kr param of P listed as true, and no other of its params. */
type KrTable<P> = { readonly [K in KrParams<P>]: true } & { readonly [K in Exclude<keyof P, KrParams<P>>]?: never };

/** Per finding code, the params that hold kroner (exactly those typed Kr in FindingParams). */
export const KR_PARAMS: { readonly [C in keyof FindingParams]: KrTable<FindingParams[C]> } = {
  'sheet-missing': {},
  'column-missing': {},
  'column-duplicate': {},
  'year-columns': {},
  'economy-plan-unused-year-columns': {},
  'setting-invalid': {},
  'setting-duplicate': {},
  'economy-period-unstated': {},
  'list-empty': {},
  'list-value-too-long': {},
  'frame-code-missing': {},
  'formula-overwritten': {},
  'table-empty': {},
  'economy-plan-year-empty': {},
  'row-below-table': {},
  'note-in-table': {},
  'economy-plan-line-invalid': {},
  'id-missing': {},
  'id-duplicate': {},
  'section-invalid': {},
  'priority-invalid': {},
  'priority-text': {},
  'priority-duplicate': {},
  'measure-missing': {},
  'status-invalid': {},
  'type-invalid': {},
  'purpose-invalid': {},
  'responsible-missing': {},
  'area-invalid': {},
  'frame-invalid': {},
  'amount-invalid': {},
  'priority-gap': {},
  'area-missing': {},
  'measure-too-long': {},
  'ref-unknown': {},
  'amount-precision': {},
  'amount-text': { read: true },
  'amount-placeholder': {},
  'costed-without-amounts': {},
  'amounts-without-costing': { amount: true },
  'financing-sum': { base: true, financing: true, difference: true },
  'financing-sign': { amount: true, base: true },
  'year-exceeds-full-year': { cost: true, fullYear: true },
  'full-year-not-reached': { last: true, fullYear: true },
  'one-off-full-year': { fullYear: true },
  'frame-missing': { newMoney: true },
  'new-money-rounded-to-zero': { newMoney: true },
  'investment-phasing': { budget: true, phased: true, difference: true },
  'investment-financing-sum': { budget: true, financing: true, difference: true },
  'vat-on-rental': { vat: true },
  'vat-share': { vat: true, budget: true, limit: true },
  'below-investment-threshold': { budget: true },
  'project-missing': {},
  'unit-suspect': { expected: true, actual: true, from: true, proposed: true, otherFrom: true, otherProposed: true },
};

/** Whether param `key` of a finding of `code` holds kroner (to be shown in the workbook unit). */
export function isKrParam(code: keyof FindingParams, key: string): boolean {
  return Object.hasOwn(KR_PARAMS[code], key);
}
