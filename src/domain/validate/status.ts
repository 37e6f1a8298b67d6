/**
 * Status rules (SPEC §8): a costed row needs amounts, and a row that is not costed must not carry any,
 * because only Beregnet rows enter totals and reconciliation — its amounts would silently be left out.
 */
import { amountKeys, INVESTMENT_COLUMNS, measureValues, OPERATING_COLUMNS, YEARS } from '../model/schema';
import { kr, ZERO } from '../model/money';
import { isCosted } from '../measures/costed';
import { isTotalLabel } from '../measures/totalLabel';
import { yearKey } from '../read/rowCells';
import { findingAt } from './cells';
import type { Finding } from '../model/finding';
import type { Kr } from '../model/money';
import type { Measure } from '../model/plan';

/** An amount cell's value as read: kroner, or null when empty. */
const amountValue = (v: unknown): Kr | null => (typeof v === 'number' ? kr(v) : null);

/**
 * The amount cells of a row in the schema's column order (year columns expanded where the schema puts
 * them), keyed as in MeasureCommon.cellColumns, with their headers. Calculated columns are not amounts typed.
 */
export function amountCells(m: Measure, years: readonly number[]): { key: string; header: string; value: Kr | null }[] {
  return measureValues(m)
    .filter(({ spec }) => spec.type === 'amount')
    .flatMap(({ spec, value }) =>
      spec.key === YEARS.key
        ? years.map((y, i) => ({ key: yearKey(y), header: String(y), value: m.years[i] ?? null }))
        : [{ key: spec.key, header: spec.header, value: amountValue(value) }],
    );
}

const OPERATING_AMOUNTS = amountKeys(OPERATING_COLUMNS);
const INVESTMENT_AMOUNTS = amountKeys(INVESTMENT_COLUMNS);

/** Whether any of a row's fields `keys` holds a non-zero amount. */
function anyNonZero<R>(row: R, keys: readonly (keyof R)[]): boolean {
  for (const key of keys) {
    const v = row[key];
    if (typeof v === 'number' && v !== 0) return true;
  }
  return false;
}

/** Whether any amount of a row is non-zero, without building its cell list (the check runs on every row). */
function hasNonZeroAmount(m: Measure): boolean {
  for (const v of m.years) if (v !== null && v !== 0) return true;
  return m.table === 'operating' ? anyNonZero(m, OPERATING_AMOUNTS) : anyNonZero(m, INVESTMENT_AMOUNTS);
}

/** Whether every amount of `m` is that amount's sum over `rows` (at least two, some amount not 0), as SPEC §11. */
function sumsOf(m: Measure, rows: readonly Measure[], years: readonly number[]): boolean {
  if (rows.length < 2) return false;
  const own = amountCells(m, years);
  const theirs = rows.map((r) => amountCells(r, years));
  let some = false;
  for (let k = 0; k < own.length; k++) {
    const value = own[k]?.value ?? 0;
    if (theirs.reduce((sum, cells) => sum + (cells[k]?.value ?? 0), 0) !== value) return false;
    some ||= value !== 0;
  }
  return some;
}

/**
 * Whether a row not costed reads as a total row typed in the table (SPEC §11's total rows, which the import
 * skips): a total word as its Tiltak (or Seksjon) with no ID, priority or Ref.; or a total word, or no text at all,
 * on amounts that are the sums of the table's rows above it. `above`: the table's measures above the row.
 */
export function looksLikeTotal(m: Measure, above: () => readonly Measure[], years: readonly number[]): boolean {
  const text = m.measure.trim() || m.section.trim();
  const identity = m.id.trim() !== '' || m.priority !== null || m.ref.trim() !== '';
  const label = isTotalLabel(text);
  if (label && !identity) return true;
  return (label || (text === '' && !identity)) && sumsOf(m, above(), years);
}

/**
 * costed-without-amounts (at Kostnadsstatus) or amounts-without-costing (at the first non-zero amount); on a
 * row that looks like a total row the latter says so (reason total-row) instead of advising Beregnet, which
 * would count its sums twice (SPEC §9). An invalid amount cell counts as 0 here; it has its own amount-invalid
 * finding from the reader. `totalRow`: looksLikeTotal of the row.
 */
export function validateStatus(m: Measure, years: readonly number[], out: Finding[], totalRow = false): void {
  if (isCosted(m)) {
    if (!hasNonZeroAmount(m)) out.push(findingAt(m, 'costed-without-amounts', 'costStatus', {}));
    return;
  }
  if (!hasNonZeroAmount(m)) return;
  const firstNonZero = amountCells(m, years).find((c) => c.value !== null && c.value !== 0);
  if (firstNonZero === undefined) return;
  const params = {
    column: firstNonZero.header,
    status: m.costStatus,
    amount: firstNonZero.value ?? ZERO,
    // A total row is to be deleted; an empty status reads differently ("has no cost status", not "status «»").
    ...(totalRow ? { reason: 'total-row' as const } : m.costStatus.trim() === '' ? { reason: 'missing' as const } : {}),
  };
  out.push(findingAt(m, 'amounts-without-costing', firstNonZero.key, params));
}
