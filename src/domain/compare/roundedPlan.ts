/**
 * The finer version's measures as the coarser version would hold them (docs/spec.md §14, the product's choice).
 * Between versions whose units round to different steps (SPEC §4: 1 kr in `kr`, 1 000 kr in `1000 kr` and
 * `mill kr`), an amount of the finer version that the coarser holds rounded to its step is the same amount
 * (amounts.ts), yet their totals differ by it (1 234 567 kr against 1 235 000 kr). So the comparison tells that
 * part of a total's difference apart: of the measures both versions hold, it computes the finer version's totals
 * once as they are and once with each such amount replaced by its counterpart's — and new money computed again at
 * the coarser step, where a coarser plan holds it — and the difference of the two is the rounding (totals.ts).
 * Only those amounts: exactly equal kroner (1 000,4 in `1000 kr` is 1 000 400 kr), a real change, and a measure
 * added or removed are no rounding. And only where the measure counts in the same totals group in both versions
 * (inGroup): one that left a group for another is wholly a change in each, whichever version is the finer.
 */
import { isCosted } from '../measures/costed';
import { groupKey } from '../measures/grouping';
import type { Unit } from '../model/money';
import type { Measure, Plan } from '../model/plan';
import type { RoundedAmount } from './fields';

/** A measure of the older version matched with one of the newer, and the amounts they hold rounded (fields.ts). */
export interface MatchedPair {
  readonly old: Measure;
  readonly new: Measure;
  readonly rounded: readonly RoundedAmount[];
}

/**
 * The pairs whose measures count in the same group of the totals in both versions: the same table and costed in
 * both (or in neither, then it counts nowhere) for a table's totals; for new money per Rammeområde also the same
 * frame, as the totals group it (groupKey). Its rounding belongs to that group. A measure moved to another table
 * or frame, or costed in one version only, left one group and came to another: its whole difference is a change
 * in each, none of it rounding (the finer version's measure would otherwise carry it into its own group only).
 */
export const inGroup = {
  table: (p: MatchedPair): boolean => p.old.table === p.new.table && isCosted(p.old) === isCosted(p.new),
  frame: (p: MatchedPair): boolean => inGroup.table(p) && groupKey(p.old.frame) === groupKey(p.new.frame),
};

/** `m` with each of `rounded` set to the other version's amount (`m` is the `side` version's). */
function withCounterpart(m: Measure, rounded: readonly RoundedAmount[], side: 'old' | 'new', years: readonly number[]) {
  if (rounded.length === 0) return m;
  const out: Record<string, unknown> = { ...m, years: [...m.years] };
  for (const r of rounded) {
    const value = side === 'old' ? r.new : r.old;
    if (r.year === undefined) out[r.field] = value;
    else (out.years as unknown[])[years.indexOf(r.year)] = value;
  }
  return out as unknown as Measure;
}

/**
 * Of `plan` (the `side` version, the finer), the measures the other version holds too, `as` they are and
 * `rounded`: their rounded amounts the other version's, in `unit` (the coarser: new money to its step).
 */
export function matchedPlans(
  plan: Plan,
  side: 'old' | 'new',
  pairs: readonly MatchedPair[],
  unit: Unit,
): { readonly as: Plan; readonly rounded: Plan } {
  const rounded = new Map<Measure, readonly RoundedAmount[]>(pairs.map((p) => [p[side], p.rounded]));
  const operating = plan.operating.filter((m) => rounded.has(m));
  const investment = plan.investment.filter((m) => rounded.has(m));
  const counterpart = <M extends Measure>(m: M): M => withCounterpart(m, rounded.get(m) ?? [], side, plan.years) as M;
  return {
    as: { ...plan, operating, investment },
    rounded: {
      ...plan,
      settings: { ...plan.settings, unit },
      operating: operating.map(counterpart),
      investment: investment.map(counterpart),
    },
  };
}
