/**
 * Running sums for the totals (SPEC §9), filled in one pass over the measures: every measure is visited
 * once and added to each group it belongs to, instead of one pass per column and group (some 26 passes over
 * 10 000 measures, each a cache miss per measure on a large plan).
 */
import { kr } from '../model/money';
import type { Kr } from '../model/money';
import type { InvestmentMeasure, OperatingMeasure } from '../model/plan';
import { financingBase } from '../measures/financing';
import type { InvestmentTotals, OperatingTotals, YearAmounts } from '../model/totals';

/** Per-year sums keyed by the year as a string (JSON per SPEC §12). */
export function yearAmounts(years: readonly number[], sums: readonly number[]): YearAmounts {
  const amounts: Record<string, Kr> = {};
  for (const [i, year] of years.entries()) amounts[String(year)] = kr(sums[i] ?? 0);
  return amounts;
}

/** Adds a row's per-year amounts (empty cells count as 0) into `sums`; returns the row's sum of them all. */
function addYears(sums: number[], values: readonly (Kr | null)[]): number {
  let period = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (i < sums.length) sums[i] = (sums[i] ?? 0) + v;
    period += v;
  }
  return period;
}

/** Per-year costs and their period sum: what byArea and byResponsible show. */
export class SpreadSums {
  readonly years: number[];
  period = 0;

  constructor(count: number) {
    this.years = new Array<number>(count).fill(0);
  }

  add(m: OperatingMeasure): void {
    this.period += addYears(this.years, m.years);
  }

  spread(years: readonly number[]): { years: YearAmounts; period: Kr } {
    return { years: yearAmounts(years, this.years), period: kr(this.period) };
  }
}

/** New money of a frame: Nye midler and its split per year. */
export class FrameSums {
  newMoney = 0;
  readonly byYear: number[];

  constructor(count: number) {
    this.byYear = new Array<number>(count).fill(0);
  }

  add(m: OperatingMeasure, newMoneyParts: readonly Kr[]): void {
    this.newMoney += m.finNew ?? 0;
    addYears(this.byYear, newMoneyParts);
  }
}

/** Everything OperatingTotals sums. */
export class OperatingSums extends SpreadSums {
  fullYear = 0;
  /** Σ of the financing base (SPEC §4): what the four financing columns add up to when every row's do. */
  base = 0;
  joint = 0;
  reallocation = 0;
  other = 0;
  readonly frame: FrameSums;

  constructor(count: number) {
    super(count);
    this.frame = new FrameSums(count);
  }

  addOperating(m: OperatingMeasure, newMoneyParts: readonly Kr[]): void {
    this.add(m);
    this.fullYear += m.fullYear ?? 0;
    this.base += financingBase(m);
    this.joint += m.finJoint ?? 0;
    this.reallocation += m.finReallocation ?? 0;
    this.other += m.finOther ?? 0;
    this.frame.add(m, newMoneyParts);
  }

  totals(years: readonly number[]): OperatingTotals {
    return {
      years: yearAmounts(years, this.years),
      period: kr(this.period),
      fullYear: kr(this.fullYear),
      financing: {
        joint: kr(this.joint),
        reallocation: kr(this.reallocation),
        other: kr(this.other),
        newMoney: kr(this.frame.newMoney),
      },
      newMoneyByYear: yearAmounts(years, this.frame.byYear),
    };
  }
}

/** Everything InvestmentTotals sums. */
export class InvestmentSums {
  budget = 0;
  before = 0;
  readonly years: number[];
  after = 0;
  vat = 0;
  grant = 0;
  sale = 0;
  loan = 0;
  operating = 0;
  fund = 0;

  constructor(count: number) {
    this.years = new Array<number>(count).fill(0);
  }

  add(m: InvestmentMeasure): void {
    this.budget += m.budget ?? 0;
    this.before += m.before ?? 0;
    addYears(this.years, m.years);
    this.after += m.after ?? 0;
    this.vat += m.finVat ?? 0;
    this.grant += m.finGrant ?? 0;
    this.sale += m.finSale ?? 0;
    this.loan += m.finLoan ?? 0;
    this.operating += m.finOperating ?? 0;
    this.fund += m.finFund ?? 0;
  }

  totals(years: readonly number[]): InvestmentTotals {
    return {
      budget: kr(this.budget),
      before: kr(this.before),
      years: yearAmounts(years, this.years),
      after: kr(this.after),
      financing: {
        vat: kr(this.vat),
        grant: kr(this.grant),
        sale: kr(this.sale),
        loan: kr(this.loan),
        operating: kr(this.operating),
        fund: kr(this.fund),
      },
    };
  }
}

/** Groups by a text key in first-seen order, each shown with its first spelling (trimmed). */
export class Groups<S> {
  private readonly groups = new Map<string, { label: string; sums: S }>();
  /** Each text as typed, once seen: most rows repeat a few texts, and then no key is made. */
  private readonly byText = new Map<string, S>();

  constructor(
    private readonly make: () => S,
    private readonly keyOf: (label: string) => string,
  ) {}

  /** The sums of the group `label` belongs to (made on first sight). */
  of(label: string): S {
    const known = this.byText.get(label);
    if (known !== undefined) return known;
    const key = this.keyOf(label);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { label: label.trim(), sums: this.make() }));
    this.byText.set(label, group.sums);
    return group.sums;
  }

  map<T>(f: (label: string, sums: S) => T): T[] {
    return [...this.groups.values()].map((g) => f(g.label, g.sums));
  }
}
