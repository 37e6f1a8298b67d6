/**
 * `frame-total` (SPEC §10): per frame and year, the new money of the frame's costed measures against the
 * frame's `Ramme` line (which the measures must not exceed), or against the sum of the frame's Drift
 * `Tiltak` lines when it has no `Ramme` line. Measures with identity errors stay out of the aggregate, and
 * so do the lines that belong to them.
 */
import { classifyYears, type YearSeries } from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import type { PlanNewMoney } from '../measures/newMoney';
import { sumYearsOf } from './cells';
import { groupKey, groupKeys } from '../measures/grouping';
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

/** The frame a Drift `Tiltak` line counts in: its own Rammeområde, else its measure's. */
function lineFrame(x: MatchedLine): string {
  if (x.kind === 'measure') return x.line.frame.trim() || x.measure.frame.trim();
  if (x.kind !== 'unmatched') return '';
  const isDriftTiltak = groupKey(x.line.part) === 'drift' && groupKey(x.line.lineType) === 'tiltak';
  if (!isDriftTiltak) return '';
  return x.line.frame.trim() || (x.measure?.table === 'operating' ? x.measure.frame.trim() : '');
}

function collectGroups(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  excluded: ReadonlySet<string>,
): Map<string, FrameGroup> {
  const groups = new Map<string, FrameGroup>();
  const keyOf = groupKeys();
  const groupOf = (label: string): FrameGroup => {
    const key = keyOf(label);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, measures: [], newMoney: [], limits: [], lines: [] }));
    return group;
  };
  plan.operating.forEach((m, i) => {
    if (!isCosted(m) || excluded.has(m.id) || m.frame.trim() === '' || (m.finNew ?? 0) === 0) return;
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
    if (frame === '' || (x.kind === 'measure' && excluded.has(x.measure.id))) continue;
    groupOf(frame).lines.push(x.line);
  }
  return groups;
}

function compareFrame(plan: Plan, g: FrameGroup, into: ReconciliationItem[]): void {
  const { years } = plan;
  const hasLimit = g.limits.length > 0;
  const series: YearSeries = {
    code: 'frame-total',
    ref: g.label,
    years,
    measures: sumYearsOf(years.length, g.newMoney, (parts) => parts),
    economyPlan: sumYearsOf(years.length, hasLimit ? g.limits : g.lines, (l) => l.years),
    measuresCells: g.measures.length === 1 ? g.measures[0] : undefined,
    economyPlanCells: hasLimit ? g.limits[0] : g.lines.length === 1 ? g.lines[0] : undefined,
  };
  classifyYears(series, plan.settings.tolerance, hasLimit, into);
}

/** Reconciles the new money of every frame that has measures with new money or economy plan lines. */
export function reconcileFrames(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  excluded: ReadonlySet<string>,
  into: ItemsByCode,
): void {
  const items = into.of('frame-total');
  for (const g of collectGroups(plan, newMoney, matched, excluded).values()) compareFrame(plan, g, items);
}
