/**
 * Investment rules for costed rows (SPEC §5, §8): the phasing and the financing both add up to the project
 * budget, VAT compensation is plausible, the project is big enough to be an investment and has a number.
 */
import { investmentFinancing } from '../measures/financing';
import { columnSpec, INVESTMENT_COLUMNS } from '../model/schema';
import { amountOf, findingAt } from './cells';
import { kr, sumKr } from '../model/money';
import { unitSuspectParams } from '../measures/unitSuspect';
import type { Finding } from '../model/finding';
import type { InvestmentMeasure } from '../model/plan';

/** Investments below this many kroner belong in operating (the accounting regulations' threshold). */
export const INVESTMENT_THRESHOLD = 100_000;
/** VAT is 25 % of the price ex VAT, so compensation can be at most 1/5 (20 %) of a budget incl. VAT. */
export const VAT_SHARE_DIVISOR = 5;
/** The purpose that gets no VAT compensation (rental housing is outside the compensation scheme). */
export const RENTAL_PURPOSE = 'Utleiebolig';

const BUDGET_COLUMN = columnSpec(INVESTMENT_COLUMNS, 'budget').header;

function checkIdentities(m: InvestmentMeasure, out: Finding[], yearsKnown: boolean): void {
  const budget = amountOf(m.budget);
  const phased = kr(amountOf(m.before) + sumKr(m.years) + amountOf(m.after));
  if (yearsKnown && phased !== budget) {
    out.push(findingAt(m, 'investment-phasing', 'budget', { budget, phased, difference: kr(phased - budget) }));
  }
  const financing = investmentFinancing(m);
  if (financing !== budget) {
    const suspect = unitSuspectParams(BUDGET_COLUMN, budget, financing, 'investment-financing-sum');
    if (suspect) out.push(findingAt(m, 'unit-suspect', 'budget', suspect));
    else
      out.push(
        findingAt(m, 'investment-financing-sum', 'budget', { budget, financing, difference: kr(financing - budget) }),
      );
  }
}

function checkVat(m: InvestmentMeasure): Finding | null {
  const vat = amountOf(m.finVat);
  if (vat === 0) return null;
  if (m.purpose === RENTAL_PURPOSE) return findingAt(m, 'vat-on-rental', 'finVat', { vat, purpose: m.purpose });
  const budget = amountOf(m.budget);
  // Compare in integers (|vat| × 5 > |budget|) so exactly 20 % is never misjudged by floating point.
  if (Math.abs(vat) * VAT_SHARE_DIVISOR > Math.abs(budget)) {
    const limit = kr(Math.trunc(budget / VAT_SHARE_DIVISOR));
    return findingAt(m, 'vat-share', 'finVat', { vat, budget, limit, percent: 100 / VAT_SHARE_DIVISOR });
  }
  return null;
}

/**
 * Every investment rule for one row, appended to `out`; only costed (Beregnet) rows are passed in. `yearsKnown`
 * false (the table's year headers are not the period, yearsRead): the phasing, which adds up the years, is left out.
 */
export function validateInvestment(m: InvestmentMeasure, out: Finding[], yearsKnown = true): void {
  const budget = amountOf(m.budget);
  checkIdentities(m, out, yearsKnown);
  const vat = checkVat(m);
  if (vat) out.push(vat);
  if (budget !== 0 && Math.abs(budget) < INVESTMENT_THRESHOLD) {
    out.push(findingAt(m, 'below-investment-threshold', 'budget', { budget, threshold: INVESTMENT_THRESHOLD }));
  }
  if (m.project.trim() === '') out.push(findingAt(m, 'project-missing', 'project', {}));
}
