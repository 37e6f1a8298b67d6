/**
 * Totals of the plan (SPEC §9, JSON per §12): only measures with status Beregnet enter the sums; the others
 * are counted and listed. Groups keep the order in which they are first seen in the tables.
 */
import { kr, sumKr, ZERO } from './money';
import { financingBase, newMoneyParts } from './newMoney';
import { COSTED, INVESTMENT_FINANCING, OPERATING_FINANCING } from './schema';
import type {
  InvestmentMeasure,
  InvestmentTotals,
  Kr,
  Measure,
  OperatingMeasure,
  OperatingTotals,
  Plan,
  Totals,
  Unit,
  YearAmounts,
} from './types';

const COSTED_LOWER = COSTED.toLowerCase();

/**
 * Whether a measure is costed (Kostnadsstatus Beregnet). Case-insensitive like the SUMIFS criteria that
 * Sammendrag writes, so the live formulas and the core agree.
 */
export function isCosted(m: Measure): boolean {
  // The exact spelling first: asked many times per measure, and lower-casing allocates a copy each time.
  return m.costStatus === COSTED || m.costStatus.trim().toLowerCase() === COSTED_LOWER;
}

/** Grouping key: what Excel's SUMIFS would treat as the same text. */
export function groupKey(text: string): string {
  return text.trim().toLowerCase();
}

/** Sum per plan year of the year arrays of some items, keyed by the year as a string. */
function yearAmountsOf<T>(
  years: readonly number[],
  items: readonly T[],
  yearsOf: (item: T) => readonly (Kr | null)[],
): YearAmounts {
  // Plain loops: the totals run over every measure several times, and per-year copies of every row add up.
  const sums = years.map(() => 0);
  for (let k = 0; k < items.length; k++) {
    const r = yearsOf(items[k] as T);
    for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] ?? 0) + (r[i] ?? 0);
  }
  const amounts: Record<string, Kr> = {};
  for (let i = 0; i < years.length; i++) amounts[String(years[i])] = kr(sums[i] ?? 0);
  return amounts;
}

const yearsOfMeasure = (m: Measure): readonly (Kr | null)[] => m.years;

/** Σ of one amount over measures, skipping empty cells (sumKr without the intermediate array). */
function sumOf<T>(items: readonly T[], amount: (item: T) => Kr | null | undefined): Kr {
  let total = 0;
  for (let k = 0; k < items.length; k++) total += amount(items[k] as T) ?? 0;
  return kr(total);
}

/** Σ of every plan year of every measure. */
function periodOf(ms: readonly Measure[]): Kr {
  return sumOf(ms, (m) => sumKr(m.years));
}

/**
 * Groups items by a text key (or several: an item then joins each of its groups once) in first-seen order;
 * each group is shown with its first spelling.
 */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => string | readonly string[],
): { label: string; items: T[] }[] {
  const groups = new Map<string, { label: string; items: T[] }>();
  const join = (item: T, label: string) => {
    const key = groupKey(label);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { label: label.trim(), items: [item] });
  };
  for (const item of items) {
    const labels = keysOf(item);
    // One key per item is the common case: no list of keys, no set of the keys seen.
    if (typeof labels === 'string') join(item, labels);
    else if (labels.length === 1) join(item, labels[0] ?? '');
    else {
      const seen = new Set<string>();
      for (const label of labels) {
        const key = groupKey(label);
        if (seen.has(key)) continue;
        seen.add(key);
        join(item, label);
      }
    }
  }
  return [...groups.values()];
}

const isBlankText = (text: string): boolean => text.trim() === '';

/** A measure's areas without blank ones (as read there are none: no copy then). */
const areasOf = (m: Measure): readonly string[] =>
  m.areas.some(isBlankText) ? m.areas.filter((a) => !isBlankText(a)) : m.areas;

function operatingTotals(ms: readonly OperatingMeasure[], years: readonly number[], unit: Unit): OperatingTotals {
  return {
    years: yearAmountsOf(years, ms, yearsOfMeasure),
    period: periodOf(ms),
    fullYear: sumOf(ms, (m) => m.fullYear),
    financing: {
      joint: sumOf(ms, (m) => m.finJoint),
      reallocation: sumOf(ms, (m) => m.finReallocation),
      other: sumOf(ms, (m) => m.finOther),
      newMoney: sumOf(ms, (m) => m.finNew),
    },
    newMoneyByYear: yearAmountsOf(years, ms, (m) => newMoneyParts(m, unit)),
  };
}

function investmentTotals(ms: readonly InvestmentMeasure[], years: readonly number[]): InvestmentTotals {
  return {
    budget: sumOf(ms, (m) => m.budget),
    years: yearAmountsOf(years, ms, yearsOfMeasure),
    financing: {
      vat: sumOf(ms, (m) => m.finVat),
      grant: sumOf(ms, (m) => m.finGrant),
      sale: sumOf(ms, (m) => m.finSale),
      loan: sumOf(ms, (m) => m.finLoan),
      operating: sumOf(ms, (m) => m.finOperating),
      fund: sumOf(ms, (m) => m.finFund),
    },
  };
}

/** A measure belongs to the frame list when it has a frame, or new money that must show up somewhere. */
function hasFrameOrNewMoney(m: OperatingMeasure): boolean {
  return m.frame.trim() !== '' || (m.finNew ?? 0) !== 0;
}

function operatingGroups(ms: readonly OperatingMeasure[], years: readonly number[], unit: Unit): Totals['operating'] {
  const spread = (group: readonly OperatingMeasure[]) => ({
    years: yearAmountsOf(years, group, yearsOfMeasure),
    period: periodOf(group),
  });
  return {
    all: operatingTotals(ms, years, unit),
    bySection: groupBy(ms, (m) => m.section).map((g) => ({
      section: g.label,
      ...operatingTotals(g.items, years, unit),
    })),
    byFrame: groupBy(ms.filter(hasFrameOrNewMoney), (m) => m.frame).map((g) => ({
      frame: g.label,
      newMoney: sumOf(g.items, (m) => m.finNew),
      newMoneyByYear: yearAmountsOf(years, g.items, (m) => newMoneyParts(m, unit)),
    })),
    // A measure that touches several areas counts fully in each (SPEC §9): these do not add up to `all`.
    byArea: groupBy(ms, areasOf).map((g) => ({
      area: g.label,
      ...spread(g.items),
    })),
    byResponsible: groupBy(ms, (m) => m.responsible).map((g) => ({ responsible: g.label, ...spread(g.items) })),
  };
}

/** Identity checks on costed rows: which hold, which fail (by ID). */
function identity<T extends Measure>(ms: readonly T[], financing: (m: T) => Kr, target: (m: T) => number) {
  const failed = ms.filter((m) => financing(m) !== target(m)).map((m) => m.id);
  return { ok: ms.length - failed.length, failed };
}

function statusCounts(all: readonly Measure[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of all) counts[m.costStatus] = (counts[m.costStatus] ?? 0) + 1;
  return counts;
}

/**
 * Computes every total of SPEC §9 from the plan. Only rows with status Beregnet enter sums (an invalid or
 * empty amount counts as 0); every row of both tables is counted per status, and the rows that are not
 * costed are listed. byArea counts a measure fully in each area it touches.
 */
export function computeTotals(plan: Plan): Totals {
  const { years } = plan;
  const operating = plan.operating.filter(isCosted);
  const investment = plan.investment.filter(isCosted);
  const all: Measure[] = [...plan.operating, ...plan.investment];
  return {
    operating: operatingGroups(operating, years, plan.settings.unit),
    investment: {
      all: investmentTotals(investment, years),
      bySection: groupBy(investment, (m) => m.section).map((g) => ({
        section: g.label,
        ...investmentTotals(g.items, years),
      })),
    },
    statusCounts: statusCounts(all),
    notCosted: all.filter((m) => !isCosted(m)).map((m) => ({ id: m.id, measure: m.measure, costStatus: m.costStatus })),
    identity: {
      operatingFinancing: identity(operating, (m) => sumOf(OPERATING_FINANCING, (f) => m[f.key]), financingBase),
      investmentFinancing: identity(
        investment,
        (m) => sumOf(INVESTMENT_FINANCING, (f) => m[f.key]),
        (m) => m.budget ?? ZERO,
      ),
    },
  };
}
