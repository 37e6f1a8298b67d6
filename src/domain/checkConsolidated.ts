/**
 * The consolidated check (SPEC §15): several measures workbooks against one economy plan workbook in one
 * run. Each plan is checked as on its own, but reconciled against the economy plan workbook's lines
 * instead of its own Økonomiplan sheet; the consolidation adds what only the whole shows.
 */
import { checkSnapshot, sortFindings, withReconciliation, type CheckOptions, type CheckResult } from './check';
import { consolidate } from './consolidate/consolidate';
import { readEconomyWorkbook, statesPeriod, type PlansPeriod } from './consolidate/economyWorkbook';
import { hasMeasureTable, type Plan } from './model/plan';
import { settingAddress } from './read/settings';
import { knownFrames } from './reconcile/knownFrames';
import { lineFrameFindings } from './validate/lineFrames';
import type { FrameByLine } from './reconcile/framePlacements';
import type { Consolidation } from './model/consolidation';
import type { ReportIssue } from './model/report';
import type { WorkbookSnapshot } from './model/snapshot';
import { planNewMoney } from './measures/newMoney';
import { reconcileWaiting } from './reconcile/reconcile';
import type { OwnCheck } from './sheets/reconciliationElsewhere';

export interface ConsolidatedCheck {
  readonly results: readonly CheckResult[];
  readonly consolidation: Consolidation;
  /** The economy plan workbook's own findings (bad amounts, settings), rendered, each naming the workbook. */
  readonly economyIssues: readonly EconomyIssue[];
  /** The findings `economyIssues` render, one to one and in their order (the reports group a row's by them). */
  readonly economyFindings?: readonly CheckResult['findings'][number][];
  /**
   * Each plan's economy plan lines by Ref (refKey): those its Avstemming's items come from, so that a row kept there
   * waits only for an item that can come back to it (sheets/reconciliationWaiting.ts). Absent: the plans' own.
   */
  readonly lineRefs?: readonly (readonly string[])[];
  /**
   * Each plan as its own check reads and reconciles it, against its own Økonomiplan sheet (its items computed when
   * first asked): a row its Avstemming keeps in this run may be that check's item (sheets/reconciliationElsewhere.ts).
   */
  readonly ownChecks?: readonly OwnCheck[];
}

/** A finding in the economy plan workbook: its cell is in that file, not in a plan's (SPEC: file, sheet, cell). */
export type EconomyIssue = ReportIssue & { readonly file: string };

export interface WorkbookInput {
  readonly wb: WorkbookSnapshot;
  readonly file: string;
  /** A plan given as the economy plan workbook too (by the caller's judge of files: the domain has none). */
  readonly isEconomyWorkbook?: boolean;
}

/**
 * The period of the plans, for an economy plan workbook that states none: that of the first plan (a workbook with
 * a measure table) that states its own, else of the first plan; undefined without a plan.
 */
function plansPeriod(plans: readonly Plan[]): PlansPeriod | undefined {
  const real = plans.filter(hasMeasureTable);
  const first = real.find((p) => statesPeriod(p.settings)) ?? real[0];
  return first && { startYear: first.settings.startYear, yearCount: first.settings.yearCount };
}

/**
 * The measures of plan `at` without Rammeområde that the consolidation's frames count by their line (SPEC §4, §15),
 * as framesByLine reads one plan's items.
 */
function placedByLine(consolidation: Consolidation, at: number): FrameByLine[] {
  const name = consolidation.plans[at]?.name;
  const out = new Map<string, string>();
  for (const item of consolidation.items) {
    if (item.code !== 'frame-total') continue;
    for (const c of item.frameFromLine ?? [])
      if (c.plan === name && !out.has(c.measureId)) out.set(c.measureId, item.ref);
  }
  return [...out].map(([id, frame]) => ({ id, frame }));
}

/**
 * Checks every plan against the economy plan workbook; null when that workbook has no economy plan table
 * (then it is not an economy plan, and the caller says so).
 */
export function checkConsolidated(
  plans: readonly WorkbookInput[],
  economy: WorkbookInput,
  opts: Omit<CheckOptions, 'file' | 'reconcile'>,
): ConsolidatedCheck | null {
  const checked = plans.map((p) => checkSnapshot(p.wb, { ...opts, file: p.file, reconcile: false }));
  const book = readEconomyWorkbook(economy.wb, opts.defaultStartYear, plansPeriod(checked.map((r) => r.plan)));
  if (!book.found) return null;
  const { consolidation, perPlan, yearsHeld, financingWaits, lineRefs } = consolidate(
    checked.map((r, i) => ({
      file: plans[i]?.file ?? '',
      plan: r.plan,
      findings: r.findings,
      newMoney: r.newMoney,
      isEconomyWorkbook: plans[i]?.isEconomyWorkbook === true,
      toleranceCell: plans[i] && settingAddress(plans[i].wb, 'tolerance'),
    })),
    { ...book, file: economy.file },
  );
  const results = checked.map((r, i) =>
    withReconciliation(
      r,
      perPlan[i] ?? [],
      placedByLine(consolidation, i),
      opts.render,
      yearsHeld[i],
      // Only a compared plan waits for the economy plan's years not typed yet: one left out (another period, a name
      // taken, not a plan) is compared in no year, and its period may not even hold them (2031 to a 2027–2030 plan).
      consolidation.plans[i]?.compared === true ? book.layout?.yearsEmpty : undefined,
      financingWaits[i],
      plans[i]?.isEconomyWorkbook === true,
    ),
  );
  // The workbook's frame codes against the plans' lists and its own (SPEC §6, §15), unless a plan is that workbook:
  // its own check has said it then.
  const frameFindings = plans.some((p) => p.isEconomyWorkbook === true)
    ? []
    : lineFrameFindings(
        book.lines,
        knownFrames(
          checked.map((r) => r.plan),
          book.frames,
        ).codes,
      );
  const findings = [...book.findings, ...frameFindings];
  const economyFindings = sortFindings(findings, economy.wb);
  const economyIssues = economyFindings.map((f): EconomyIssue => ({
    file: economy.file,
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: opts.render(f, book.settings.unit),
  }));
  // As checkSnapshot reconciles a plan on its own, from the plan and findings it read: only a --write asks.
  const ownChecks = checked.map((r, i): OwnCheck => ({
    plan: r.plan,
    items: () => reconcileWaiting(r.plan, r.findings, r.newMoney ?? planNewMoney(r.plan)).items,
    ...(plans[i]?.isEconomyWorkbook === true ? { ownSheetUsed: true } : {}),
  }));
  return { results, consolidation, economyIssues, economyFindings, lineRefs, ownChecks };
}
