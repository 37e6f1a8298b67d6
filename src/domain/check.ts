/**
 * Check (SPEC §11, report per §12): read, validate, total and reconcile one workbook snapshot in one run,
 * and shape the result as the report that the CLI prints and the task pane shows.
 */
import { parseA1 } from './model/a1';
import { planNewMoney, type PlanNewMoney } from './measures/newMoney';
import { readPlan } from './read/plan';
import { reconcileWaiting } from './reconcile/reconcile';
import { framesByLine, withLineFrames, type FrameByLine } from './reconcile/framePlacements';
import { computeTotals } from './totals/totals';
import { makeFinding, type Finding, type Severity } from './model/finding';
import type { Unit } from './model/money';
import type { Plan, TableLayout } from './model/plan';
import type { ReconciliationItem } from './model/reconciliation';
import type { Report, ReportIssue } from './model/report';
import type { WorkbookSnapshot } from './model/snapshot';
import { TABLES } from './model/schema';
import { tablesHeld, type YearTable } from './model/yearTables';
import { validatePlan } from './validate/plan';

export interface CheckOptions {
  /** The file name shown in the report. */
  readonly file: string;
  /** Første planår when the settings do not give a valid one (next calendar year: the domain has no clock). */
  readonly defaultStartYear: number;
  /** Renders a finding's message in the chosen language. */
  readonly render: (f: Finding, unit: Unit) => string;
  /** False: no reconciliation against the workbook's own economy plan sheet (consolidation brings its own). */
  readonly reconcile?: boolean;
}

export interface CheckResult {
  readonly report: Report;
  readonly plan: Plan;
  /** Every finding of the reader and the validator, in report order. */
  readonly findings: Finding[];
  /** New money per operating measure and year (planNewMoney), computed once for the totals and reconcilers. */
  readonly newMoney?: PlanNewMoney;
}

/**
 * Each finding once: the reader and the validator may both see the same bad cell. A finding is the same only
 * when its params are too: two missing columns reported at one table's first cell, or two unknown plan areas
 * in one cell, are two findings (SPEC §8: all are collected). Params are compared only when code, sheet, cell
 * and measure ID collide, which is rare.
 */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding[]>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.sheet}\u0000${f.cell}\u0000${f.measureId ?? ''}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, [f]);
      return true;
    }
    const params = JSON.stringify(f.params);
    if (earlier.some((e) => JSON.stringify(e.params) === params)) return false;
    earlier.push(f);
    return true;
  });
}

/**
 * Report order of findings: by sheet in workbook order (findings on sheets that do not exist, such as
 * sheet-missing, come first), then row, then column; otherwise the order they were found in.
 */
export function sortFindings(findings: readonly Finding[], wb: WorkbookSnapshot): Finding[] {
  const sheetIndex = (sheet: string) => wb.sheets.findIndex((s) => s.sheet === sheet);
  const position = (f: Finding) => parseA1(f.cell) ?? { row: 0, col: 0 };
  return findings
    .map((f, i) => ({ f, i, sheet: sheetIndex(f.sheet), at: position(f) }))
    .sort((a, b) => a.sheet - b.sheet || a.at.row - b.at.row || a.at.col - b.at.col || a.i - b.i)
    .map((x) => x.f);
}

function toIssue(f: Finding, message: string): ReportIssue {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.measureId !== undefined ? { measureId: f.measureId } : {}),
    message,
  };
}

/** Errors, warnings and infos in a list of issues or reconciliation items. */
export function countSeverities(list: readonly { readonly severity: Severity }[]): Report['summary'] {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // Counted (per item; docs/performance.md): for…of allocated an iterator result per item here.
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (x !== undefined) counts[x.severity] += 1;
  }
  return { errors: counts.error, warnings: counts.warning, infos: counts.info };
}

function summarise(issues: readonly ReportIssue[], items: readonly ReconciliationItem[]): Report['summary'] {
  // Counted apart and added, not over a copy of both lists (40 000 items in a large plan).
  const a = countSeverities(issues);
  const b = countSeverities(items);
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos };
}

const withoutHeld = ({ yearsHeld: _, financingWaits: __, ...rest }: Report): Report => rest;

/** Report.yearsHeld, absent when no table holds items back. */
const heldOf = (held: readonly YearTable[]): Pick<Report, 'yearsHeld'> => (held.length > 0 ? { yearsHeld: held } : {});

/**
 * Checks one workbook snapshot: readPlan + validatePlan + computeTotals + reconcile, as the report of
 * SPEC §12. The summary counts the issues and the reconciliation items together.
 */
export function checkSnapshot(wb: WorkbookSnapshot, opts: CheckOptions): CheckResult {
  const read = readPlan(wb, { defaultStartYear: opts.defaultStartYear });
  const { plan } = read;
  const checked = sortFindings(dedupe([...read.findings, ...validatePlan(plan)]), wb);
  // Computed once: the totals and the reconcilers both need it.
  const newMoney = planNewMoney(plan);
  const reconciled = opts.reconcile === false ? undefined : reconcileWaiting(plan, checked, newMoney);
  const reconciliation = reconciled?.items ?? [];
  // A measure without Rammeområde the reconciliation counts in its line's frame: said on its cell and on Sammendrag.
  const byLine = framesByLine(reconciliation);
  const findings = [...withLineFrames(checked, reconciliation, byLine)];
  const issues = findings.map((f) => toIssue(f, opts.render(f, plan.settings.unit)));
  const totals = computeTotals(plan, newMoney);
  const report: Report = {
    file: opts.file,
    plan: { startYear: plan.settings.startYear, years: [...plan.years], unit: plan.settings.unit },
    summary: summarise(issues, reconciliation),
    issues,
    totals: byLine.length > 0 ? { ...totals, framesByLine: byLine } : totals,
    reconciliation,
    ...heldOf(opts.reconcile === false ? [] : tablesHeld(plan.layouts)),
    ...(reconciled?.financingWaits === true ? { financingWaits: true as const } : {}),
  };
  return { report, plan, findings, newMoney };
}

/**
 * The result with another reconciliation (consolidation's, SPEC §15), its summary counted again. Its own Økonomiplan
 * is not what was reconciled: its own years without amounts are no finding here, and `yearsEmpty`, the economy plan
 * workbook's (TableLayout.yearsEmpty), are the years its comparisons waited for, stated by its report. `byLine`: the
 * measures without Rammeområde that reconciliation counts in their line's frame (framesByLine of its frame items),
 * said on their Rammeområde cell and on Sammendrag as one plan's check says its own (`render` the messages again).
 */
export function withReconciliation(
  result: CheckResult,
  reconciliation: readonly ReconciliationItem[],
  byLine: readonly FrameByLine[] = [],
  render?: CheckOptions['render'],
  /** The tables whose year headers held items back, as reconciled (ConsolidateResult.yearsHeld). */
  held: readonly YearTable[] = [],
  yearsEmpty?: readonly number[],
  /** Whether a project-financing comparison waits for a year not typed (ConsolidateResult.financingWaits). */
  financingWaits = false,
  /** Whether this plan is the economy plan workbook itself: its own Økonomiplan is then what is reconciled. */
  ownUsed = false,
): CheckResult {
  const { report } = result;
  const own = result.plan.layouts.economyPlan;
  const plan = own === null ? result.plan : withYearsEmpty(result.plan, own, yearsEmpty);
  // Its own Økonomiplan without rows asks for none when another workbook's lines are reconciled (review r42).
  const emptyOwn = ownUsed ? [] : result.findings.filter(isEmptyEconomyPlan);
  const isEmptyOwn = (f: Pick<Finding, 'code' | 'sheet' | 'cell'>) =>
    emptyOwn.some((e) => e.code === f.code && e.sheet === f.sheet && e.cell === f.cell);
  const notOwn = (f: Pick<Finding, 'code' | 'sheet' | 'cell'>) =>
    f.code !== 'economy-plan-year-empty' && !isEmptyOwn(f);
  const unused = ownUsed || own === null ? [] : result.findings.filter((f) => isOwnYearColumns(f, own.sheet));
  let findings = result.findings.filter(notOwn).map((f) => (unused.includes(f) ? unusedYearColumns(f) : f));
  let issues = report.issues.filter(notOwn);
  const said = render === undefined ? findings : withLineFrames(findings, reconciliation, byLine);
  if (render !== undefined && (said !== findings || unused.length > 0)) {
    findings = [...said];
    issues = findings.map((f) => toIssue(f, render(f, plan.settings.unit)));
  }
  return {
    ...result,
    plan,
    findings,
    report: {
      ...withoutHeld(report),
      ...heldOf(held),
      ...(financingWaits ? { financingWaits: true as const } : {}),
      issues,
      summary: summarise(issues, reconciliation),
      reconciliation,
      totals: byLine.length > 0 ? { ...report.totals, framesByLine: byLine } : report.totals,
    },
  };
}

/** The table-empty finding of a plan's own economy plan table. */
const isEmptyEconomyPlan = (f: Finding): boolean =>
  f.code === 'table-empty' && (f.params as { readonly table?: string }).table === TABLES.economyPlan;

/** A year-columns finding on the plan's own economy plan sheet `sheet`. */
const isOwnYearColumns = (f: Finding, sheet: string): boolean => f.code === 'year-columns' && f.sheet === sheet;

/**
 * The year-columns of a plan's own Økonomiplan in a check against a separate economy plan (SPEC §15): that table is
 * not reconciled whatever its headers, so it is a note that it is not used and its headers are off, not an error
 * that its amounts wait for the headers.
 */
function unusedYearColumns(f: Finding): Finding {
  const expected = f.code === 'year-columns' ? (f.params as { readonly expected: string }).expected : '';
  return makeFinding('economy-plan-unused-year-columns', f.sheet, f.cell, { expected });
}

/** The plan with its economy plan layout's yearsEmpty replaced (none: removed). */
function withYearsEmpty(plan: Plan, own: TableLayout, yearsEmpty: readonly number[] | undefined): Plan {
  const { yearsEmpty: _, ...layout } = own;
  const economyPlan = yearsEmpty === undefined || yearsEmpty.length === 0 ? layout : { ...layout, yearsEmpty };
  return { ...plan, layouts: { ...plan.layouts, economyPlan } };
}
