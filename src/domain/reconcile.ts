/**
 * Reconciliation of the measures with the economy plan (SPEC §10). Runs after validation: measures whose
 * identity checks failed (IDENTITY_CODES) are still compared one by one but left out of frame aggregates.
 * Every compared item is listed, matches included, in a deterministic order.
 */
import { classify, toItem } from './classify';
import { matchLines, type MatchedLine } from './matchLines';
import { kr } from './money';
import { cellOf, sumAllYears } from './reconcileCells';
import { reconcileFrames } from './reconcileFrames';
import { reconcileMeasures } from './reconcileMeasures';
import { reconcileProjects } from './reconcileProjects';
import { IDENTITY_CODES, INVESTMENT_FINANCING } from './schema';
import { groupBy } from './totals';
import type { Finding, Plan, ReconciliationCode, ReconciliationItem } from './types';

/** Code order of the report: the order of SPEC §10's table. */
const CODE_ORDER: readonly ReconciliationCode[] = [
  'measure-new-money',
  'measure-not-in-economy-plan',
  'economy-plan-line-unmatched',
  'frame-total',
  'project-expenditure',
  'project-financing',
];

/**
 * One item per unmatched key (Ref + Finansieringskilde), adding up its lines. Class `not-costed` when
 * every line matched only a measure that is not costed.
 */
function unmatchedItems(plan: Plan, matched: readonly MatchedLine[]): ReconciliationItem[] {
  const unmatched = matched.flatMap((x) => (x.kind === 'unmatched' ? [x] : []));
  const groups = groupBy(unmatched, (x) => [`${x.line.ref.trim()}\u0000${x.line.source.trim()}`]);
  return groups.map((g) => {
    const first = g.items[0];
    const lines = g.items.map((x) => x.line);
    const economyPlan = sumAllYears(lines);
    const notCosted = g.items.every((x) => x.measure !== undefined);
    const source = first?.line.source.trim() ?? '';
    const measureId = first?.measure?.id;
    const comparison = {
      code: 'economy-plan-line-unmatched' as const,
      ref: first?.line.ref.trim() ?? '',
      ...(notCosted && measureId ? { measureId } : {}),
      ...(source ? { source } : {}),
      measures: kr(0),
      economyPlan,
      cells: { economyPlan: cellOf(first?.line, 'ref') },
    };
    return toItem(comparison, notCosted ? 'not-costed' : classify(0, economyPlan, plan.settings.tolerance));
  });
}

// One collator for every comparison: localeCompare with options builds a new one per call (slow in a sort).
const REF_COLLATOR = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

const compareRefs = (a: string, b: string): number => REF_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const sourceRank = (source: string | undefined): number => {
  const i = INVESTMENT_FINANCING.findIndex((f) => f.header === source);
  return source === undefined ? -1 : i < 0 ? INVESTMENT_FINANCING.length : i;
};

/** Report order: by code (SPEC order), then ref (natural order), then year, then financing source. */
export function compareItems(a: ReconciliationItem, b: ReconciliationItem): number {
  return (
    CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) ||
    compareRefs(a.ref, b.ref) ||
    (a.year ?? 0) - (b.year ?? 0) ||
    sourceRank(a.source) - sourceRank(b.source) ||
    compareRefs(a.source ?? '', b.source ?? '')
  );
}

/**
 * Sorts items in report order (compareItems) without calling the collator per pair: every distinct ref and
 * source text is ranked once, then items compare by numbers. Same order, since compareRefs is a total order.
 */
function sortItems(items: readonly ReconciliationItem[]): ReconciliationItem[] {
  const texts = new Set<string>();
  for (const item of items) texts.add(item.ref).add(item.source ?? '');
  const rank = new Map<string, number>();
  [...texts].sort(compareRefs).forEach((text, i) => rank.set(text, i));
  // The sort keys in typed arrays, the items sorted by index: no key object per item.
  const n = items.length;
  const code = new Int32Array(n);
  const ref = new Int32Array(n);
  const year = new Float64Array(n);
  const sourceRanks = new Int32Array(n);
  const source = new Int32Array(n);
  items.forEach((item, i) => {
    code[i] = CODE_ORDER.indexOf(item.code);
    ref[i] = rank.get(item.ref) ?? 0;
    year[i] = item.year ?? 0;
    sourceRanks[i] = sourceRank(item.source);
    source[i] = rank.get(item.source ?? '') ?? 0;
  });
  const order = Array.from({ length: n }, (_, i) => i);
  const at = (a: Int32Array | Float64Array, i: number): number => a[i] ?? 0;
  order.sort(
    (a, b) =>
      at(code, a) - at(code, b) ||
      at(ref, a) - at(ref, b) ||
      at(year, a) - at(year, b) ||
      at(sourceRanks, a) - at(sourceRanks, b) ||
      at(source, a) - at(source, b) ||
      a - b,
  );
  return order.map((i) => items[i] as ReconciliationItem);
}

/**
 * Reconciles the plan with its economy plan table (SPEC §10): measure-new-money, measure-not-in-economy-plan,
 * economy-plan-line-unmatched, frame-total, project-expenditure and project-financing, each item classed
 * (match, rounding, mismatch, timing, unit-suspect, sign, not-costed) with Δ = measures − economy plan.
 * `findings` are the reader's and validator's: rows with identity errors stay out of frame aggregates.
 */
export function reconcile(plan: Plan, findings: readonly Finding[]): ReconciliationItem[] {
  const identityCodes: readonly string[] = IDENTITY_CODES;
  const excluded = new Set(
    findings.flatMap((f) => (identityCodes.includes(f.code) && f.measureId ? [f.measureId] : [])),
  );
  const matched = matchLines(plan);
  // Appended in place: spreading four arrays of 10 000s of items into a fifth copies every one of them.
  const items = reconcileMeasures(plan, matched);
  const rest = [
    unmatchedItems(plan, matched),
    reconcileFrames(plan, matched, excluded),
    reconcileProjects(plan, matched),
  ];
  for (const part of rest) for (const item of part) items.push(item);
  return sortItems(items);
}
