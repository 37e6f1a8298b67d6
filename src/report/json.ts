/**
 * `check --format json` (SPEC §12): one document per file, amounts in integer kroner, year keys as strings.
 * ReportJson declares the document; jsonReport picks exactly its fields from the report, so that what the
 * core keeps beside them (the list of measures not costed, the identity checks) stays out of the contract.
 */
import type { ReconciliationItem, Report, ReportIssue, Totals } from '../domain';

/** One finding of the document (SPEC §8, §12); measureId only when the finding has one. */
export type IssueJson = ReportIssue;

/** The totals of SPEC §9 as §12 shows them: what the core keeps beside them (notCosted, identity) stays out. */
export type TotalsJson = Pick<Totals, 'operating' | 'investment' | 'statusCounts' | 'yearsNotRead'>;

/** The fields of a compared item in the document (SPEC §10); the ones that do not apply are left out. */
const ITEM_FIELDS = [
  'code',
  'class',
  'severity',
  'ref',
  'measureId',
  'source',
  'year',
  'measures',
  'economyPlan',
  'difference',
  'cells',
  'rowErrors',
  'nearMisses',
  'lineCells',
  'yearsNotRead',
] as const satisfies readonly (keyof ReconciliationItem)[];

/**
 * One compared item (SPEC §10). What the core keeps for the explanation only (missingLine) stays out. A line of
 * the plan's own sheet whose Plan names another plan (otherPlan) carries that Plan as `plan` and its cell as
 * `cells.plan`, as the consolidation's item of a line whose Plan names no plan of its check (SPEC §15). A plan's
 * item in a consolidation names the economy plan workbook in `cells.economyPlanFile`: its economy plan cells
 * (`cells.economyPlan`, `lineCells`, `nearMisses`) are there, not in the plan's file.
 */
export type ReconciliationItemJson = Omit<Pick<ReconciliationItem, (typeof ITEM_FIELDS)[number]>, 'cells'> & {
  readonly plan?: string;
  readonly cells: ReconciliationItem['cells'] & { readonly plan?: string; readonly economyPlanFile?: string };
};

function itemJson(item: ReconciliationItem): ReconciliationItemJson {
  const out: Partial<Record<(typeof ITEM_FIELDS)[number] | 'plan', unknown>> = {};
  for (const field of ITEM_FIELDS) if (item[field] !== undefined) out[field] = item[field];
  const file = item.economyWorkbook?.file;
  const other = item.otherPlan;
  if (file === undefined && other === undefined) return out as ReconciliationItemJson;
  const cells = {
    ...item.cells,
    ...(file === undefined ? {} : { economyPlanFile: file }),
    ...(other?.cell === undefined ? {} : { plan: other.cell }),
  };
  return { ...(out as ReconciliationItemJson), ...(other === undefined ? {} : { plan: other.plan }), cells };
}

/** The JSON document of one checked file (SPEC §12). */
export interface ReportJson extends Pick<Report, 'file' | 'plan' | 'summary'> {
  readonly issues: readonly IssueJson[];
  readonly totals: TotalsJson;
  readonly reconciliation: readonly ReconciliationItemJson[];
}

/**
 * The JSON document of one report: issues as they are (plain records of exactly the document's fields,
 * undefined ones dropped by JSON.stringify), each reconciliation item cut to the fields of SPEC §10.
 */
export function jsonReport(r: Report): ReportJson {
  const { operating, investment, statusCounts, yearsNotRead } = r.totals;
  return {
    file: r.file,
    plan: { startYear: r.plan.startYear, years: r.plan.years, unit: r.plan.unit },
    summary: { errors: r.summary.errors, warnings: r.summary.warnings, infos: r.summary.infos },
    issues: r.issues,
    // The plan years a table has no column for, only when its year headers are not the period: their 0 is not read.
    totals: { operating, investment, statusCounts, ...(yearsNotRead !== undefined ? { yearsNotRead } : {}) },
    reconciliation: r.reconciliation.map(itemJson),
  };
}

/** One document for one file, an array for several (SPEC §12), pretty-printed with a final newline. */
export function renderJson(reports: readonly Report[], several: boolean): string {
  const value = several ? reports.map(jsonReport) : jsonReport(reports[0] as Report);
  return `${JSON.stringify(value, null, 2)}\n`;
}
