/**
 * The sums a measure's financing is checked against (SPEC §4, §5): the operating financing base and the
 * sums of a row's financing columns. The validator's identities and the totals' identity counts both use them.
 */
import { kr, sumKr, type Kr } from '../model/money';
import { INVESTMENT_FINANCING, OPERATING_FINANCING } from '../model/schema';
import type { InvestmentMeasure, OperatingMeasure } from '../model/plan';

/** The financing base of SPEC §4: Helårsvirkning when it is not 0, otherwise the sum of the years. */
export function financingBase(m: OperatingMeasure): Kr {
  return m.fullYear !== null && m.fullYear !== 0 ? m.fullYear : sumKr(m.years);
}

/** Σ of the four operating financing columns (empty cells count as 0). */
export function operatingFinancing(m: OperatingMeasure): Kr {
  let sum = 0;
  for (const f of OPERATING_FINANCING) sum += m[f.key] ?? 0;
  return kr(sum);
}

/** Σ of the six investment financing columns (empty cells count as 0). */
export function investmentFinancing(m: InvestmentMeasure): Kr {
  let sum = 0;
  for (const f of INVESTMENT_FINANCING) sum += m[f.key] ?? 0;
  return kr(sum);
}

/**
 * Whether a project's financing is left uncompared (SPEC §10): a measure of it has money in Tidligere bevilget or
 * Etter perioden, which its financing covers but the Finansiering lines, that hold the plan years only, do not.
 */
export function moneyOutsidePeriod(measures: readonly InvestmentMeasure[]): boolean {
  return measures.some((m) => (m.before ?? 0) !== 0 || (m.after ?? 0) !== 0);
}
