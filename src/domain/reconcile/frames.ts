/**
 * `frame-total` (SPEC §10): per frame and year, the new money of the frame's costed measures against the
 * frame's `Ramme` line (which the measures must not exceed), or against the sum of the frame's Drift
 * `Tiltak` lines (a Del not given counts as Drift: newMoneyLine.ts) when it has no `Ramme` line. Every costed measure counts, those with errors too (SPEC §4):
 * the items then name them (`rowErrors`), so the explanation says so; one without Rammeområde counts in the frame
 * its economy plan line names (measureFrames), and the items name it (`frameFromLine`).
 */
import { classifyYears, withRowErrors, type YearSeries } from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import { isNewMoneyLine } from './newMoneyLine';
import { lineFrameDifferences, noteLineFrames } from './lineFrames';
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
  /** The IDs of those of `measures` without Rammeområde, counted here by their economy plan line. */
  fromLine: string[];
  /** The new money per year of each of `measures`. */
  newMoney: (readonly Kr[])[];
  limits: EconomyPlanLine[];
  lines: EconomyPlanLine[];
}

/**
 * The frame a line of new money (isNewMoneyLine) counts in: its own Rammeområde, else the frame its measure is
 * placed in (`frames`, measureFrames: its Rammeområde, else its other lines'), so a measure's lines count in the
 * frame its new money counts in.
 */
function lineFrame(x: MatchedLine, frames: readonly string[]): string {
  if (!isNewMoneyLine(x)) return '';
  if (x.kind === 'measure') return x.line.frame.trim() || (frames[x.at] ?? x.measure.frame.trim());
  return x.line.frame.trim() || (x.measure?.table === 'operating' ? x.measure.frame.trim() : '');
}

/** Whether the frame check counts a measure's new money: costed with Nye midler ≠ 0 (rows with errors too, SPEC §4). */
export const countsInFrame = (m: OperatingMeasure): boolean => isCosted(m) && (m.finNew ?? 0) !== 0;

/**
 * The frame each operating measure counts in, by its position in plan.operating: its Rammeområde, else (the
 * symmetric rule of lineFrame: a line takes its measure's frame when it has none) the one frame its matched
 * economy plan lines name; '' when neither names one, or its lines name several (the frame is not guessed).
 * `fromLine` holds the positions placed by their lines. The single check and the consolidation both place by it.
 */
export function measureFrames(
  plan: Plan,
  matched: readonly MatchedLine[],
): { frames: string[]; fromLine: ReadonlySet<number> } {
  const frames = plan.operating.map((m) => m.frame.trim());
  // Per measure without Rammeområde, its lines' frame; null when they name two.
  const byLine = new Map<number, string | null>();
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined || x.kind !== 'measure' || frames[x.at] !== '') continue;
    const frame = x.line.frame.trim();
    if (frame === '') continue;
    const known = byLine.get(x.at);
    if (known === undefined) byLine.set(x.at, frame);
    else if (known !== null && groupKey(known) !== groupKey(frame)) byLine.set(x.at, null);
  }
  const fromLine = new Set<number>();
  for (const [at, frame] of byLine) {
    if (frame === null) continue;
    frames[at] = frame;
    fromLine.add(at);
  }
  return { frames, fromLine };
}

function collectGroups(plan: Plan, newMoney: PlanNewMoney, matched: readonly MatchedLine[]): Map<string, FrameGroup> {
  const groups = new Map<string, FrameGroup>();
  const keyOf = groupKeys();
  const groupOf = (label: string): FrameGroup => {
    const key = keyOf(label);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, measures: [], fromLine: [], newMoney: [], limits: [], lines: [] }));
    return group;
  };
  const { frames, fromLine } = measureFrames(plan, matched);
  plan.operating.forEach((m, i) => {
    const frame = frames[i] ?? '';
    if (!countsInFrame(m) || frame === '') return;
    const group = groupOf(frame);
    group.measures.push(m);
    if (fromLine.has(i)) group.fromLine.push(m.id || m.ref);
    group.newMoney.push(newMoney[i] ?? []);
  });
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined) continue;
    if (x.kind === 'frame') groupOf(x.frame).limits.push(x.line);
    const frame = lineFrame(x, frames);
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
  // A year over the Ramme line is an overrun, and the explanation says so (SPEC §10: the measures must not exceed it).
  if (hasLimit)
    for (let i = first; i < into.length; i++)
      if (into[i]?.class === 'mismatch') Object.assign(into[i] ?? {}, { overFrame: true });
  const rowErrors = withErrors.size === 0 ? [] : g.measures.filter((m) => withErrors.has(m.id)).map((m) => m.id);
  if (rowErrors.length > 0) for (let i = first; i < into.length; i++) withRowErrors(into[i], rowErrors);
  const frameFromLine = g.fromLine;
  if (frameFromLine.length > 0)
    for (let i = first; i < into.length; i++) Object.assign(into[i] ?? {}, { frameFromLine });
}

/**
 * Reconciles the new money of every frame that has measures with new money or economy plan lines.
 * `withErrors`: the IDs of measures whose sums do not hold; they count, and their frames' items name them.
 * A frame compared with its Tiltak lines names a measure whose line is in another frame (lineFrames.ts).
 */
export function reconcileFrames(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  withErrors: ReadonlySet<string>,
  into: ItemsByCode,
): void {
  const items = into.of('frame-total');
  const differs = lineFrameDifferences(matched);
  for (const g of collectGroups(plan, newMoney, matched).values()) {
    const first = items.length;
    compareFrame(plan, g, withErrors, items);
    if (g.limits.length === 0 && differs.size > 0) noteLineFrames(items, first, differs.get(groupKey(g.label)));
  }
}

/**
 * Names, in the items of each measure (measure-new-money, measure-not-in-economy-plan), a measure the frame check
 * counts (countsInFrame) but cannot place in a frame: no Rammeområde, and no matched line naming one (or lines
 * naming two). It is then in no frame-total, and its own items say so (`frameless`), not silence (SPEC §4).
 */
export function noteFramelessMeasures(plan: Plan, matched: readonly MatchedLine[], into: ItemsByCode): void {
  // Nearly every plan gives each such measure a Rammeområde: then nothing to place.
  if (!plan.operating.some((m) => countsInFrame(m) && m.frame.trim() === '')) return;
  const { frames } = measureFrames(plan, matched);
  const frameless = new Set<string>();
  plan.operating.forEach((m, i) => {
    if (countsInFrame(m) && frames[i] === '' && m.id.trim() !== '') frameless.add(m.id);
  });
  if (frameless.size === 0) return;
  for (const code of ['measure-new-money', 'measure-not-in-economy-plan'] as const) {
    const items = into.of(code);
    // Counted (per item; docs/performance.md).
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item?.measureId !== undefined && frameless.has(item.measureId)) Object.assign(item, { frameless: true });
    }
  }
}
