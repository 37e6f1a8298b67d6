/**
 * `frame-total` across plans (SPEC §15): a frame's `Ramme` line covers the frame's measures of all plans, so
 * the new money of every plan's measures in the frame is added up per year and compared by the reconciler
 * of a single plan (reconcile/frames.ts), run once over the plans' measures side by side. A year over the
 * frame is a mismatch, never timing (SPEC §10). Each item carries each plan's share.
 */
import { groupKey } from '../measures/grouping';
import { lineFrame } from '../read/economyPlan';
import { reconcileFrames } from '../reconcile/frames';
import { countsInFrame, measureFrames, type FrameCodeTest } from '../reconcile/measureFrames';
import { ItemsByCode } from '../reconcile/itemsByCode';
import { kr } from '../model/money';
import type { PlanNewMoney } from '../measures/newMoney';
import type { MatchedLine } from '../reconcile/matchLines';
import type { Claimant, ConsolidationItem, PlanShare } from '../model/consolidation';
import type { Kr } from '../model/money';
import { yearsRead, type EconomyPlanLine, type OperatingMeasure, type Plan } from '../model/plan';

export interface FramePlan {
  readonly plan: Plan;
  readonly name: string;
  readonly file: string;
  readonly newMoney: PlanNewMoney;
  /** Its own lines as matched against its measures. */
  readonly matched: readonly MatchedLine[];
  /** IDs of its measures with errors in their amounts (ROW_ERROR_CODES): they count like the others (SPEC §4). */
  readonly excluded: ReadonlySet<string>;
  /** IDs of its measures with an amount cell that is no amount (amount-invalid), counted as 0. */
  readonly invalid?: ReadonlySet<string>;
}

/**
 * Per frame key, per plan, the new money per year: each measure in the frame the frame reconciler places it in
 * (measureFrames: its Rammeområde, else its economy plan line's), rows with errors too (SPEC §4).
 */
function sharesOf(
  plans: readonly FramePlan[],
  yearCount: number,
  isCode: FrameCodeTest,
): Map<string, Map<string, Kr[]>> {
  const out = new Map<string, Map<string, Kr[]>>();
  for (const p of plans) {
    const { frames } = measureFrames(p.plan, p.matched, isCode);
    p.plan.operating.forEach((m, i) => {
      const frame = frames[i] ?? '';
      if (!countsInFrame(m) || frame === '') return;
      const key = groupKey(frame);
      let byPlan = out.get(key);
      if (!byPlan) out.set(key, (byPlan = new Map()));
      let sums = byPlan.get(p.name);
      if (!sums) byPlan.set(p.name, (sums = Array.from({ length: yearCount }, () => kr(0))));
      const money = p.newMoney[i] ?? [];
      for (let y = 0; y < yearCount; y++) sums[y] = kr((sums[y] ?? 0) + (money[y] ?? 0));
    });
  }
  return out;
}

/**
 * A measure's ID made unique across the plans: its plan's position before it. A measure without ID goes by its Ref,
 * as in one plan's check (`id || ref`), marked (NO_ID) so that no ID is taken for it: each such measure is named
 * by its own Ref, not all of one plan by one empty ID.
 */
const NO_ID = '\u0001';
const uniqueId = (n: number, m: OperatingMeasure): string => `${n}\u0000${m.id === '' ? NO_ID + m.ref : m.id}`;

/** The plans' measures side by side, IDs made unique per plan, and their matched lines pointing at them. */
function mergePlans(plans: readonly FramePlan[], others: readonly EconomyPlanLine[]) {
  const operating: OperatingMeasure[] = [];
  const newMoney: (readonly Kr[])[] = [];
  const matched: MatchedLine[] = [];
  const excluded = new Set<string>();
  const invalid = new Set<string>();
  // The plan-unique ID back to the plan and the measure's own ID, for the items that name a measure.
  const owners = new Map<string, Claimant>();
  plans.forEach((p, n) => {
    const offset = operating.length;
    for (const m of p.plan.operating) operating.push({ ...m, id: uniqueId(n, m) });
    newMoney.push(...p.newMoney);
    for (const id of p.excluded) {
      excluded.add(`${n}\u0000${id}`);
      owners.set(`${n}\u0000${id}`, { plan: p.name, measureId: id });
    }
    for (const id of p.invalid ?? []) invalid.add(`${n}\u0000${id}`);
    // A measure without Rammeområde may be counted by its line's (frameFromLine): named with its plan too.
    for (const m of p.plan.operating)
      if (m.frame.trim() === '') owners.set(uniqueId(n, m), { plan: p.name, measureId: m.id || m.ref });
    for (const x of p.matched) {
      if (x.kind === 'measure') {
        const measure = operating[offset + x.at] ?? x.measure;
        matched.push({ ...x, measure, at: offset + x.at });
      } else if (x.kind === 'unmatched') matched.push(x);
    }
  });
  for (const line of others) {
    const frame = lineFrame(line);
    if (groupKey(line.lineType) === 'ramme') {
      if (frame !== '') matched.push({ kind: 'frame', line, frame });
    } else matched.push({ kind: 'unmatched', line });
  }
  return { operating, newMoney, matched, excluded, invalid, owners };
}

/** A measure's plan-unique ID (mergePlans) back to its own ID (or, without one, its Ref) and its plan's name. */
function ownerOf(unique: string, plans: readonly FramePlan[]): { measure: string; plan?: string; file?: string } {
  const at = unique.indexOf('\u0000');
  if (at < 0) return { measure: unique };
  const owner = plans[Number(unique.slice(0, at))];
  const own = unique.slice(at + 1);
  const measure = own.startsWith(NO_ID) ? own.slice(NO_ID.length) : own;
  return { measure, ...(owner !== undefined ? { plan: owner.name, file: owner.file } : {}) };
}

/**
 * The frame-total items of all plans together against the `Ramme` lines (`held`: some left out for a plan's year
 * headers), or against the Drift `Tiltak` lines
 * of a frame without one: the plans' own, and `others` (the `Ramme` lines and the lines no plan claims, which
 * count in their Rammeområde as in the check of one plan, SPEC §10).
 */
export function consolidateFrames(
  plans: readonly FramePlan[],
  others: readonly EconomyPlanLine[],
  base: {
    readonly years: readonly number[];
    readonly tolerance: Kr;
    readonly template: Plan;
    /** The frame codes of every plan's list and the economy plan workbook's (measureFrames places by them). */
    readonly isCode: FrameCodeTest;
  },
): { items: ConsolidationItem[]; held: boolean } {
  const merged = mergePlans(plans, others);
  const plan: Plan = {
    ...base.template,
    years: base.years,
    settings: { ...base.template.settings, tolerance: base.tolerance },
    operating: merged.operating,
    investment: [],
    economyPlan: [],
  };
  const items = new ItemsByCode();
  reconcileFrames(plan, merged.newMoney, merged.matched, merged.excluded, items, base.isCode);
  const shares = sharesOf(plans, base.years.length, base.isCode);
  // A plan whose Tiltak drift's year headers are not the period: a frame holding its measures is compared once
  // they match (its new money of the unread years is no 0 of the sheet), as one plan's check leaves it out.
  const unread = new Set(plans.filter((p) => !yearsRead(p.plan.layouts.operating)).map((p) => p.name));
  const waits = (ref: string) => [...(shares.get(groupKey(ref))?.keys() ?? [])].some((name) => unread.has(name));
  let held = false;
  const out = items.of('frame-total').flatMap((item): ConsolidationItem[] => {
    if (waits(item.ref)) {
      held = true;
      return [];
    }
    const y = item.year === undefined ? -1 : base.years.indexOf(item.year);
    const byPlan = shares.get(groupKey(item.ref));
    const list: PlanShare[] = [];
    for (const [name, sums] of byPlan ?? []) {
      const amount = sums[y] ?? kr(0);
      if (amount !== 0) list.push({ plan: name, amount });
    }
    const rowErrors = (item.rowErrors ?? []).flatMap((id) => merged.owners.get(id) ?? []);
    const frameFromLine = (item.frameFromLine ?? []).flatMap((id) => merged.owners.get(id) ?? []);
    const linesOnly = (item.linesOnly ?? []).flatMap((id) => merged.owners.get(id) ?? []);
    const lineFrameDiffers = item.lineFrameDiffers?.map((d) => ({ ...d, ...ownerOf(d.measure, plans) }));
    // The class is reconcileFrames': a year over a Ramme line is a mismatch, never timing (SPEC §10).
    const frameItem: ConsolidationItem = {
      code: 'frame-total',
      class: item.class,
      severity: item.severity,
      ref: item.ref,
      year: item.year,
      measures: item.measures,
      economyPlan: item.economyPlan,
      difference: item.difference,
      shares: list,
      ...(rowErrors.length > 0 ? { rowErrors } : {}),
      ...(item.rowErrors?.some((id) => merged.invalid.has(id)) ? { rowErrorsInvalid: true as const } : {}),
      ...(frameFromLine.length > 0 ? { frameFromLine } : {}),
      ...(linesOnly.length > 0 ? { linesOnly } : {}),
      ...(item.lineCells === undefined ? {} : { lineCells: item.lineCells }),
      ...(item.tiltakLines === true ? { tiltakLines: true as const } : {}),
      ...(lineFrameDiffers !== undefined ? { lineFrameDiffers } : {}),
      ...(item.overFrame === true ? { overFrame: true as const } : {}),
      cells: { economyPlan: item.cells.economyPlan },
    };
    return [frameItem];
  });
  return { items: out, held };
}

/**
 * The frames of `Ramme` lines, each once (case and spaces aside), in the order of the lines, as first spelt: those
 * a consolidation names as not compared when no plan is (Consolidation.framesNotCompared).
 */
export function frameLineCodes(lines: readonly EconomyPlanLine[]): string[] {
  const byKey = new Map<string, string>();
  for (const l of lines) {
    const code = lineFrame(l);
    if (!byKey.has(groupKey(code))) byKey.set(groupKey(code), code);
  }
  return [...byKey.values()];
}
