/**
 * `check --format json` (SPEC §12): one document per file, exactly the specified fields, amounts in integer
 * kroner, year keys as strings. Built field by field so that internal additions never leak into the contract.
 */
import type { ReconciliationItem, Report, Totals } from '../domain';

function jsonTotals(t: Totals): unknown {
  return {
    operating: {
      all: t.operating.all,
      bySection: t.operating.bySection,
      byFrame: t.operating.byFrame,
      byArea: t.operating.byArea,
      byResponsible: t.operating.byResponsible,
    },
    investment: { all: t.investment.all, bySection: t.investment.bySection },
    statusCounts: t.statusCounts,
  };
}

function jsonItem(i: ReconciliationItem): unknown {
  return {
    code: i.code,
    class: i.class,
    severity: i.severity,
    ref: i.ref,
    measureId: i.measureId,
    source: i.source,
    year: i.year,
    measures: i.measures,
    economyPlan: i.economyPlan,
    difference: i.difference,
    cells: { measures: i.cells.measures, economyPlan: i.cells.economyPlan },
  };
}

/** The JSON value of one report (undefined fields are dropped by JSON.stringify). */
export function jsonReport(r: Report): unknown {
  return {
    file: r.file,
    plan: { startYear: r.plan.startYear, years: r.plan.years, unit: r.plan.unit },
    summary: { errors: r.summary.errors, warnings: r.summary.warnings, infos: r.summary.infos },
    issues: r.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      measureId: i.measureId,
      message: i.message,
    })),
    totals: jsonTotals(r.totals),
    reconciliation: r.reconciliation.map(jsonItem),
  };
}

/** One document for one file, an array for several (SPEC §12), pretty-printed with a final newline. */
export function renderJson(reports: readonly Report[], several: boolean): string {
  const value = several ? reports.map(jsonReport) : jsonReport(reports[0] as Report);
  return `${JSON.stringify(value, null, 2)}\n`;
}
