/**
 * `frame-total` (SPEC §10): per frame and year, the new money of the frame's costed measures against the
 * frame's `Ramme` line (which the measures must not exceed), or against the sum of the frame's Drift
 * `Tiltak` lines (a Del not given counts as Drift: newMoneyLine.ts) when it has no `Ramme` line. Every costed measure counts, those with errors too (SPEC §4):
 * the items then name them (`rowErrors`), so the explanation says so; one without Rammeområde counts in the frame
 * code its economy plan line names (measureFrames), and the items name it (`frameFromLine`); one its lines cannot
 * place is in no frame, and the items of each frame its lines have name it (`linesOnly`).
 */
import { classifyYears, withLineCells, withRowErrors, type YearSeries } from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import { isNewMoneyLine } from './newMoneyLine';
import { lineFrameDifferences, noteLineFrames } from './lineFrames';
import type { PlanNewMoney } from '../measures/newMoney';
import { sumLineYears, sumYearsOf } from './cells';
import { countsInFrame, measureFrames, type FrameCodeTest } from './measureFrames';
import { groupKey, groupKeys } from '../measures/grouping';
import { sheetAddress, yearKey } from '../read/rowCells';
import { emptyEconomyYears } from '../model/yearTables';
import type { Kr } from '../model/money';
import type { EconomyPlanLine, OperatingMeasure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { FramelessWhy } from '../model/reconciliationDetails';

interface FrameGroup {
  label: string;
  measures: OperatingMeasure[];
  /** The IDs of those of `measures` without Rammeområde, counted here by their economy plan line. */
  fromLine: string[];
  /** The IDs of measures without Rammeområde their lines could not place, whose lines count here (linesOnly). */
  linesOnly: string[];
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

function collectGroups(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  isCode?: FrameCodeTest,
): Map<string, FrameGroup> {
  const groups = new Map<string, FrameGroup>();
  const keyOf = groupKeys();
  const groupOf = (label: string): FrameGroup => {
    const key = keyOf(label);
    let group = groups.get(key);
    if (!group)
      groups.set(
        key,
        (group = { label, measures: [], fromLine: [], linesOnly: [], newMoney: [], limits: [], lines: [] }),
      );
    return group;
  };
  const { frames, fromLine, unplaced } = measureFrames(plan, matched, isCode);
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
    const group = groupOf(frame);
    group.lines.push(x.line);
    // A measure its lines could not place: its lines count here, its new money nowhere; the items name it.
    if (x.kind === 'measure' && unplaced.has(x.at)) {
      const id = x.measure.id || x.measure.ref;
      if (!group.linesOnly.includes(id)) group.linesOnly.push(id);
    }
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
    economyPlan: sumLineYears(years.length, hasLimit ? g.limits : g.lines),
    cells: {
      measure: g.measures.length === 1 ? g.measures[0] : undefined,
      line: hasLimit ? g.limits[0] : g.lines[0],
    },
    waiting: emptyEconomyYears(plan),
  };
  const first = into.length;
  classifyYears(series, plan.settings.tolerance, hasLimit, into);
  if (g.limits.length > 1) nameLineCells(g.limits, into, first);
  else if (!hasLimit && g.lines.length > 1) nameLineCells(g.lines, into, first, true);
  // A year over the Ramme line is an overrun, and the explanation says so (SPEC §10: the measures must not exceed it).
  if (hasLimit)
    for (let i = first; i < into.length; i++)
      if (into[i]?.class === 'mismatch') Object.assign(into[i] ?? {}, { overFrame: true });
  const rowErrors = withErrors.size === 0 ? [] : g.measures.filter((m) => withErrors.has(m.id)).map((m) => m.id);
  if (rowErrors.length > 0) for (let i = first; i < into.length; i++) withRowErrors(into[i], rowErrors);
  const frameFromLine = g.fromLine;
  if (frameFromLine.length > 0)
    for (let i = first; i < into.length; i++) Object.assign(into[i] ?? {}, { frameFromLine });
  const linesOnly = g.linesOnly;
  if (linesOnly.length > 0) for (let i = first; i < into.length; i++) Object.assign(into[i] ?? {}, { linesOnly });
}

/**
 * Names, in each year's item of a frame limited by several Ramme lines, or without one compared with several Tiltak
 * lines (`tiltak`), that year's cell of every one (lineCells), as a measure's item names all its lines: the economy
 * plan's figure is their sum, and the item's own cell holds only the first's.
 */
function nameLineCells(lines: readonly EconomyPlanLine[], items: ReconciliationItem[], first: number, tiltak = false) {
  for (let i = first; i < items.length; i++) {
    const year = items[i]?.year;
    if (year === undefined) continue;
    withLineCells(
      items[i],
      lines.flatMap((l) => sheetAddress(l, yearKey(year)) ?? []),
    );
    if (tiltak && items[i]?.lineCells !== undefined) Object.assign(items[i] ?? {}, { tiltakLines: true });
  }
}

/**
 * Reconciles the new money of every frame that has measures with new money or economy plan lines.
 * `withErrors`: the IDs of measures with errors in their amounts; they count, and their frames' items name them.
 * `isCode`: the frame codes a measure without Rammeområde may be placed in (measureFrames; the plan's list by
 * default, every plan's in a consolidation).
 * A frame compared with its Tiltak lines names a measure whose line is in another frame (lineFrames.ts).
 */
export function reconcileFrames(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  withErrors: ReadonlySet<string>,
  into: ItemsByCode,
  isCode?: FrameCodeTest,
): void {
  const items = into.of('frame-total');
  const differs = lineFrameDifferences(matched);
  for (const g of collectGroups(plan, newMoney, matched, isCode).values()) {
    const first = items.length;
    compareFrame(plan, g, withErrors, items);
    if (g.limits.length === 0 && differs.size > 0) noteLineFrames(items, first, differs.get(groupKey(g.label)));
  }
}

/**
 * Names, in the items of each measure (measure-new-money, measure-not-in-economy-plan), a measure the frame check
 * counts (countsInFrame) but cannot place in a frame: no Rammeområde, and no matched line naming one frame code
 * (lines naming two, or a frame that is no code). It is then in no frame-total, and its own items say so and why
 * (`frameless`), not silence (SPEC §4).
 */
export function noteFramelessMeasures(
  plan: Plan,
  matched: readonly MatchedLine[],
  into: ItemsByCode,
  isCode?: FrameCodeTest,
): void {
  // Nearly every plan gives each such measure a Rammeområde: then nothing to place.
  if (!plan.operating.some((m) => countsInFrame(m) && m.frame.trim() === '')) return;
  const { frames, unplaced } = measureFrames(plan, matched, isCode);
  const frameless = new Map<string, FramelessWhy>();
  plan.operating.forEach((m, i) => {
    if (countsInFrame(m) && frames[i] === '' && m.id.trim() !== '') frameless.set(m.id, unplaced.get(i) ?? {});
  });
  if (frameless.size === 0) return;
  for (const code of ['measure-new-money', 'measure-not-in-economy-plan'] as const) {
    const items = into.of(code);
    // Counted (per item; docs/performance.md).
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const why = item?.measureId === undefined ? undefined : frameless.get(item.measureId);
      if (why !== undefined) Object.assign(item ?? {}, { frameless: why });
    }
  }
}
