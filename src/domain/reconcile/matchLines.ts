/**
 * Matching economy plan lines to what they are about (SPEC §6, §10): a Drift `Tiltak` line to an operating
 * measure (by ID, else by its Ref. when exactly one costed measure carries it), an Investering `Tiltak` or
 * `Finansiering` line to a project (by Prosjektnr, else by measure ID, else by a unique Ref.), a `Ramme`
 * line to a frame (not one with Del `Investering`: a Ramme line is drift only, knownFrames.ts). Keys are compared trimmed and case-insensitively.
 */
import { INVESTMENT_COLUMNS, INVESTMENT_FINANCING } from '../model/schema';
import { isBlankLine, lineFrame } from '../read/economyPlan';
import { groupKey, groupKeys, projectKey, refKey } from '../measures/grouping';
import { isCosted } from '../measures/costed';
import { isInvestmentFrameLine, isKnownFrame, knownFrames, unknownFrame, type KnownFrames } from './knownFrames';
import type { EconomyPlanLine, InvestmentMeasure, Measure, OperatingMeasure, Plan } from '../model/plan';
import type { FrameUnknown } from '../model/reconciliationDetails';

export type FinancingKey = (typeof INVESTMENT_FINANCING)[number]['key'];

export type MatchedLine =
  | {
      readonly kind: 'measure';
      readonly line: EconomyPlanLine;
      readonly measure: OperatingMeasure;
      /** The measure's position in plan.operating. */
      readonly at: number;
    }
  | { readonly kind: 'expenditure'; readonly line: EconomyPlanLine; readonly project: string }
  | {
      readonly kind: 'financing';
      readonly line: EconomyPlanLine;
      readonly project: string;
      readonly source: FinancingKey;
    }
  | { readonly kind: 'frame'; readonly line: EconomyPlanLine; readonly frame: string }
  /**
   * A line that matches no costed measure; `measure` is the non-costed one it matched, if any;
   * `sourceUnknown` when it is a Finansiering line of a costed project whose Finansieringskilde names none
   * of the six sources (or is empty); `sharedBy` the IDs of the costed measures whose Ref. it names, when
   * there are several (it cannot tell which one it is for); `frameUnknown` for a Ramme line of no known frame.
   */
  | {
      readonly kind: 'unmatched';
      readonly line: EconomyPlanLine;
      readonly measure?: Measure;
      readonly sourceUnknown?: boolean;
      readonly sharedBy?: readonly string[];
      /** A Ramme line whose frame is in no frame list and on no measure (knownFrame): the frame, the list's codes. */
      readonly frameUnknown?: FrameUnknown;
      /** A Ramme line with Del Investering (isInvestmentFrameLine): a Ramme line is drift only, it limits no frame. */
      readonly investmentFrame?: true;
    };

/** The §5-5 statement's line names, accepted as Finansieringskilde besides the column headers. */
const STATEMENT_NAMES: Readonly<Record<FinancingKey, string>> = {
  finVat: 'Kompensasjon for merverdiavgift',
  finGrant: 'Tilskudd fra andre',
  finSale: 'Salg av varige driftsmidler',
  finLoan: 'Bruk av lån',
  finOperating: 'Overføring fra drift',
  finFund: 'Bruk av investeringsfond',
};

/** The financing column a Finansieringskilde names (header, alias or § 5-5 line name), or null. */
export function financingSource(text: string, keyOf: (text: string) => string = groupKey): FinancingKey | null {
  const wanted = keyOf(text);
  if (wanted === '') return null;
  return FINANCING_NAMES.get(wanted) ?? null;
}

/** Every accepted Finansieringskilde by its grouping key, the first column claiming a name winning. */
const FINANCING_NAMES: ReadonlyMap<string, FinancingKey> = (() => {
  const names = new Map<string, FinancingKey>();
  for (const f of INVESTMENT_FINANCING) {
    const aliases = INVESTMENT_COLUMNS.find((c) => c.key === f.key)?.aliases ?? [];
    for (const name of [f.header, STATEMENT_NAMES[f.key], ...aliases]) {
      const key = groupKey(name);
      if (key !== '' && !names.has(key)) names.set(key, f.key);
    }
  }
  return names;
})();

const NONE: readonly never[] = [];

/**
 * Measures by key, built once per plan so that matching every line is one lookup, not a scan. It answers with
 * positions in the table, which the reconcilers use to keep per-measure results in arrays, not maps.
 */
class MeasureIndex<T extends Measure> {
  /** The position of the first measure per ID. */
  private readonly byId = new Map<string, number>();
  private refs: Map<string, number[]> | null = null;

  constructor(readonly measures: readonly T[]) {
    // Counted here and below (per measure or line; docs/performance.md).
    for (let i = 0; i < measures.length; i++) {
      const id = refKey(measures[i]?.id ?? '');
      if (!this.byId.has(id)) this.byId.set(id, i);
    }
  }

  /** The positions of every measure per Ref., in table order; made on first use, since most lines name an ID. */
  private byRef(key: string): readonly number[] {
    if (!this.refs) {
      const refs = new Map<string, number[]>();
      for (let i = 0; i < this.measures.length; i++) pushTo(refs, refKey(this.measures[i]?.ref ?? ''), i);
      this.refs = refs;
    }
    return this.refs.get(key) ?? NONE;
  }

  /**
   * The position of the measure a line key names, or −1: by ID first, else by Ref. — the one costed measure
   * carrying it, or, when none carrying it is costed, the first one (so the line is reported as not costed).
   * A Ref. shared by several costed measures is ambiguous and names none.
   */
  find(key: string): number {
    if (key === '') return -1;
    const byId = this.byId.get(key);
    if (byId !== undefined) return byId;
    const byRef = this.byRef(key);
    const costed = byRef.filter((i) => isCosted(this.measures[i] as T));
    if (costed.length === 0) return byRef[0] ?? -1;
    return costed.length === 1 ? (costed[0] as number) : -1;
  }

  /** The IDs of the costed measures carrying Ref. `key` when it is no ID and several carry it (find names none). */
  sharing(key: string): string[] {
    if (key === '' || this.byId.has(key)) return [];
    const costed = this.byRef(key).flatMap((i) => {
      const m = this.measures[i];
      return m !== undefined && isCosted(m) && m.id !== '' ? [m.id] : [];
    });
    return costed.length > 1 ? costed : [];
  }
}

/** The lookups matchLine needs; build it once with indexPlan and pass it to every matchLine call. */
export interface PlanIndex {
  readonly operating: MeasureIndex<OperatingMeasure>;
  readonly investment: MeasureIndex<InvestmentMeasure>;
  /** Investment measures per Prosjektnr, in table order. */
  readonly byProject: ReadonlyMap<string, readonly InvestmentMeasure[]>;
  /** Investment measures per projectKey, in table order. */
  readonly byProjectKey: ReadonlyMap<string, readonly InvestmentMeasure[]>;
  /** groupKey of the repeating line columns (Del, Linjetype, Finansieringskilde), remembered per text. */
  readonly keyOf: (text: string) => string;
  readonly frames: KnownFrames;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lookups of a plan's measures by ID, Ref., Prosjektnr and project key. */
export function indexPlan(plan: Plan): PlanIndex {
  const byProject = new Map<string, InvestmentMeasure[]>();
  const byProjectKey = new Map<string, InvestmentMeasure[]>();
  for (let i = 0; i < plan.investment.length; i++) {
    const m = plan.investment[i];
    if (m === undefined) continue;
    pushTo(byProject, refKey(m.project), m);
    pushTo(byProjectKey, projectKey(m), m);
  }
  return {
    frames: knownFrames([plan]),
    operating: new MeasureIndex(plan.operating),
    investment: new MeasureIndex(plan.investment),
    byProject,
    byProjectKey,
    keyOf: groupKeys(),
  };
}

function findProject(index: PlanIndex, key: string): readonly InvestmentMeasure[] {
  // A line without Ref names no project: not the projects whose Prosjektnr is empty too.
  if (key === '') return NONE;
  const byProject = index.byProject.get(key) ?? NONE;
  if (byProject.length > 0) return byProject;
  const at = index.investment.find(key);
  const other = at >= 0 ? index.investment.measures[at] : undefined;
  return other ? (index.byProjectKey.get(projectKey(other)) ?? NONE) : NONE;
}

function matchOperating(index: PlanIndex, line: EconomyPlanLine): MatchedLine | null {
  const at = index.operating.find(refKey(line.ref));
  const measure = at >= 0 ? index.operating.measures[at] : undefined;
  if (!measure) return null;
  return isCosted(measure) ? { kind: 'measure', line, measure, at } : { kind: 'unmatched', line, measure };
}

function matchProject(index: PlanIndex, line: EconomyPlanLine, financing: boolean): MatchedLine | null {
  const measures = findProject(index, refKey(line.ref));
  const first = measures[0];
  if (!first) return null;
  const costed = measures.find(isCosted);
  if (!costed) return { kind: 'unmatched', line, measure: first };
  if (!financing) return { kind: 'expenditure', line, project: projectKey(costed) };
  const source = financingSource(line.source, index.keyOf);
  if (!source) return { kind: 'unmatched', line, sourceUnknown: true };
  return { kind: 'financing', line, project: projectKey(costed), source };
}

/**
 * Matches one economy plan line; null for a blank row. Unknown parts are tried against both tables.
 * Pass the plan's index when matching many lines (building it scans every measure).
 */
export function matchLine(plan: Plan, line: EconomyPlanLine, index: PlanIndex = indexPlan(plan)): MatchedLine | null {
  if (isBlankLine(line)) return null;
  const type = index.keyOf(line.lineType);
  const part = index.keyOf(line.part);
  let matched: MatchedLine | null = null;
  if (type === 'ramme')
    matched = isInvestmentFrameLine(line, index.keyOf)
      ? { kind: 'unmatched', line, investmentFrame: true }
      : matchFrame(index, line);
  else if (type === 'finansiering') {
    matched = matchProject(index, line, true);
  } else if (type === 'tiltak') {
    if (part !== 'investering') matched = matchOperating(index, line);
    if (!matched && part !== 'drift') matched = matchProject(index, line, false);
  }
  return matched ?? unmatchedLine(index, line, type, part);
}

/**
 * A Ramme line's frame (lineFrame), or null when it names none. A frame not known (isKnownFrame) limits nothing:
 * the line is unmatched and says so (`frameUnknown`) rather than a frame of its own, while the frame it meant is
 * compared with its Tiltak lines. Without a list every frame is taken (list-empty is the finding then).
 */
function matchFrame(index: PlanIndex, line: EconomyPlanLine): MatchedLine | null {
  const frame = lineFrame(line);
  if (frame === '') return null;
  if (isKnownFrame(index.frames, frame)) return { kind: 'frame', line, frame };
  return { kind: 'unmatched', line, frameUnknown: unknownFrame(index.frames, frame) };
}

/** An unmatched line, with the costed measures sharing its Ref. when that is why (a Tiltak line's tables). */
function unmatchedLine(index: PlanIndex, line: EconomyPlanLine, type: string, part: string): MatchedLine {
  if (type !== 'tiltak') return { kind: 'unmatched', line };
  const key = refKey(line.ref);
  const sharedBy = [
    ...(part !== 'investering' ? index.operating.sharing(key) : []),
    ...(part !== 'drift' ? index.investment.sharing(key) : []),
  ];
  return sharedBy.length > 0 ? { kind: 'unmatched', line, sharedBy } : { kind: 'unmatched', line };
}

/** Matches every line of the economy plan, in table order, leaving out blank rows. */
export function matchLines(plan: Plan): MatchedLine[] {
  const index = indexPlan(plan);
  const matched: MatchedLine[] = [];
  for (let i = 0; i < plan.economyPlan.length; i++) {
    const line = plan.economyPlan[i];
    const m = line === undefined ? null : matchLine(plan, line, index);
    if (m !== null) matched.push(m);
  }
  return matched;
}
