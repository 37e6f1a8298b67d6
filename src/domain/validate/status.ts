/**
 * Status rules (SPEC §8): a costed row needs amounts, and a row that is not costed must not carry any,
 * because only Beregnet rows enter totals and reconciliation — its amounts would silently be left out.
 */
import { amountKeys, INVESTMENT_COLUMNS, OPERATING_COLUMNS, YEARS } from '../model/schema';
import { isCosted } from '../measures/costed';
import { yearKey } from '../read/rowCells';
import { findingAt } from './cells';
import type { Finding } from '../model/finding';
import type { Kr } from '../model/money';
import type { Measure } from '../model/plan';

/** An amount field of a measure by schema key (the schema's keys are the measure's field names). */
function amountField(m: Measure, key: string): Kr | null {
  const v = (m as unknown as Record<string, unknown>)[key];
  return typeof v === 'number' ? (v as Kr) : null;
}

/**
 * The amount cells of a row in the schema's column order (year columns expanded where the schema puts
 * them), keyed as in MeasureCommon.cellColumns, with their headers. Calculated columns are not amounts typed.
 */
export function amountCells(m: Measure, years: readonly number[]): { key: string; header: string; value: Kr | null }[] {
  const specs = m.table === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  return specs
    .filter((spec) => spec.type === 'amount')
    .flatMap((spec) =>
      spec.key === YEARS.key
        ? years.map((y, i) => ({ key: yearKey(y), header: String(y), value: m.years[i] ?? null }))
        : [{ key: spec.key, header: spec.header, value: amountField(m, spec.key) }],
    );
}

const AMOUNT_KEYS: Readonly<Record<Measure['table'], readonly string[]>> = {
  operating: amountKeys(OPERATING_COLUMNS),
  investment: amountKeys(INVESTMENT_COLUMNS),
};

/** Whether any amount of a row is non-zero, without building its cell list (the check runs on every row). */
function hasNonZeroAmount(m: Measure): boolean {
  for (const v of m.years) if (v !== null && v !== 0) return true;
  for (const key of AMOUNT_KEYS[m.table]) {
    const v = amountField(m, key);
    if (v !== null && v !== 0) return true;
  }
  return false;
}

/**
 * costed-without-amounts (at Kostnadsstatus) or amounts-without-costing (at the first non-zero amount).
 * An invalid amount cell counts as 0 here; it has its own amount-invalid finding from the reader.
 */
export function validateStatus(m: Measure, years: readonly number[], out: Finding[]): void {
  if (isCosted(m)) {
    if (!hasNonZeroAmount(m)) out.push(findingAt(m, 'costed-without-amounts', 'costStatus'));
    return;
  }
  if (!hasNonZeroAmount(m)) return;
  const firstNonZero = amountCells(m, years).find((c) => c.value !== null && c.value !== 0);
  if (firstNonZero === undefined) return;
  const params = { column: firstNonZero.header, status: m.costStatus, amount: firstNonZero.value ?? 0 };
  out.push(findingAt(m, 'amounts-without-costing', firstNonZero.key, params));
}
