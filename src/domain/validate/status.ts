/**
 * Status rules (SPEC §8): a costed row needs amounts, and a row that is not costed must not carry any,
 * because only Beregnet rows enter totals and reconciliation — its amounts would silently be left out.
 */
import { amountKeys, INVESTMENT_COLUMNS, measureValues, OPERATING_COLUMNS, YEARS } from '../model/schema';
import { kr, ZERO } from '../model/money';
import { isCosted } from '../measures/costed';
import { isTotalLabel } from '../measures/totalLabel';
import { ownText } from '../model/dashOnly';
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

/** The rows above a row of its table: how many, and the sum of each amount cell over them (amountCells' order). */
export type RowsAbove = { readonly count: number; readonly sums: readonly number[] };

/**
 * For a table, a function giving the rows above any row (`RowsAbove`), from running sums made once, when a row
 * first asks: asking `table.filter` and summing for each likely total row made the check quadratic (2 000 textless
 * rows with amounts: seconds; 10 000: minutes).
 */
export function rowsAboveOf(table: readonly Measure[], years: readonly number[]): (m: Measure) => RowsAbove {
  let rows: readonly number[] = [];
  let running: number[][] = [];
  return (m) => {
    if (running.length === 0) {
      const sorted = [...table].sort((a, b) => a.row - b.row);
      rows = sorted.map((r) => r.row);
      let sums: number[] = amountCells(m, years).map(() => 0);
      running = [sums];
      for (const r of sorted) {
        const cells = amountCells(r, years);
        sums = sums.map((x, k) => x + (cells[k]?.value ?? 0));
        running.push(sums);
      }
    }
    let [lo, hi] = [0, rows.length]; // the number of rows above m.row: binary search in the sorted rows
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid] ?? Infinity) < m.row) lo = mid + 1;
      else hi = mid;
    }
    return { count: lo, sums: running[lo] ?? [] };
  };
}

/** Whether every amount of `m` is that amount's sum over the rows above (at least two, some amount not 0), SPEC §11. */
function sumsOf(m: Measure, above: RowsAbove, years: readonly number[]): boolean {
  if (above.count < 2) return false;
  const own = amountCells(m, years);
  let some = false;
  for (let k = 0; k < own.length; k++) {
    const value = own[k]?.value ?? 0;
    if ((above.sums[k] ?? 0) !== value) return false;
    some ||= value !== 0;
  }
  return some;
}

/**
 * Whether a row not costed reads as a total row typed in the table (SPEC §11's total rows, which the import
 * skips): a total word as its Tiltak (or Seksjon) with no ID, priority or Ref.; or a total word, or no text at all
 * (a dash-only cell is none: «----»), on amounts that are the sums of the table's rows above it. `above`: the table's rows above the row; asked only
 * of a row with some amount not 0 (a row with none is the sum of nothing).
 */
export function looksLikeTotal(m: Measure, above: (m: Measure) => RowsAbove, years: readonly number[]): boolean {
  // A dash-only cell («----») is no text, as in the import's test (ownText): a Word table's filler.
  const text = ownText(m.measure) || ownText(m.section);
  const identity = ownText(m.id) !== '' || m.priority !== null || ownText(m.ref) !== '';
  const label = isTotalLabel(text);
  if (label && !identity) return true;
  return (label || (text === '' && !identity)) && hasNonZeroAmount(m) && sumsOf(m, above(m), years);
}

/**
 * costed-without-amounts (at Kostnadsstatus) or amounts-without-costing (at the first non-zero amount); on a
 * row that looks like a total row the latter says so (reason total-row) instead of advising Beregnet, which
 * would count its sums twice (SPEC §9). An invalid amount cell counts as 0 here; it has its own amount-invalid
 * finding from the reader. `totalRow`: looksLikeTotal of the row. `yearsKnown`: yearsRead of its table.
 */
export function validateStatus(
  m: Measure,
  years: readonly number[],
  out: Finding[],
  totalRow = false,
  yearsKnown = true,
): void {
  if (isCosted(m)) {
    // Its amounts may stand in a year column not read (yearsRead): «no amounts» waits for the headers.
    if (yearsKnown && !hasNonZeroAmount(m)) out.push(findingAt(m, 'costed-without-amounts', 'costStatus', {}));
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
