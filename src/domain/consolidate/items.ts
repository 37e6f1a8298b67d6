/** The consolidation items that are not frame totals: a plan without name or of another period, ambiguous and unclaimed lines. */
import { cancellingYears, classifyUnmatched } from '../reconcile/classify';
import { severityFor } from '../reconcile/item';
import { sumAllYears } from '../reconcile/cells';
import { sheetAddress } from '../read/rowCells';
import { kr } from '../model/money';
import type { Claimant, ConsolidationCode, ConsolidationItem } from '../model/consolidation';
import type { Severity } from '../model/finding';
import type { Kr } from '../model/money';
import type { EconomyPlanLine } from '../model/plan';

const ZERO = kr(0);

/** plan-name-missing, plan-name-duplicate or period-mismatch for one plan (an error: it cannot take part as it is). */
export function planItem(
  code: Extract<ConsolidationCode, 'plan-name-missing' | 'plan-name-duplicate' | 'period-mismatch'>,
  file: string,
  plan: string,
  extra: { readonly planYears?: readonly number[]; readonly sameNameAs?: string } = {},
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
 * A line no plan claims, listed once (a warning, as economy-plan-line-unmatched of one plan). `planName`: the
 * plan it belongs to, by its Plan column or else by the one plan not compared whose measure its Ref names.
 */
export function unclaimedItem(
  line: EconomyPlanLine,
  years: readonly number[],
  tolerance: Kr,
  planName = '',
): ConsolidationItem {
  const plan = line.plan.trim() || planName.trim();
  const economyPlan = sumAllYears([line]);
  const yearSums = line.years.map((y) => y ?? 0);
  const cls = classifyUnmatched(yearSums, tolerance);
  const lineYears = cancellingYears(years, yearSums);
  return {
    code: 'economy-plan-line-unmatched',
    class: cls,
    severity: severityFor('economy-plan-line-unmatched', cls),
    ref: line.ref.trim(),
    ...(plan !== '' ? { plan } : {}),
    measures: ZERO,
    economyPlan,
    difference: kr(-economyPlan),
    ...(lineYears ? { lineYears } : {}),
    cells: { economyPlan: sheetAddress(line, 'ref') },
  };
}

const REF_COLLATOR = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Frame items in report order: frame code (natural order), then year. */
export function compareItems(a: ConsolidationItem, b: ConsolidationItem): number {
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
