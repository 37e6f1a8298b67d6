/**
 * `frame-total` (SPEC §10): per frame and year, the new money of the frame's costed measures against the
 * frame's `Ramme` line (which the measures must not exceed), or against the sum of the frame's Drift
 * `Tiltak` lines (a Del not given counts as Drift: newMoneyLine.ts) when it has no `Ramme` line. Every costed measure counts, those with errors too (SPEC §4):
 * the items then name them (`rowErrors`), so the explanation says so.
 */
import { classifyYears, withRowErrors, type YearSeries } from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import { isNewMoneyLine } from './newMoneyLine';
import type { PlanNewMoney } from '../measures/newMoney';
import { sumYearsOf } from './cells';
import { groupKeys } from '../measures/grouping';
import { isCosted } from '../measures/costed';
import type { Kr } from '../model/money';
import type { EconomyPlanLine, OperatingMeasure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';

interface FrameGroup {
  label: string;
  measures: OperatingMeasure[];
  /** The new money per year of each of `measures`. */
  newMoney: (readonly Kr[])[];
  limits: EconomyPlanLine[];
  lines: EconomyPlanLine[];
}

/** The frame a line of new money (isNewMoneyLine) counts in: its own Rammeområde, else its measure's. */
function lineFrame(x: MatchedLine): string {
  if (!isNewMoneyLine(x)) return '';
  if (x.kind === 'measure') return x.line.frame.trim() || x.measure.frame.trim();
  return x.line.frame.trim() || (x.measure?.table === 'operating' ? x.measure.frame.trim() : '');
}

function collectGroups(plan: Plan, newMoney: PlanNewMoney, matched: readonly MatchedLine[]): Map<string, FrameGroup> {
  const groups = new Map<string, FrameGroup>();
  const keyOf = groupKeys();
  const groupOf = (label: string): FrameGroup => {
    const key = keyOf(label);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, measures: [], newMoney: [], limits: [], lines: [] }));
    return group;
  };
  plan.operating.forEach((m, i) => {
    if (!isCosted(m) || m.frame.trim() === '' || (m.finNew ?? 0) === 0) return;
    const group = groupOf(m.frame.trim());
    group.measures.push(m);
    group.newMoney.push(newMoney[i] ?? []);
  });
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined) continue;
    if (x.kind === 'frame') groupOf(x.frame).limits.push(x.line);
    const frame = lineFrame(x);
    if (frame === '') continue;
    groupOf(frame).lines.push(x.line);
  }
  return groups;
}

function compareFrame(plan: Plan, g: FrameGroup, withErrors: ReadonlySet<string>, into: ReconciliationItem[]): void {
  const { years } = plan;
  const hasLimit = g.limits.length > 0;
  const series: YearSeries = {
    code: 'frame-total',
    ref: g.label,
    years,
    measures: sumYearsOf(years.length, g.newMoney, (parts) => parts),
    economyPlan: sumYearsOf(years.length, hasLimit ? g.limits : g.lines, (l) => l.years),
    cells: {
      measure: g.measures.length === 1 ? g.measures[0] : undefined,
      line: hasLimit ? g.limits[0] : g.lines.length === 1 ? g.lines[0] : undefined,
    },
  };
  const first = into.length;
  classifyYears(series, plan.settings.tolerance, hasLimit, into);
  const rowErrors = withErrors.size === 0 ? [] : g.measures.filter((m) => withErrors.has(m.id)).map((m) => m.id);
  if (rowErrors.length > 0) for (let i = first; i < into.length; i++) withRowErrors(into[i], rowErrors);
}

/**
 * Reconciles the new money of every frame that has measures with new money or economy plan lines.
 * `withErrors`: the IDs of measures whose sums do not hold; they count, and their frames' items name them.
 */
export function reconcileFrames(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  withErrors: ReadonlySet<string>,
  into: ItemsByCode,
): void {
  const items = into.of('frame-total');
  for (const g of collectGroups(plan, newMoney, matched).values()) compareFrame(plan, g, withErrors, items);
}
