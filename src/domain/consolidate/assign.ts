/**
 * Which plan each economy plan line belongs to (SPEC §15): a line with `Plan` set belongs to that plan only;
 * a line without it to the one plan whose measure its Ref names (by ID, Ref. or Prosjektnr) — a Ref found in
 * two plans is ambiguous and belongs to none — a plan that is not compared (another period) counts as one of
 * the two, or its line would be compared with the other plan's measure. A plan under a Plannavn an earlier plan
 * has (`duplicate`) is the last resort: a Ref it shares with another plan is the other's (the same file given
 * twice claims nothing), a Ref only it carries is its own, so the line is left out with it. `Ramme` lines cover
 * the frame in all plans and belong to none; one that names no frame, or none the plans know, is unclaimed.
 * Every line goes to at most one plan. The measures of all plans are indexed once, so each line is one
 * lookup however many plans there are (the matching must not grow with plans × lines); only the few plans whose
 * measure the Ref names are then asked, by one plan's own rule (matchLine), whether the line can be theirs: a
 * Drift line is no project's, and a Ref. carried by a costed measure of one plan claims the line before one
 * carried only by a measure not costed of another — as one plan's check reads a Ref. (matchLines.ts); an ID
 * names its measure, costed or not. When no plan's rule takes the line, the Ref alone decides, as before: the one
 * plan carrying it reports the line as unmatched, two leave it unclaimed.
 */
import { groupKey, groupKeys } from '../measures/grouping';
import { refKey } from '../measures/grouping';
import { lineFrame } from '../read/economyPlan';
import { isInvestmentFrameLine, isKnownFrame, knownFrames, unknownFrame } from '../reconcile/knownFrames';
import { indexPlan, matchLine, type PlanIndex } from '../reconcile/matchLines';
import type { Claimant } from '../model/consolidation';
import type { FrameUnknown } from '../model/reconciliationDetails';
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
  readonly frameUnknown?: FrameUnknown;
  /** A Ramme line with Del Investering (isInvestmentFrameLine): it limits no frame, as in one plan's check. */
  readonly investmentFrame?: true;
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
 * How a plan's own check would read a line (matchLine): `named`, a measure it names by ID or Prosjektnr (costed or
 * not, as one plan's check takes an ID first) or a costed measure it names by Ref.; `not-costed`, only a measure
 * not costed by its Ref. (one plan's check takes the costed one carrying a Ref. first); or neither.
 */
type Fit = 'named' | 'not-costed' | null;

function fitOf(plan: Plan, line: EconomyPlanLine, index: PlanIndex): { fit: Fit; measureId?: string } {
  const m = matchLine(plan, line, index);
  if (m === null) return { fit: null };
  if (m.kind === 'measure') return { fit: 'named', measureId: m.measure.id };
  if (m.kind !== 'unmatched') return { fit: 'named' };
  // A Ref. several costed measures share, or a costed project's Finansiering line of no known source: the line
  // is that plan's (its check says why it cannot compare it).
  if (m.sharedBy !== undefined || m.sourceUnknown === true) return { fit: 'named' };
  const measure = m.measure;
  if (measure === undefined) return { fit: null };
  const key = refKey(line.ref);
  const byId = refKey(measure.id) === key || ('project' in measure && refKey(measure.project) === key);
  return { fit: byId ? 'named' : 'not-costed', measureId: measure.id };
}

/**
 * The claims a line's Ref gives, narrowed by one plan's rule (fitOf): the plans it names a measure of, else those
 * where it names only a measure not costed by its Ref.; `fits` false when no plan's rule takes the line (all of
 * them are returned then).
 */
function narrowClaims(
  claims: readonly Claim[],
  line: EconomyPlanLine,
  plans: readonly AssignInput[],
  indexOf: (plan: number) => PlanIndex,
): { claims: readonly Claim[]; fits: boolean } {
  if (claims.length === 0) return { claims, fits: false };
  const fitted = claims.map((c) => {
    const plan = plans[c.plan]?.plan;
    const fit = plan === undefined ? { fit: null } : fitOf(plan, line, indexOf(c.plan));
    return { claim: { plan: c.plan, measureId: fit.measureId ?? c.measureId }, fit: fit.fit };
  });
  for (const wanted of ['named', 'not-costed'] as const) {
    const some = fitted.filter((f) => f.fit === wanted);
    if (some.length > 0) return { claims: some.map((f) => f.claim), fits: true };
  }
  return { claims, fits: false };
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
  const indexes: (PlanIndex | undefined)[] = plans.map(() => undefined);
  const indexOf = (p: number): PlanIndex => (indexes[p] ??= indexPlan((plans[p] as AssignInput).plan));
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
      // A Ramme line naming no frame (neither Rammeområde nor Ref), one no plan knows, or one with Del Investering
      // covers none: listed as one plan's check does (matchLines.ts).
      const frame = lineFrame(line);
      if (isInvestmentFrameLine(line, keyOf)) unclaimed.push({ line, investmentFrame: true });
      else if (frame === '') unclaimed.push({ line });
      else if (isKnownFrame(frames, frame)) frameLines.push(line);
      else unclaimed.push({ line, frameUnknown: unknownFrame(frames, frame) });
      continue;
    }
    const named = line.plan.trim() === '' ? undefined : byName.get(keyOf(line.plan));
    if (named !== undefined) {
      perPlan[named]?.push(line);
      continue;
    }
    const byRef = line.plan.trim() === '' ? (byKey.get(refKey(line.ref)) ?? []) : [];
    const { claims: all, fits } = narrowClaims(byRef, line, plans, indexOf);
    const claims = all.filter((c) => plans[c.plan]?.duplicate !== true);
    const copy = claims.length === 0 && all[0] !== undefined ? plans[all[0].plan] : undefined;
    if (copy !== undefined) {
      unclaimed.push({ line, plan: copy.name, ...(copy.file !== undefined ? { file: copy.file } : {}) });
      continue;
    }
    const only = claims.length === 1 ? plans[claims[0]?.plan ?? 0] : undefined;
    if (only?.compared === false) unclaimed.push({ line, plan: only.name, planYears: only.plan.years });
    else if (claims.length === 1) perPlan[claims[0]?.plan ?? 0]?.push(line);
    else if (claims.length === 0 || !fits) unclaimed.push({ line });
    else
      ambiguous.push({
        line,
        claimants: claims.map((c) => ({ plan: plans[c.plan]?.name ?? '', measureId: c.measureId })),
      });
  }
  return { perPlan, frameLines, unclaimed, ambiguous };
}
