/**
 * Message keys of the finding catalogues: one per FindingCode, plus variants for codes whose text depends
 * on a param (`reason` or `side`), e.g. a missing section reads differently from an unknown one.
 */
import type { Finding, FindingCode } from '../domain';

export type FindingVariantKey =
  | 'sheet-missing.sheet-renamed'
  | 'sheet-missing.table-elsewhere'
  | 'column-missing.header-empty'
  | 'year-columns.none'
  | 'economy-plan-year-empty.all'
  | 'row-below-table.gap'
  | 'row-below-table.id'
  | 'column-missing.header-renamed'
  | 'column-missing.looks-like'
  | 'column-duplicate.alias'
  | 'column-missing.settings-header-empty'
  | 'column-missing.settings-header-renamed'
  | 'setting-invalid.missing'
  | 'setting-invalid.empty'
  | 'setting-invalid.decimal-point'
  | 'setting-invalid.unit'
  | 'economy-plan-line-invalid.part-missing'
  | 'economy-plan-line-invalid.part-unknown'
  | 'economy-plan-line-invalid.type-missing'
  | 'economy-plan-line-invalid.ramme-investment'
  | 'frame-invalid.economy-plan-line'
  | 'frame-invalid.measure-ref'
  | 'frame-missing.line-frame'
  | 'frame-missing.line-frames'
  | 'frame-missing.line-frame-invalid'
  | 'frame-missing.line-frames-invalid'
  | 'setting-duplicate.empty'
  | 'economy-period-unstated.columns'
  | 'economy-period-unstated.start'
  | 'economy-period-unstated.start-columns'
  | 'section-invalid.missing'
  | 'amount-invalid.uncalculated'
  | 'amount-invalid.decimal-point'
  | 'amount-invalid.too-large'
  | 'amount-text.setting'
  | 'amount-text.setting-kroner'
  /** amount-text of an amount cell whose text names kroner in a 1000 kr or mill kr plan (amountTextUnit.ts). */
  | 'amount-text.kroner'
  /** amount-invalid / Toleranse setting-invalid for a number with a unit word (amountUnitWord.ts): the plan's, another. */
  | 'amount-invalid.unit-typed'
  | 'amount-invalid.other-unit'
  | 'setting-invalid.unit-typed'
  | 'setting-invalid.other-unit'
  | 'priority-invalid.missing'
  | 'priority-invalid.decimal-point'
  | 'status-invalid.missing'
  | 'amounts-without-costing.missing'
  | 'financing-sign.zero-base'
  | 'amounts-without-costing.total-row'
  | 'id-missing.total-row'
  | 'status-invalid.total-row'
  | 'unit-suspect.base'
  /** formula-overwritten for a Sum periode that counts a column not a year and/or misses a year (read/periodSumSpan.ts). */
  | 'formula-overwritten.span-other'
  | 'formula-overwritten.span-missing'
  | 'formula-overwritten.span-other-missing'
  | 'formula-overwritten.span-twice'
  /** unit-suspect and unit-suspect.base in a kr workbook (findings.ts keyInUnit): no unit 1000 times smaller. */
  | 'unit-suspect.kr'
  | 'unit-suspect.base.kr'
  /** amount-precision in a mill kr workbook (findings.ts keyInUnit): no bigger unit it was likely typed in. */
  | 'amount-precision.mill'
  /** amount-precision in a kr workbook: whole kroner, typed in 1000 kr or mill kr perhaps, else rounded to kroner. */
  | 'amount-precision.kr'
  /** amount-precision.mill / .kr whose rounding would make a non-zero amount 0 (findings.ts roundsToZero). */
  | 'amount-precision.mill.zero'
  | 'amount-precision.kr.zero'
  /**
   * amount-precision said once for several fields of one row (groupedFindings.ts), in a 1000 kr, mill kr and kr
   * workbook: the form's list, Kontroll and the text and HTML reports.
   */
  | 'amount-precision.row'
  | 'amount-precision.row.mill'
  | 'amount-precision.row.kr'
  /** new-money-rounded-to-zero in a mill kr and a kr workbook (findings.ts keyInUnit): the step said in the unit. */
  | 'new-money-rounded-to-zero.mill'
  | 'new-money-rounded-to-zero.kr'
  /** below-investment-threshold in a kr workbook: the budget is in kroner, as the threshold is (no figure in the unit). */
  | 'below-investment-threshold.kr'
  /** Sentences added to a unit-suspect message: which reading the rest of the plan supports. */
  | 'unit-suspect.supports-base'
  | 'unit-suspect.supports-financing';

export type FindingKey = FindingCode | FindingVariantKey;

const VARIANTS: readonly FindingVariantKey[] = [
  'sheet-missing.sheet-renamed',
  'sheet-missing.table-elsewhere',
  'column-missing.header-empty',
  'year-columns.none',
  'economy-plan-year-empty.all',
  'row-below-table.gap',
  'row-below-table.id',
  'column-missing.header-renamed',
  'column-missing.looks-like',
  'column-duplicate.alias',
  'column-missing.settings-header-empty',
  'column-missing.settings-header-renamed',
  'setting-invalid.missing',
  'setting-invalid.empty',
  'setting-invalid.decimal-point',
  'setting-invalid.unit',
  'economy-plan-line-invalid.part-missing',
  'economy-plan-line-invalid.part-unknown',
  'economy-plan-line-invalid.type-missing',
  'economy-plan-line-invalid.ramme-investment',
  'frame-invalid.economy-plan-line',
  'frame-invalid.measure-ref',
  'frame-missing.line-frame',
  'frame-missing.line-frames',
  'frame-missing.line-frame-invalid',
  'frame-missing.line-frames-invalid',
  'setting-duplicate.empty',
  'economy-period-unstated.columns',
  'economy-period-unstated.start',
  'economy-period-unstated.start-columns',
  'section-invalid.missing',
  'amount-invalid.uncalculated',
  'amount-invalid.decimal-point',
  'amount-invalid.too-large',
  'amount-text.setting',
  'amount-text.setting-kroner',
  'amount-text.kroner',
  'amount-precision.mill.zero',
  'amount-precision.kr.zero',
  'amount-invalid.unit-typed',
  'amount-invalid.other-unit',
  'setting-invalid.unit-typed',
  'setting-invalid.other-unit',
  'priority-invalid.missing',
  'priority-invalid.decimal-point',
  'status-invalid.missing',
  'amounts-without-costing.missing',
  'financing-sign.zero-base',
  'amounts-without-costing.total-row',
  'id-missing.total-row',
  'status-invalid.total-row',
  'unit-suspect.base',
  'formula-overwritten.span-other',
  'formula-overwritten.span-missing',
  'formula-overwritten.span-other-missing',
  'formula-overwritten.span-twice',
];

/** The catalogue key of a finding: `<code>.<reason|side>` when such a variant exists, else the code. */
export function findingKey(f: Pick<Finding, 'code' | 'params'>): FindingKey {
  const variant = f.params.reason ?? f.params.side;
  const key = `${f.code}.${String(variant)}`;
  return (VARIANTS as readonly string[]).includes(key) ? (key as FindingVariantKey) : f.code;
}
