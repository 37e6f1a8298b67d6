/**
 * Matching economy plan lines to what they are about (SPEC §6, §10): a Drift `Tiltak` line to an operating
 * measure (by ID, else by its Ref. when exactly one costed measure carries it), an Investering `Tiltak` or
 * `Finansiering` line to a project (by Prosjektnr, else by measure ID, else by a unique Ref.), a `Ramme`
 * line to a frame. Keys are compared trimmed and case-insensitively.
 */
import { INVESTMENT_COLUMNS, INVESTMENT_FINANCING } from './schema';
import { groupKey, isCosted } from './totals';
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
export function financingSource(text: string): FinancingKey | null {
  const wanted = groupKey(text);
  if (wanted === '') return null;
  for (const f of INVESTMENT_FINANCING) {
    const aliases = INVESTMENT_COLUMNS.find((c) => c.key === f.key)?.aliases ?? [];
    if ([f.header, STATEMENT_NAMES[f.key], ...aliases].some((name) => groupKey(name) === wanted)) return f.key;
  }
  return null;
}

/** The key a project is reconciled under: its Prosjektnr, or its ID when it has none. */
export function projectKey(m: InvestmentMeasure): string {
  return groupKey(m.project) || groupKey(m.id);
}

/**
 * The measure a line key names: by ID first, else by Ref. — the one costed measure carrying it, or, when
 * none carrying it is costed, the first one (so the line is reported as not costed). A Ref. shared by
 * several costed measures is ambiguous and names none.
 */
function findByIdOrRef<T extends Measure>(measures: readonly T[], key: string): T | undefined {
  if (key === '') return undefined;
  const byId = measures.find((m) => groupKey(m.id) === key);
  if (byId) return byId;
  const byRef = measures.filter((m) => groupKey(m.ref) === key);
  const costed = byRef.filter(isCosted);
  if (costed.length === 0) return byRef[0];
  return costed.length === 1 ? costed[0] : undefined;
}

function findProject(plan: Plan, key: string): InvestmentMeasure[] {
  const byProject = plan.investment.filter((m) => groupKey(m.project) === key);
  if (byProject.length > 0) return byProject;
  const other = findByIdOrRef(plan.investment, key);
  return other ? plan.investment.filter((m) => projectKey(m) === projectKey(other)) : [];
}

function matchOperating(plan: Plan, line: EconomyPlanLine): MatchedLine | null {
  const measure = findByIdOrRef(plan.operating, groupKey(line.ref));
  if (!measure) return null;
  return isCosted(measure) ? { kind: 'measure', line, measure } : { kind: 'unmatched', line, measure };
}

function matchProject(plan: Plan, line: EconomyPlanLine, financing: boolean): MatchedLine | null {
  const measures = findProject(plan, groupKey(line.ref));
  const first = measures[0];
  if (!first) return null;
  const costed = measures.find(isCosted);
  if (!costed) return { kind: 'unmatched', line, measure: first };
  if (!financing) return { kind: 'expenditure', line, project: projectKey(costed) };
  const source = financingSource(line.source);
  return source ? { kind: 'financing', line, project: projectKey(costed), source } : { kind: 'unmatched', line };
}

/** Whether a line holds nothing at all (a blank row inside the table). */
function isBlank(line: EconomyPlanLine): boolean {
  const texts = [line.part, line.lineType, line.ref, line.frame, line.source, line.description];
  return texts.every((t) => t.trim() === '') && line.years.every((y) => y === null || y === 0);
}

/** Matches one economy plan line; null for a blank row. Unknown parts are tried against both tables. */
export function matchLine(plan: Plan, line: EconomyPlanLine): MatchedLine | null {
  if (isBlank(line)) return null;
  const type = groupKey(line.lineType);
  const part = groupKey(line.part);
  let matched: MatchedLine | null = null;
  if (type === 'ramme') {
    const frame = line.frame.trim() || line.ref.trim();
    matched = frame ? { kind: 'frame', line, frame } : null;
  } else if (type === 'finansiering') {
    matched = matchProject(plan, line, true);
  } else if (type === 'tiltak') {
    if (part !== 'investering') matched = matchOperating(plan, line);
    if (!matched && part !== 'drift') matched = matchProject(plan, line, false);
  }
  return matched ?? { kind: 'unmatched', line };
}

/** Matches every line of the economy plan, in table order, leaving out blank rows. */
export function matchLines(plan: Plan): MatchedLine[] {
  return plan.economyPlan.map((line) => matchLine(plan, line)).filter((m): m is MatchedLine => m !== null);
}
