/**
 * Reconciliation of the measures with the economy plan (SPEC §10). Runs after validation: measures whose
 * identity checks failed (IDENTITY_CODES) are still compared one by one but left out of frame aggregates.
 * Every compared item is listed, matches included, in a deterministic order.
 */
import { classify, toItem } from './classify';
import { matchLines, type MatchedLine } from './matchLines';
import { kr } from '../model/money';
import { cellOf, sumAllYears } from './cells';
import { reconcileFrames } from './frames';
import { reconcileMeasures } from './measures';
import { reconcileProjects } from './projects';
import { INVESTMENT_FINANCING } from '../model/schema';
import { IDENTITY_CODES, RECONCILIATION_CODES } from '../model/reconciliation';
import { ItemsByCode } from './itemsByCode';
import { groupBy } from '../measures/grouping';
import { planNewMoney, type PlanNewMoney } from '../measures/newMoney';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import type { ReconciliationCode, ReconciliationItem } from '../model/reconciliation';

/** Code order of the report: the order of SPEC §10's table. */
const CODE_ORDER: readonly ReconciliationCode[] = RECONCILIATION_CODES;

/**
 * One item per unmatched key (Ref + Finansieringskilde), adding up its lines. Class `not-costed` when
 * every line matched only a measure that is not costed.
 */
function unmatchedItems(plan: Plan, matched: readonly MatchedLine[], into: ItemsByCode): void {
  const unmatched = matched.filter((x): x is Extract<MatchedLine, { kind: 'unmatched' }> => x.kind === 'unmatched');
  const groups = groupBy(unmatched, (x) => `${x.line.ref.trim()}\u0000${x.line.source.trim()}`);
  for (const g of groups) {
    const first = g.items[0];
    const lines = g.items.map((x) => x.line);
    const economyPlan = sumAllYears(lines);
    const notCosted = g.items.every((x) => x.measure !== undefined);
    const source = first?.line.source.trim() ?? '';
    const measureId = first?.measure?.id;
    const comparison = {
      code: 'economy-plan-line-unmatched' as const,
      ref: first?.line.ref.trim() ?? '',
      measureId: notCosted && measureId ? measureId : undefined,
      source: source || undefined,
      measures: kr(0),
      economyPlan,
      cells: { economyPlan: cellOf(first?.line, 'ref') },
    };
    into.add(toItem(comparison, notCosted ? 'not-costed' : classify(0, economyPlan, plan.settings.tolerance)));
  }
}

// One collator for every comparison: localeCompare with options builds a new one per call (slow in a sort).
const REF_COLLATOR = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

const compareRefs = (a: string, b: string): number => REF_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const SOURCE_RANK: ReadonlyMap<string, number> = new Map(INVESTMENT_FINANCING.map((f, i) => [f.header, i]));

/** −1 for no source, the column order for the six financing sources, after them any other text. */
const sourceRank = (source: string | undefined): number =>
  source === undefined ? -1 : (SOURCE_RANK.get(source) ?? INVESTMENT_FINANCING.length);

/**
 * Numbers the distinct values of a column of items in first-seen order (an item and the one before it often
 * share the value: one series per measure), and ranks those numbers under an order.
 */
class Ranking<T> {
  private readonly ids = new Map<T, number>();
  private readonly values: T[] = [];
  private last: T | undefined;
  private lastId = -1;

  /** The number of a value (the same for equal values). */
  idOf(value: T): number {
    if (this.lastId >= 0 && value === this.last) return this.lastId;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    this.last = value;
    this.lastId = id;
    return id;
  }

  get size(): number {
    return this.values.length;
  }

  /** Rank (0 = first) per number, under `compare`. */
  ranks(compare: (a: T, b: T) => number): Int32Array {
    const order = this.values.map((_, i) => i).sort((a, b) => compare(this.values[a] as T, this.values[b] as T));
    const rank = new Int32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    return rank;
  }
}

/**
 * A stable sort of the indexes 0…n−1 by integer keys in [0, size), most significant key first: one
 * counting sort per key, least significant first (LSD radix). Equal keys keep index order.
 */
function radixOrder(n: number, keys: readonly { readonly of: Int32Array; readonly size: number }[]): Int32Array {
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { of, size } = keys[k] as { of: Int32Array; size: number };
    const starts = new Int32Array(size + 1);
    for (let i = 0; i < n; i++) {
      const bucket = (of[i] as number) + 1;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    for (let b = 0; b < size; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      const bucket = of[at] as number;
      const to = starts[bucket] as number;
      next[to] = at;
      starts[bucket] = to + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** Report order within one code: ref (natural order), then year, then financing source. */
function compareWithinCode(a: ReconciliationItem, b: ReconciliationItem): number {
  // Different refs never compare equal (compareRefs falls back to the code points).
  if (a.ref !== b.ref) return compareRefs(a.ref, b.ref);
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    sourceRank(a.source) - sourceRank(b.source) ||
    compareRefs(a.source ?? '', b.source ?? '')
  );
}

/** Report order: by code (SPEC order), then within the code (compareWithinCode). */
export function compareItems(a: ReconciliationItem, b: ReconciliationItem): number {
  return CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || compareWithinCode(a, b);
}

/** Whether a list is already in order: then a stable sort would give it back unchanged. */
function inOrder(items: readonly ReconciliationItem[]): boolean {
  for (let i = 1; i < items.length; i++) {
    if (compareWithinCode(items[i - 1] as ReconciliationItem, items[i] as ReconciliationItem) > 0) return false;
  }
  return true;
}

/**
 * Sorts the items of one code (compareWithinCode, stable) without calling a comparator per pair: every
 * distinct ref and source text, and every year, is ranked once, then the items are radix-sorted by their
 * ranks. The same order, since compareRefs is a total order and ties keep the order the items were made in.
 */
function rankSort(items: readonly ReconciliationItem[]): ReconciliationItem[] {
  const n = items.length;
  // Refs and sources are ranked apart: each Ranking remembers its last value, and consecutive items mostly
  // share both (one measure's years in a row; most items have no source).
  const refs = new Ranking<string>();
  const sources = new Ranking<string>();
  const years = new Ranking<number>();
  const ref = new Int32Array(n);
  const year = new Int32Array(n);
  const sourceRanks = new Int32Array(n);
  const source = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i] as ReconciliationItem;
    ref[i] = refs.idOf(item.ref);
    year[i] = years.idOf(item.year ?? 0);
    // −1 (no source) … INVESTMENT_FINANCING.length (unknown source), shifted to start at 0.
    sourceRanks[i] = sourceRank(item.source) + 1;
    source[i] = sources.idOf(item.source ?? '');
  }
  // Each column's distinct values ranked once: the keys become ranks in place.
  const refOrder = refs.ranks(compareRefs);
  const sourceOrder = sources.ranks(compareRefs);
  const yearOrder = years.ranks((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    ref[i] = refOrder[ref[i] as number] as number;
    source[i] = sourceOrder[source[i] as number] as number;
    year[i] = yearOrder[year[i] as number] as number;
  }
  const order = radixOrder(n, [
    { of: ref, size: refs.size },
    { of: year, size: years.size },
    { of: sourceRanks, size: INVESTMENT_FINANCING.length + 2 },
    { of: source, size: sources.size },
  ]);
  const sorted: ReconciliationItem[] = new Array<ReconciliationItem>(n);
  for (let i = 0; i < n; i++) sorted[i] = items[order[i] as number] as ReconciliationItem;
  return sorted;
}

/**
 * The items in report order (compareItems, stable): the codes in SPEC order, each code's items ordered, which
 * they usually already are (the reconcilers go through the tables in order, and IDs mostly run in table
 * order): a check of neighbours then replaces the ranking.
 */
function sortItems(items: ItemsByCode): ReconciliationItem[] {
  const sorted: ReconciliationItem[] = new Array<ReconciliationItem>(items.size);
  let at = 0;
  for (const some of items.lists) {
    const ordered = inOrder(some) ? some : rankSort(some);
    for (let i = 0; i < ordered.length; i++) sorted[at++] = ordered[i] as ReconciliationItem;
  }
  return sorted;
}

/**
 * Reconciles the plan with its economy plan table (SPEC §10): measure-new-money, measure-not-in-economy-plan,
 * economy-plan-line-unmatched, frame-total, project-expenditure and project-financing, each item classed
 * (match, rounding, mismatch, timing, unit-suspect, sign, not-costed) with Δ = measures − economy plan.
 * `findings` are the reader's and validator's: rows with identity errors stay out of frame aggregates.
 * `newMoney` is the plan's new money per year (planNewMoney), when the caller has it already.
 */
export function reconcile(
  plan: Plan,
  findings: readonly Finding[],
  newMoney: PlanNewMoney = planNewMoney(plan),
): ReconciliationItem[] {
  const identityCodes: readonly string[] = IDENTITY_CODES;
  const excluded = new Set(
    findings.flatMap((f) => (identityCodes.includes(f.code) && f.measureId ? [f.measureId] : [])),
  );
  const matched = matchLines(plan);
  const items = new ItemsByCode();
  reconcileMeasures(plan, newMoney, matched, items);
  unmatchedItems(plan, matched, items);
  reconcileFrames(plan, newMoney, matched, excluded, items);
  reconcileProjects(plan, matched, items);
  return sortItems(items);
}
