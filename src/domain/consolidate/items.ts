/** The consolidation items that are not frame totals: a plan without name or of another period, ambiguous and unclaimed lines. */
import { UNMATCHED_CLASS, unmatchedYears } from '../reconcile/classify';
import { severityFor } from '../reconcile/item';
import { sumAllYears, sumLineYears } from '../reconcile/cells';
import { groupBy, groupKey, refKey } from '../measures/grouping';
import { lineFrame } from '../read/economyPlan';
import { sheetAddress } from '../read/rowCells';
import { kr } from '../model/money';
import type { Claimant, ConsolidationCode, ConsolidationItem } from '../model/consolidation';
import type { Severity } from '../model/finding';
import type { EconomyPlanLine } from '../model/plan';
import type { Unclaimed } from './assign';

const ZERO = kr(0);

/**
 * not-a-plan, plan-name-missing, plan-name-duplicate or period-mismatch for one plan (an error: it cannot take
 * part as it is).
 */
export function planItem(
  code: Extract<ConsolidationCode, 'not-a-plan' | 'plan-name-missing' | 'plan-name-duplicate' | 'period-mismatch'>,
  file: string,
  plan: string,
  extra: {
    readonly planYears?: readonly number[];
    readonly sameNameAs?: string;
    readonly periodSide?: 'plan' | 'economy';
  } = {},
): ConsolidationItem {
  return {
    code,
    class: 'mismatch',
    severity: 'error',
    ref: file,
    plan,
    measures: ZERO,
    economyPlan: ZERO,
    difference: ZERO,
    ...(extra.planYears ? { planYears: [...extra.planYears] } : {}),
    ...(extra.sameNameAs !== undefined ? { sameNameAs: extra.sameNameAs } : {}),
    ...(extra.periodSide !== undefined ? { periodSide: extra.periodSide } : {}),
    cells: {},
  };
}

/** A line whose Ref names measures of two or more plans: claimed by none (an error). */
export function ambiguousItem(line: EconomyPlanLine, claimants: readonly Claimant[]): ConsolidationItem {
  const economyPlan = sumAllYears([line]);
  return {
    code: 'economy-plan-line-ambiguous',
    class: 'mismatch',
    severity: 'error',
    ref: line.ref.trim(),
    measures: ZERO,
    economyPlan,
    difference: kr(-economyPlan),
    claimants,
    cells: { economyPlan: sheetAddress(line, 'ref') },
  };
}

/**
 * A `Ramme` line with `Plan` set: it covers the frame's measures of all plans all the same (SPEC §15), so the Plan
 * typed on it is not used; a warning naming the line, its Plan and its Plan cell. No comparison of amounts.
 */
export function frameLinePlanItem(line: EconomyPlanLine): ConsolidationItem {
  const plan = sheetAddress(line, 'plan');
  return {
    code: 'frame-line-plan',
    class: 'mismatch',
    severity: 'warning',
    ref: lineFrame(line),
    plan: line.plan.trim(),
    measures: ZERO,
    economyPlan: sumAllYears([line]),
    difference: ZERO,
    cells: { economyPlan: sheetAddress(line, 'ref'), ...(plan !== undefined ? { plan } : {}) },
  };
}

/** The Plannavn of the plans given to the check: `keys` as groupKey has them, `names` as typed. */
export interface KnownPlans {
  readonly keys: ReadonlySet<string>;
  readonly names: readonly string[];
}

/**
 * Lines no plan claims, listed once (a warning, as economy-plan-line-unmatched of one plan): one item per
 * plan and key, Ref and Finansieringskilde, adding up its lines, as one plan's check groups them
 * (reconcile.ts); a line without Ref is an item of its own. `plan` of an entry: the plan it belongs to by the
 * one plan not compared whose measure its Ref names (else its Plan column says it). A line whose Plan names
 * no plan of `known` carries the Plannavn the check has and its Plan cell.
 */
export function unclaimedItems(
  unclaimed: readonly Unclaimed[],
  years: readonly number[],
  known: KnownPlans = { keys: new Set(), names: [] },
): ConsolidationItem[] {
  const groups = groupBy(unclaimed, (u) => {
    const ref = refKey(u.line.ref);
    const plan = u.line.plan.trim() || (u.plan ?? '').trim();
    // A Ramme line with Del Investering is an item of its own, as in one plan's check (reconcile.ts).
    return ref === '' || u.investmentFrame === true
      ? `\u0001${u.line.sheet}\u0000${u.line.row}`
      : `${plan}\u0000${ref}\u0000${groupKey(u.line.source)}`;
  });
  return groups
    .map((g) =>
      unclaimedItem(
        g.items.map((u) => u.line),
        years,
        g.items[0]?.plan,
        g.items[0]?.file,
        g.items[0]?.planYears,
        g.items[0]?.frameUnknown,
        g.items[0]?.investmentFrame,
      ),
    )
    .map((item, i) => {
      const first = groups[i]?.items[0]?.line;
      const named = first?.plan.trim() ?? '';
      if (first === undefined || named === '' || known.keys.has(groupKey(named))) return item;
      const plan = sheetAddress(first, 'plan');
      return {
        ...item,
        knownPlans: [...known.names],
        cells: { ...item.cells, ...(plan !== undefined ? { plan } : {}) },
      };
    });
}

function unclaimedItem(
  lines: readonly EconomyPlanLine[],
  years: readonly number[],
  planName = '',
  file?: string,
  planYears?: readonly number[],
  frameUnknown?: Unclaimed['frameUnknown'],
  investmentFrame?: true,
): ConsolidationItem {
  const first = lines[0];
  const plan = first?.plan.trim() || planName.trim();
  // A line without Plan left out with the plan its Ref names, of another period: its item says so (planYears).
  const otherPeriod =
    first?.plan.trim() === '' &&
    planYears !== undefined &&
    (planYears.length !== years.length || planYears.some((y, i) => y !== years[i]));
  // The Finansieringskilde, as one plan's check carries it: two sources under one Ref are two items.
  const source = first?.source.trim() ?? '';
  const economyPlan = sumAllYears(lines);
  const yearSums = sumLineYears(years.length, lines);
  return {
    code: 'economy-plan-line-unmatched',
    class: UNMATCHED_CLASS,
    severity: severityFor('economy-plan-line-unmatched', UNMATCHED_CLASS),
    ref: first?.ref.trim() ?? '',
    ...(plan !== '' ? { plan } : {}),
    ...(file !== undefined ? { file } : {}),
    ...(otherPeriod ? { planYears: [...planYears] } : {}),
    ...(source !== '' ? { source } : {}),
    measures: ZERO,
    economyPlan,
    difference: kr(-economyPlan),
    ...unmatchedYears(years, yearSums),
    // A Ramme line of an unknown frame names its Rammeområde cell, as one plan's check (reconcile.ts).
    ...(frameUnknown ? { frameUnknown } : {}),
    // A Ramme line with Del Investering names its Del cell, as one plan's check (reconcile.ts).
    ...(investmentFrame ? { investmentFrame } : {}),
    cells: {
      economyPlan: sheetAddress(
        first,
        investmentFrame ? 'part' : frameUnknown && first?.frame.trim() !== '' ? 'frame' : 'ref',
      ),
    },
  };
}

const REF_COLLATOR = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Frame items in report order: frame code (natural order), then year. */
export function compareConsolidationItems(a: ConsolidationItem, b: ConsolidationItem): number {
  return REF_COLLATOR.compare(a.ref, b.ref) || (a.year ?? 0) - (b.year ?? 0);
}

/** Errors, warnings and infos among the items. */
export function countItems(items: readonly { readonly severity: Severity }[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  const n = (s: Severity) => items.filter((i) => i.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), infos: n('info') };
}
