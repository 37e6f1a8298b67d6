/**
 * `check --economy-plan --format json` (SPEC §15): the per-plan documents of SPEC §12 under `reports`, and
 * the consolidated part beside them under `consolidation`. Amounts in integer kroner, year keys as strings.
 */
import type {
  ConsolidatedCheck,
  ConsolidatedPlan,
  Consolidation,
  ConsolidationItem,
  Kr,
  EconomyIssue,
  YearPair,
} from '../domain';
import { jsonReport, type ReportJson } from './json';

/** Per year, keyed by the year as a string; null for a year not read (its table's year headers are off). */
export type YearsJson = Readonly<Record<string, Kr | null>>;

export interface YearPairJson {
  readonly measures: YearsJson;
  readonly economyPlan: YearsJson;
}

export interface ConsolidationJson {
  readonly economyPlan: Consolidation['economyPlan'];
  readonly years: readonly number[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** Each plan as the domain has it, its new money keyed by year. */
  readonly plans: readonly (Omit<ConsolidatedPlan, 'newMoney'> & { readonly newMoney: YearPairJson })[];
  readonly total: YearPairJson;
  /** Findings in the economy plan workbook itself (SPEC §8 codes, as in a plan's issues, and its file). */
  readonly issues: readonly EconomyIssue[];
  /** Each item as the domain has it; one with an economy plan cell names its workbook in `cells.economyPlanFile`. */
  readonly items: readonly ConsolidationItemJson[];
  /** What waits for year headers (Consolidation.heldBack), only when something does. */
  readonly heldBack?: Consolidation['heldBack'];
  /** The frames of Ramme lines not compared, no plan being compared (Consolidation.framesNotCompared), when any. */
  readonly framesNotCompared?: Consolidation['framesNotCompared'];
  /** New money in no frame per year with each plan's share (Consolidation.frameless), when there is some. */
  readonly frameless?: Consolidation['frameless'];
}

/**
 * A consolidation item: `cells.economyPlan` and `cells.plan` stay the plain addresses, and `cells.economyPlanFile`
 * (additive) names the economy plan workbook they are in, as on a plan's item (json.ts): each plan has an
 * Økonomiplan sheet of its own at the same addresses.
 */
export type ConsolidationItemJson = Omit<ConsolidationItem, 'cells'> & {
  readonly cells: ConsolidationItem['cells'] & { readonly economyPlanFile?: string };
};

function itemJson(item: ConsolidationItem, file: string): ConsolidationItemJson {
  const { economyPlan, plan } = item.cells;
  if (economyPlan === undefined && plan === undefined) return item;
  return { ...item, cells: { ...item.cells, economyPlanFile: file } };
}

export interface ConsolidatedJson {
  readonly reports: readonly ReportJson[];
  readonly consolidation: ConsolidationJson;
}

function yearsJson(years: readonly number[], amounts: readonly Kr[], notRead: readonly number[] = []): YearsJson {
  return Object.fromEntries(years.map((y, i) => [String(y), notRead.includes(y) ? null : (amounts[i] ?? (0 as Kr))]));
}

const pairJson = (years: readonly number[], p: YearPair): YearPairJson => ({
  measures: yearsJson(years, p.measures, p.measuresNotRead),
  economyPlan: yearsJson(years, p.economyPlan, p.economyPlanNotRead),
});

/** The JSON document of a consolidated check. */
export function consolidatedJson(c: ConsolidatedCheck): ConsolidatedJson {
  const k = c.consolidation;
  return {
    reports: c.results.map((r) => jsonReport(r.report)),
    consolidation: {
      economyPlan: k.economyPlan,
      years: k.years,
      summary: k.summary,
      plans: k.plans.map((p) => ({ ...p, newMoney: pairJson(k.years, p.newMoney) })),
      total: pairJson(k.years, k.total),
      issues: c.economyIssues,
      items: k.items.map((i) => itemJson(i, k.economyPlan.file)),
      ...(k.heldBack === undefined ? {} : { heldBack: k.heldBack }),
      ...(k.framesNotCompared === undefined ? {} : { framesNotCompared: k.framesNotCompared }),
      ...(k.frameless === undefined ? {} : { frameless: k.frameless }),
    },
  };
}

/** Pretty-printed with a final newline. */
export function renderConsolidatedJson(c: ConsolidatedCheck): string {
  return `${JSON.stringify(consolidatedJson(c), null, 2)}\n`;
}
