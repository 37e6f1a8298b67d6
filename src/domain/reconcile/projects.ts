/**
 * Investment projects against the economy plan (SPEC §10): `project-expenditure` per plan year against the
 * project's Investering `Tiltak` lines, `project-financing` per source against the sum over the plan years
 * of its `Finansiering` lines (only when nothing lies before or after the period), and
 * `measure-not-in-economy-plan` for a costed project with money in the period but no line at all.
 * Several costed measures with one Prosjektnr are reconciled together; a project's items name those of its
 * measures with errors in their amounts (`rowErrors`, SPEC §10), which count like the others (SPEC §4).
 */
import {
  classify,
  classifyYears,
  toItem,
  withLineCells,
  withMissingLine,
  withRowErrors,
  type Comparison,
  type YearSeries,
} from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import { kr, sumKr } from '../model/money';
import { Item } from './item';
import { sumLineYears, sumYearsOf } from './cells';
import { sheetAddress, yearKey } from '../read/rowCells';
import { INVESTMENT_FINANCING } from '../model/schema';
import { groupBy, projectKey } from '../measures/grouping';
import { isCosted } from '../measures/costed';
import { moneyOutsidePeriod } from '../measures/financing';
import { emptyEconomyYears } from '../model/yearTables';
import type { EconomyPlanLine, InvestmentMeasure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { MissingLine } from '../model/reconciliationDetails';

interface Project {
  readonly ref: string;
  readonly measures: readonly InvestmentMeasure[];
  readonly expenditure: readonly EconomyPlanLine[];
  readonly financing: readonly Extract<MatchedLine, { kind: 'financing' }>[];
}

/** The one measure of a project, when it has exactly one (then items name its ID and cells). */
const single = (p: Project): InvestmentMeasure | undefined => (p.measures.length === 1 ? p.measures[0] : undefined);

function expenditureItems(plan: Plan, p: Project, into: ItemsByCode): void {
  const { years } = plan;
  const one = single(p);
  const series: YearSeries = {
    code: 'project-expenditure',
    ref: p.ref,
    measureId: one?.id,
    years,
    measures: sumYearsOf(years.length, p.measures, (m) => m.years),
    economyPlan: sumLineYears(years.length, p.expenditure),
    cells: { measure: one, line: p.expenditure[0] },
    waiting: emptyEconomyYears(plan),
  };
  const items = into.of('project-expenditure');
  const start = items.length;
  classifyYears(series, plan.settings.tolerance, false, items);
  // Its Finansiering lines go in no item (financingItems): its first item carries the note that says so (SPEC §10).
  if (p.financing.length > 0 && moneyOutsidePeriod(p.measures))
    Object.assign(items[start] ?? {}, { financingNotCompared: true });
  if (p.expenditure.length < 2) return;
  // Several Tiltak lines are added up: each year's item names that year's cell of every one, as a measure's does.
  for (let i = start; i < items.length; i++) {
    const year = items[i]?.year;
    if (year !== undefined)
      withLineCells(
        items[i],
        p.expenditure.flatMap((l) => sheetAddress(l, yearKey(year)) ?? []),
      );
  }
}

function financingItems(plan: Plan, p: Project, into: ItemsByCode): void {
  if (moneyOutsidePeriod(p.measures)) return;
  const one = single(p);
  const items = into.of('project-financing');
  for (const source of INVESTMENT_FINANCING) {
    // Counted: this runs for six sources of every project, and most sources have nothing (docs/performance.md).
    let measures = 0;
    for (let i = 0; i < p.measures.length; i++) measures += p.measures[i]?.[source.key] ?? 0;
    let first: EconomyPlanLine | undefined;
    let others: EconomyPlanLine[] | undefined;
    let economyPlan = 0;
    for (let i = 0; i < p.financing.length; i++) {
      const x = p.financing[i];
      if (x === undefined || x.source !== source.key) continue;
      if (first === undefined) first = x.line;
      else (others ??= []).push(x.line);
      economyPlan += sumKr(x.line.years);
    }
    if (measures === 0 && first === undefined) continue;
    // One object as the item's key and as where its cells are (made when read, like a year item's).
    const key = {
      code: 'project-financing' as const,
      ref: p.ref,
      measureId: one?.id,
      source: source.header,
      measure: one,
      measureKey: source.key,
      line: first,
      lineKey: first?.cellColumns.source === undefined ? 'ref' : 'source',
    };
    const cls = classify(measures, economyPlan, plan.settings.tolerance);
    const item = new Item(key, undefined, kr(measures), kr(economyPlan), cls, key);
    items.push(item);
    // Several lines of the source are added up: the item names each (its Finansieringskilde cell, as its own).
    if (first !== undefined && others !== undefined)
      withLineCells(
        item,
        [first, ...others].flatMap((l) => sheetAddress(l, l.cellColumns.source === undefined ? 'ref' : 'source') ?? []),
      );
  }
}

/**
 * The Finansiering lines a measure of a project without lines needs, when its project's financing is compared
 * (financingItems): each source with money; none when SPEC §10 leaves the financing uncompared.
 */
function financingNeeded(m: InvestmentMeasure, project: readonly InvestmentMeasure[]): MissingLine['financing'] {
  if (moneyOutsidePeriod(project)) return undefined;
  const needed = INVESTMENT_FINANCING.flatMap((f) => {
    const amount = m[f.key] ?? 0;
    return amount === 0 ? [] : [{ source: f.header, amount }];
  });
  return needed.length === 0 ? undefined : needed;
}

/**
 * A costed project with expenditure in some plan year and no line at all. Years that cancel (+x one year, −x
 * another) still need a line, though the period total is 0: the item is tested on the years, not their sum.
 * `project`: the measures of its Prosjektnr, whose financing decides whether the Finansiering lines are named.
 */
function notInEconomyPlan(
  m: InvestmentMeasure,
  years: readonly number[],
  into: ItemsByCode,
  project: readonly InvestmentMeasure[],
): void {
  if (m.years.every((y) => (y ?? 0) === 0)) return;
  const measures = sumKr(m.years);
  const comparison: Comparison = {
    code: 'measure-not-in-economy-plan',
    ref: m.id || m.project,
    measureId: m.id || undefined,
    measures,
    economyPlan: kr(0),
    cells: { measures: sheetAddress(m, 'project') ?? sheetAddress(m, 'id') },
  };
  const byYear = years.map((year, i) => ({ year, amount: m.years[i] ?? kr(0) }));
  const financing = financingNeeded(m, project);
  const missing: MissingLine = { table: 'investment', ref: m.project, byYear, ...(financing ? { financing } : {}) };
  into.add(withMissingLine(toItem(comparison, 'mismatch'), missing));
}

type ProjectLines = Pick<Project, 'expenditure' | 'financing'>;

/** The matched lines of every project key, in table order: one pass, not one scan per project. */
function linesByProject(matched: readonly MatchedLine[]): Map<string, ProjectLines> {
  const byProject = new Map<string, { expenditure: EconomyPlanLine[]; financing: Project['financing'][number][] }>();
  const of = (key: string) => {
    const lines = byProject.get(key) ?? { expenditure: [], financing: [] };
    byProject.set(key, lines);
    return lines;
  };
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x?.kind === 'expenditure') of(x.project).expenditure.push(x.line);
    else if (x?.kind === 'financing') of(x.project).financing.push(x);
  }
  return byProject;
}

/**
 * Names the project's measures with errors in their amounts (`withErrors`) in the items made since `from` of each
 * project code: an item of several measures has no measureId for the report to name them by.
 */
function noteRowErrors(p: Project, withErrors: ReadonlySet<string>, into: ItemsByCode, from: readonly number[]): void {
  const ids = p.measures.flatMap((m) => (withErrors.has(m.id) ? [m.id] : []));
  if (ids.length === 0) return;
  PROJECT_CODES.forEach((code, k) => {
    const items = into.of(code);
    for (let i = from[k] ?? items.length; i < items.length; i++) withRowErrors(items[i], ids);
  });
}

const PROJECT_CODES = ['project-expenditure', 'project-financing'] as const;

/**
 * Names the measures of a Prosjektnr several costed measures carry in the items made since `from` of each project
 * code: the item adds up their amounts and has no measureId, so a difference could not be traced to its row.
 */
function nameMeasures(p: Project, into: ItemsByCode, from: readonly number[]): void {
  const ids = p.measures.map((m) => m.id || m.project);
  PROJECT_CODES.forEach((code, k) => {
    const items = into.of(code);
    for (let i = from[k] ?? items.length; i < items.length; i++)
      Object.assign(items[i] ?? {}, { projectMeasures: ids });
  });
}

/**
 * Reconciles every costed investment project with its Investering lines. `withErrors`: the IDs of measures
 * with errors in their amounts (ROW_ERROR_CODES); they count, and their project's items name them.
 */
export function reconcileProjects(
  plan: Plan,
  matched: readonly MatchedLine[],
  into: ItemsByCode,
  withErrors: ReadonlySet<string> = new Set(),
): void {
  const costed = plan.investment.filter(isCosted);
  const lines = linesByProject(matched);
  const groups = groupBy(costed, projectKey);
  // Counted (per project; docs/performance.md).
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const first = group?.items[0];
    if (group === undefined || first === undefined) continue;
    const own = lines.get(projectKey(first));
    const p: Project = {
      ref: first.project.trim() || first.id,
      measures: group.items,
      expenditure: own?.expenditure ?? [],
      financing: own?.financing ?? [],
    };
    if (p.expenditure.length === 0 && p.financing.length === 0)
      for (const m of group.items) notInEconomyPlan(m, plan.years, into, group.items);
    else {
      const several = p.measures.length > 1;
      const from = withErrors.size === 0 && !several ? [] : PROJECT_CODES.map((code) => into.of(code).length);
      expenditureItems(plan, p, into);
      financingItems(plan, p, into);
      if (withErrors.size > 0) noteRowErrors(p, withErrors, into, from);
      if (several) nameMeasures(p, into, from);
    }
  }
}

/**
 * The costed projects (named as their items name them: Prosjektnr, else ID) that were reconciled with their
 * economy plan lines but whose financing was not compared, as SPEC §10 leaves it when Tidligere bevilget or Etter
 * perioden is not 0: the refs of the items reconcileProjects marks `financingNotCompared`. Their Finansiering lines
 * are in no item and are not unmatched either, so a report names these projects rather than leave those lines out
 * without a word. A project with no Finansiering line is not marked: no line of it is left out.
 */
export function financingNotCompared(plan: Plan, items: readonly ReconciliationItem[]): string[] {
  // Most plans have no such project: a look at the measures, before any at the items.
  if (!plan.investment.some((m) => isCosted(m) && moneyOutsidePeriod([m]))) return [];
  return items.flatMap((i) => (i.financingNotCompared === true ? [i.ref] : []));
}
