/**
 * Operating measures against the economy plan (SPEC §10): `measure-new-money` per year for every costed
 * measure with new money or a matching `Tiltak` line, and `measure-not-in-economy-plan` when a measure
 * with new money has no line at all.
 */
import { classifySeries, toItem, type Comparison } from './classify';
import type { MatchedLine } from './matchLines';
import { kr } from './money';
import { newMoneyByYear } from './newMoney';
import { cellOf, sumByYear, yearKey } from './reconcileCells';
import { isCosted } from './totals';
import type { EconomyPlanLine, OperatingMeasure, Plan, ReconciliationItem } from './types';

/** The matched Tiltak lines of every measure, in table order: one pass, not one scan per measure. */
function linesByMeasure(matched: readonly MatchedLine[]): Map<OperatingMeasure, EconomyPlanLine[]> {
  const lines = new Map<OperatingMeasure, EconomyPlanLine[]>();
  for (const x of matched) {
    if (x.kind !== 'measure') continue;
    const list = lines.get(x.measure);
    if (list) list.push(x.line);
    else lines.set(x.measure, [x.line]);
  }
  return lines;
}

function compareMeasure(plan: Plan, m: OperatingMeasure, lines: readonly EconomyPlanLine[]): ReconciliationItem[] {
  const newMoney = newMoneyByYear(m, plan.settings.unit);
  const economyPlan = sumByYear(
    plan.years.length,
    lines.map((l) => l.years),
  );
  const series: Comparison[] = plan.years.map((year, i) => ({
    code: 'measure-new-money',
    ref: m.id || m.ref,
    ...(m.id ? { measureId: m.id } : {}),
    year,
    measures: newMoney[i] ?? kr(0),
    economyPlan: economyPlan[i] ?? kr(0),
    // The measure's cost cell of that year: new money is derived from it.
    cells: { measures: cellOf(m, yearKey(year)), economyPlan: cellOf(lines[0], yearKey(year)) },
  }));
  return classifySeries(series, plan.settings.tolerance);
}

function notInEconomyPlan(plan: Plan, m: OperatingMeasure): ReconciliationItem {
  const total = newMoneyByYear(m, plan.settings.unit).reduce((a, b) => a + b, 0);
  return toItem(
    {
      code: 'measure-not-in-economy-plan',
      ref: m.id || m.ref,
      ...(m.id ? { measureId: m.id } : {}),
      measures: kr(total),
      economyPlan: kr(0),
      cells: { measures: cellOf(m, 'finNew') },
    },
    'mismatch',
  );
}

/**
 * Reconciles every costed operating measure with its economy plan `Tiltak` lines (several lines of one
 * measure are added up; the first one's cells are named).
 */
export function reconcileMeasures(plan: Plan, matched: readonly MatchedLine[]): ReconciliationItem[] {
  const items: ReconciliationItem[] = [];
  const byMeasure = linesByMeasure(matched);
  for (const m of plan.operating) {
    if (!isCosted(m)) continue;
    const lines = byMeasure.get(m) ?? [];
    if (lines.length > 0) items.push(...compareMeasure(plan, m, lines));
    else if ((m.finNew ?? 0) !== 0) items.push(notInEconomyPlan(plan, m));
  }
  return items;
}
