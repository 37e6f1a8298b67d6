/**
 * Matching economy plan lines to what they are about (SPEC §6, §10): a Drift `Tiltak` line to an operating
 * measure (by ID, else by its Ref. when exactly one costed measure carries it), an Investering `Tiltak` or
 * `Finansiering` line to a project (by Prosjektnr, else by measure ID, else by a unique Ref.), a `Ramme`
 * line to a frame. Keys are compared trimmed and case-insensitively.
 */
import { INVESTMENT_COLUMNS, INVESTMENT_FINANCING } from './schema';
import { isBlank as blank } from './sheetCells';
import { groupKey, groupKeys, isCosted } from './totals';
import type { EconomyPlanLine, InvestmentMeasure, Measure, OperatingMeasure, Plan } from './types';

export type FinancingKey = (typeof INVESTMENT_FINANCING)[number]['key'];

export type MatchedLine =
  | { readonly kind: 'measure'; readonly line: EconomyPlanLine; readonly measure: OperatingMeasure }
  | { readonly kind: 'expenditure'; readonly line: EconomyPlanLine; readonly project: string }
  | {
      readonly kind: 'financing';
      readonly line: EconomyPlanLine;
      readonly project: string;
      readonly source: FinancingKey;
    }
  | { readonly kind: 'frame'; readonly line: EconomyPlanLine; readonly frame: string }
  /** A line that matches no costed measure; `measure` is the non-costed one it matched, if any. */
  | { readonly kind: 'unmatched'; readonly line: EconomyPlanLine; readonly measure?: Measure };

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

/** The key a project is reconciled under: its Prosjektnr, or its ID when it has none. */
export function projectKey(m: InvestmentMeasure): string {
  return groupKey(m.project) || groupKey(m.id);
}

const NONE: readonly never[] = [];

/** Measures by key, built once per plan so that matching every line is one lookup, not a scan. */
class MeasureIndex<T extends Measure> {
  /** The first measure per ID. */
  readonly byId = new Map<string, T>();
  private refs: Map<string, T[]> | null = null;

  constructor(private readonly measures: readonly T[]) {
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as T;
      const id = groupKey(m.id);
      if (!this.byId.has(id)) this.byId.set(id, m);
    }
  }

  /** Every measure per Ref., in table order; made on first use, since most lines name an ID. */
  byRef(key: string): readonly T[] {
    if (!this.refs) {
      const refs = new Map<string, T[]>();
      for (const m of this.measures) pushTo(refs, groupKey(m.ref), m);
      this.refs = refs;
    }
    return this.refs.get(key) ?? NONE;
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
    const m = plan.investment[i] as InvestmentMeasure;
    pushTo(byProject, groupKey(m.project), m);
    pushTo(byProjectKey, projectKey(m), m);
  }
  return {
    operating: new MeasureIndex(plan.operating),
    investment: new MeasureIndex(plan.investment),
    byProject,
    byProjectKey,
    keyOf: groupKeys(),
  };
}

/**
 * The measure a line key names: by ID first, else by Ref. — the one costed measure carrying it, or, when
 * none carrying it is costed, the first one (so the line is reported as not costed). A Ref. shared by
 * several costed measures is ambiguous and names none.
 */
function findByIdOrRef<T extends Measure>(index: MeasureIndex<T>, key: string): T | undefined {
  if (key === '') return undefined;
  const byId = index.byId.get(key);
  if (byId) return byId;
  const byRef = index.byRef(key);
  const costed = byRef.filter(isCosted);
  if (costed.length === 0) return byRef[0];
  return costed.length === 1 ? costed[0] : undefined;
}

function findProject(index: PlanIndex, key: string): readonly InvestmentMeasure[] {
  const byProject = index.byProject.get(key) ?? [];
  if (byProject.length > 0) return byProject;
  const other = findByIdOrRef(index.investment, key);
  return other ? (index.byProjectKey.get(projectKey(other)) ?? []) : [];
}

function matchOperating(index: PlanIndex, line: EconomyPlanLine): MatchedLine | null {
  const measure = findByIdOrRef(index.operating, groupKey(line.ref));
  if (!measure) return null;
  return isCosted(measure) ? { kind: 'measure', line, measure } : { kind: 'unmatched', line, measure };
}

function matchProject(index: PlanIndex, line: EconomyPlanLine, financing: boolean): MatchedLine | null {
  const measures = findProject(index, groupKey(line.ref));
  const first = measures[0];
  if (!first) return null;
  const costed = measures.find(isCosted);
  if (!costed) return { kind: 'unmatched', line, measure: first };
  if (!financing) return { kind: 'expenditure', line, project: projectKey(costed) };
  const source = financingSource(line.source, index.keyOf);
  return source ? { kind: 'financing', line, project: projectKey(costed), source } : { kind: 'unmatched', line };
}

/** Whether a line holds nothing at all (a blank row inside the table). */
function isBlank(line: EconomyPlanLine): boolean {
  // Spelled out, not an array of the texts: asked once per economy plan line.
  return (
    blank(line.part) &&
    blank(line.lineType) &&
    blank(line.ref) &&
    blank(line.frame) &&
    blank(line.source) &&
    blank(line.description) &&
    line.years.every((y) => y === null || y === 0)
  );
}

/**
 * Matches one economy plan line; null for a blank row. Unknown parts are tried against both tables.
 * Pass the plan's index when matching many lines (building it scans every measure).
 */
export function matchLine(plan: Plan, line: EconomyPlanLine, index: PlanIndex = indexPlan(plan)): MatchedLine | null {
  if (isBlank(line)) return null;
  const type = index.keyOf(line.lineType);
  const part = index.keyOf(line.part);
  let matched: MatchedLine | null = null;
  if (type === 'ramme') {
    const frame = line.frame.trim() || line.ref.trim();
    matched = frame ? { kind: 'frame', line, frame } : null;
  } else if (type === 'finansiering') {
    matched = matchProject(index, line, true);
  } else if (type === 'tiltak') {
    if (part !== 'investering') matched = matchOperating(index, line);
    if (!matched && part !== 'drift') matched = matchProject(index, line, false);
  }
  return matched ?? { kind: 'unmatched', line };
}

/** Matches every line of the economy plan, in table order, leaving out blank rows. */
export function matchLines(plan: Plan): MatchedLine[] {
  const index = indexPlan(plan);
  const matched: MatchedLine[] = [];
  for (let i = 0; i < plan.economyPlan.length; i++) {
    const m = matchLine(plan, plan.economyPlan[i] as EconomyPlanLine, index);
    if (m !== null) matched.push(m);
  }
  return matched;
}
