/**
 * The consolidation benchmark (SPEC §15, issue 17): 20 generated plans of 500 operating measures each against
 * one economy plan of 12 000 lines (each plan's 600 lines, tagged with its Plannavn), checked in one process
 * — what `tiltaksplan check PLAN.xlsx... --economy-plan ØP.xlsx` does in the domain. `ratio` is that time over
 * the sum of checking the 20 plans one by one, each against its own 600 lines: the matching must not grow
 * with plans × lines. The two are timed in turns in the same process, compiled like the check (domain.ts).
 */
import {
  applyEdits,
  checkConsolidated,
  planEconomyPlanWorkbook,
  planWorkbook,
  type CheckOptions,
  type PlanContent,
  type WorkbookSnapshot,
} from '../src/domain';
import { renderFinding } from '../src/i18n';
import { checkPlan } from './domain';
import { generateContent, START_YEAR } from './generate';
import { median, round, timeOnce } from './stats';

export interface ConsolidationTiming {
  readonly plans: number;
  readonly measuresPerPlan: number;
  readonly lines: number;
  /** Median of the consolidated check. */
  readonly consolidatedMs: number;
  /** Median of the sums of the plans checked one by one. */
  readonly separateMs: number;
  readonly ratio: number;
  readonly consolidatedRunsMs: readonly number[];
  readonly separateRunsMs: readonly number[];
  readonly items: number;
}

const EMPTY: WorkbookSnapshot = { sheets: [], tables: [], names: [] };

/** Plan `p` of the set: the generated plan named `Plan p`, its economy plan cut to its share of the lines. */
function planContent(p: number, measures: number, linesPerPlan: number): PlanContent {
  const content = generateContent(measures);
  const planName = `Plan ${String(p + 1).padStart(2, '0')}`;
  return {
    ...content,
    settings: { ...content.settings, planName },
    economyPlan: content.economyPlan.slice(0, linesPerPlan),
  };
}

/** The plans' snapshots (each with its own share of lines on its own sheet) and the one economy plan. */
export function consolidationSet(plans: number, measures: number, lines: number) {
  const perPlan = Math.floor(lines / plans);
  const contents = Array.from({ length: plans }, (_, p) => planContent(p, measures, perPlan));
  const snapshots = contents.map((c) => applyEdits(EMPTY, planWorkbook(c)));
  const tagged = contents.flatMap((c) =>
    c.economyPlan.map((l) => ({ ...l, values: { ...l.values, plan: c.settings.planName } })),
  );
  const first = contents[0] as PlanContent;
  const economy = applyEdits(EMPTY, planEconomyPlanWorkbook({ ...first, economyPlan: tagged }));
  return { snapshots, economy, lines: tagged.length };
}

/** Times the consolidated check against the plans checked one by one, in turns, after a warm-up. */
export async function timeConsolidation(plans = 20, measures = 500, runs = 7): Promise<ConsolidationTiming> {
  const { snapshots, economy, lines } = consolidationSet(plans, measures, 12000);
  const inputs = snapshots.map((wb, i) => ({ wb, file: `plan-${i + 1}.xlsx` }));
  const opts: Omit<CheckOptions, 'file' | 'reconcile'> = {
    defaultStartYear: START_YEAR,
    render: (f, unit) => renderFinding(f, 'nb', unit),
  };
  const consolidated = () => checkConsolidated(inputs, { wb: economy, file: 'okonomiplan.xlsx' }, opts);
  const separate = () => snapshots.map((s) => checkPlan(s));
  const result = consolidated();
  if (!result) throw new Error('the generated economy plan has no economy plan table');
  const ambiguous = result.consolidation.items.filter((i) => i.code === 'economy-plan-line-ambiguous');
  if (ambiguous.length > 0 || result.consolidation.plans.some((p) => !p.compared))
    throw new Error(`consolidation set is not clean: ${ambiguous.length} ambiguous lines`);
  for (let i = 0; i < 3; i++) {
    consolidated();
    separate();
  }
  const consolidatedRunsMs: number[] = [];
  const separateRunsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    consolidatedRunsMs.push(await timeOnce(consolidated));
    separateRunsMs.push(await timeOnce(separate));
  }
  const c = median(consolidatedRunsMs);
  const s = median(separateRunsMs);
  return {
    plans,
    measuresPerPlan: measures,
    lines,
    consolidatedMs: round(c),
    separateMs: round(s),
    ratio: round(c / s, 2),
    consolidatedRunsMs: consolidatedRunsMs.map((t) => round(t)),
    separateRunsMs: separateRunsMs.map((t) => round(t)),
    items: result.consolidation.items.length,
  };
}
