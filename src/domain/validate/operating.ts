/**
 * Operating rules for costed rows (SPEC §4, §8): the financing adds up to the base, has the base's sign (no new
 * money on a base of 0), a lasting measure grows towards its full-year effect, a one-off has none, and new money
 * names a frame.
 */
import { columnSpec, OPERATING_COLUMNS, OPERATING_FINANCING } from '../model/schema';
import { yearKey } from '../read/rowCells';
import { kr } from '../model/money';
import { financingBase, operatingFinancing } from '../measures/financing';
import { amountOf, findingAt, signOf } from './cells';
import { unitSuspectParams } from '../measures/unitSuspect';
import { checkNewMoneyRounded } from './newMoneyRounded';
import type { Finding } from '../model/finding';
import type { Unit } from '../model/money';
import type { OperatingMeasure } from '../model/plan';

/** Where the financing base (newMoney.ts financingBase) comes from: the cell a finding about it names. */
const FULL_YEAR_BASE = { key: 'fullYear', column: columnSpec(OPERATING_COLUMNS, 'fullYear').header } as const;
const PERIOD_BASE = { key: 'periodSum', column: columnSpec(OPERATING_COLUMNS, 'periodSum').header } as const;
const baseSource = (m: OperatingMeasure) => (amountOf(m.fullYear) !== 0 ? FULL_YEAR_BASE : PERIOD_BASE);
const NEW_MONEY = columnSpec(OPERATING_COLUMNS, 'finNew').header;

/**
 * Nye midler on a base of 0 (SPEC §4): no sign to follow, and no year gets a share of it (newMoney.ts gives every
 * year 0) while the totals count it, so the row is told even when its financing adds up to 0.
 */
function checkZeroBase(m: OperatingMeasure, baseColumn: string, out: Finding[]): void {
  const amount = amountOf(m.finNew);
  if (amount === 0) return;
  const params = { column: NEW_MONEY, amount, base: kr(0), baseColumn, reason: 'zero-base' as const };
  out.push(findingAt(m, 'financing-sign', 'finNew', params));
}

function checkFinancing(m: OperatingMeasure, out: Finding[]): void {
  const base = financingBase(m);
  const { key, column } = baseSource(m);
  const financing = operatingFinancing(m);
  if (financing !== base) {
    const suspect = unitSuspectParams(column, base, financing, 'financing-sum');
    if (suspect) out.push(findingAt(m, 'unit-suspect', key, suspect));
    else out.push(findingAt(m, 'financing-sum', key, { column, base, financing, difference: kr(financing - base) }));
  }
  if (base === 0) {
    checkZeroBase(m, column, out);
    return;
  }
  for (const f of OPERATING_FINANCING) {
    const amount = amountOf(m[f.key]);
    if (amount !== 0 && signOf(amount) !== signOf(base)) {
      out.push(findingAt(m, 'financing-sign', f.key, { column: f.header, amount, base, baseColumn: column }));
    }
  }
}

/**
 * Lasting measures: no year above the full-year effect, and the last year at it. A Varig row whose Helårsvirkning
 * is not given (empty, SPEC §7) gets only the full-year-not-reached warning, not one error per year; nor does one
 * whose cell is invalid (amount-invalid says so). A Helårsvirkning typed 0 (or a dash, §7: 0) is a full-year effect
 * of 0: every year that costs anything exceeds it, as SPEC §8 says (docs/spec.md §8, as built).
 */
function checkLasting(m: OperatingMeasure, years: readonly number[], out: Finding[]): void {
  const fullYear = amountOf(m.fullYear);
  if (m.fullYear !== null && !m.invalid.includes('fullYear')) {
    for (let i = 0; i < years.length; i++) {
      const year = years[i] ?? 0;
      const cost = amountOf(m.years[i]);
      if (Math.abs(cost) > Math.abs(fullYear)) {
        out.push(findingAt(m, 'year-exceeds-full-year', yearKey(year), { year, cost, fullYear }));
      }
    }
  }
  const lastYear = years[years.length - 1];
  const last = amountOf(m.years[years.length - 1]);
  if (lastYear !== undefined && last !== fullYear) {
    out.push(findingAt(m, 'full-year-not-reached', yearKey(lastYear), { year: lastYear, last, fullYear }));
  }
}

/**
 * Every operating rule for one row, appended to `out`; only costed (Beregnet) rows are passed in. `yearsKnown`
 * false (the table's year headers are not the period, yearsRead): the rules that quote the years or Sum periode
 * are left out — a financing based on Helårsvirkning is still checked. `unit`: the Beløpsenhet, whose step new money
 * per year is rounded to (newMoneyRounded.ts).
 */
export function validateOperating(
  m: OperatingMeasure,
  years: readonly number[],
  out: Finding[],
  yearsKnown = true,
  unit: Unit = '1000 kr',
): void {
  if (yearsKnown || baseSource(m) === FULL_YEAR_BASE) checkFinancing(m, out);
  if (yearsKnown) checkNewMoneyRounded(m, unit, out);
  if (m.kind === 'Varig' && yearsKnown) checkLasting(m, years, out);
  if (m.kind === 'Engangs' && amountOf(m.fullYear) !== 0) {
    out.push(findingAt(m, 'one-off-full-year', 'fullYear', { fullYear: amountOf(m.fullYear) }));
  }
  const newMoney = amountOf(m.finNew);
  if (newMoney !== 0 && m.frame.trim() === '') out.push(findingAt(m, 'frame-missing', 'frame', { newMoney }));
}
