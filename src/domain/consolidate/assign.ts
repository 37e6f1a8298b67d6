/**
 * Which plan each economy plan line belongs to (SPEC §15): a line with `Plan` set belongs to that plan only;
 * a line without it to the one plan whose measure its Ref names (by ID, Ref. or Prosjektnr) — a Ref found in
 * two plans is ambiguous and belongs to none — a plan that is not compared (another period) counts as one of
 * the two, or its line would be compared with the other plan's measure. A plan under a Plannavn an earlier plan
 * has (`duplicate`) is the last resort: a Ref it shares with another plan is the other's (the same file given
 * twice claims nothing), a Ref only it carries is its own, so the line is left out with it. `Ramme` lines cover
 * the frame in all plans and belong to none; one that names no frame, or none the plans know, is unclaimed.
 * Every line goes to at most one plan. The measures of all plans are indexed once, so each line is one
 * lookup however many plans there are (the matching must not grow with plans × lines).
 */
import { groupKey, groupKeys } from '../measures/grouping';
import { refKey } from '../measures/grouping';
import { lineFrame } from '../read/economyPlan';
import { isKnownFrame, knownFrames, unknownFrame } from '../reconcile/knownFrames';
import type { Claimant } from '../model/consolidation';
import type { EconomyPlanLine, Plan } from '../model/plan';

export interface AssignInput {
  readonly plan: Plan;
  /** Plannavn (or the file's name when it has none). */
  readonly name: string;
  /** False for a plan that is not compared (another period): its measures claim lines, but it gets none. */
  readonly compared?: boolean;
  /**
   * A plan not compared because an earlier plan has its Plannavn (plan-name-duplicate): it claims only the
   * lines no other plan's measure names, and they are left out naming its file.
   */
  readonly duplicate?: boolean;
  readonly file?: string;
}

export interface Assignment {
  /** Per plan (same order as the input), its Tiltak and Finansiering lines. */
  readonly perPlan: readonly EconomyPlanLine[][];
  readonly frameLines: readonly EconomyPlanLine[];
  /**
   * Lines no compared plan claims, each once; `plan`: the one plan not compared whose measure the Ref names,
   * and `file` its file when it is a plan under a Plannavn taken (whose name is the compared plan's too).
   */
  readonly unclaimed: readonly Unclaimed[];
  readonly ambiguous: readonly { readonly line: EconomyPlanLine; readonly claimants: readonly Claimant[] }[];
}

export interface Unclaimed {
  readonly line: EconomyPlanLine;
  readonly plan?: string;
  readonly file?: string;
  /** The years of `plan` when it is not compared and not for its name (another period, period-mismatch). */
  readonly planYears?: readonly number[];
  /** A Ramme line of a frame in no plan's list nor on any measure (isKnownFrame): the frame, the lists' codes. */
  readonly frameUnknown?: { readonly frame: string; readonly codes: readonly string[]; readonly noList?: true };
}

interface Claim {
  readonly plan: number;
  readonly measureId: string;
}

/** Every key a measure can be named by, per key the plans (first measure each) that carry it. */
function indexKeys(plans: readonly AssignInput[]): Map<string, Claim[]> {
  const byKey = new Map<string, Claim[]>();
  const add = (key: string, plan: number, measureId: string): void => {
    if (key === '') return;
    const claims = byKey.get(key);
    if (!claims) byKey.set(key, [{ plan, measureId }]);
    else if (claims[claims.length - 1]?.plan !== plan) claims.push({ plan, measureId });
  };
  plans.forEach(({ plan }, p) => {
    for (const m of plan.operating) {
      add(refKey(m.id), p, m.id);
      add(refKey(m.ref), p, m.id);
    }
    for (const m of plan.investment) {
      add(refKey(m.id), p, m.id);
      add(refKey(m.ref), p, m.id);
      add(refKey(m.project), p, m.id);
    }
  });
  return byKey;
}

/**
 * Assigns every line of the economy plan to at most one plan. `listed`: the economy plan workbook's own frame codes,
 * known frames beside the plans' (knownFrames).
 */
export function assignLines(
  plans: readonly AssignInput[],
  lines: readonly EconomyPlanLine[],
  listed: readonly string[] = [],
): Assignment {
  const byKey = indexKeys(plans);
  const byName = new Map<string, number>();
  plans.forEach((p, i) => {
    const key = p.compared === false ? '' : groupKey(p.name);
    if (key !== '' && !byName.has(key)) byName.set(key, i);
  });
  const keyOf = groupKeys();
  const frames = knownFrames(
    plans.map((p) => p.plan),
    listed,
  );
  const perPlan: EconomyPlanLine[][] = plans.map(() => []);
  const frameLines: EconomyPlanLine[] = [];
  const unclaimed: Unclaimed[] = [];
  const ambiguous: { line: EconomyPlanLine; claimants: Claimant[] }[] = [];
  for (const line of lines) {
    if (keyOf(line.lineType) === 'ramme') {
      // A Ramme line naming no frame (neither Rammeområde nor Ref), or one no plan knows, covers none: listed as
      // one plan's check does (matchLines.ts).
      const frame = lineFrame(line);
      if (frame === '') unclaimed.push({ line });
      else if (isKnownFrame(frames, frame)) frameLines.push(line);
      else unclaimed.push({ line, frameUnknown: unknownFrame(frames, frame) });
      continue;
    }
    const named = line.plan.trim() === '' ? undefined : byName.get(keyOf(line.plan));
    if (named !== undefined) {
      perPlan[named]?.push(line);
      continue;
    }
    const all = line.plan.trim() === '' ? (byKey.get(refKey(line.ref)) ?? []) : [];
    const claims = all.filter((c) => plans[c.plan]?.duplicate !== true);
    const copy = claims.length === 0 && all[0] !== undefined ? plans[all[0].plan] : undefined;
    if (copy !== undefined) {
      unclaimed.push({ line, plan: copy.name, ...(copy.file !== undefined ? { file: copy.file } : {}) });
      continue;
    }
    const only = claims.length === 1 ? plans[claims[0]?.plan ?? 0] : undefined;
    if (only?.compared === false) unclaimed.push({ line, plan: only.name, planYears: only.plan.years });
    else if (claims.length === 1) perPlan[claims[0]?.plan ?? 0]?.push(line);
    else if (claims.length === 0) unclaimed.push({ line });
    else
      ambiguous.push({
        line,
        claimants: claims.map((c) => ({ plan: plans[c.plan]?.name ?? '', measureId: c.measureId })),
      });
  }
  return { perPlan, frameLines, unclaimed, ambiguous };
}
