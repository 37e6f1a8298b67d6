/**
 * A plan's amounts rounded to a coarser unit's step (docs/spec.md §14, the product's choice). Between versions whose
 * units round to different steps (SPEC §4: 1 kr in `kr`, 1 000 kr in `1000 kr` and `mill kr`), an amount of the
 * finer version that the coarser holds rounded to its step is the same amount (amounts.ts). Their totals per year
 * still differ by the rounding (1 234 567 kr against 1 235 000 kr), so the comparison tells that part of a total's
 * difference apart: it computes the finer version's totals again from its amounts rounded here — what the same
 * plan gives typed in the coarser unit — and the rest of the difference is the rounding (totals.ts).
 */
import { kr, roundHalfAwayFromZero, type Kr, type Unit } from '../model/money';
import type { InvestmentMeasure, OperatingMeasure, Plan } from '../model/plan';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';

const amountKeys = (columns: readonly { readonly key: string; readonly type: string }[]): string[] =>
  columns.filter((c) => c.type === 'amount' && c.key !== 'years').map((c) => c.key);
const OPERATING_AMOUNTS = amountKeys(OPERATING_COLUMNS);
const INVESTMENT_AMOUNTS = amountKeys(INVESTMENT_COLUMNS);

/** `plan` with every measure amount rounded half away from zero to `step` kroner, and `unit` its Beløpsenhet. */
export function roundedPlan(plan: Plan, step: number, unit: Unit): Plan {
  const round = (v: Kr | null): Kr | null => (v === null ? null : kr(roundHalfAwayFromZero(v / step) * step));
  const measure = <M extends OperatingMeasure | InvestmentMeasure>(m: M, keys: readonly string[]): M => {
    const out: Record<string, unknown> = { ...m, years: m.years.map(round) };
    for (const key of keys) out[key] = round((m as unknown as Record<string, Kr | null>)[key] ?? null);
    return out as unknown as M;
  };
  return {
    ...plan,
    settings: { ...plan.settings, unit },
    operating: plan.operating.map((m) => measure(m, OPERATING_AMOUNTS)),
    investment: plan.investment.map((m) => measure(m, INVESTMENT_AMOUNTS)),
  };
}
