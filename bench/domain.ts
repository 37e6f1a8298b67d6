/**
 * The domain benchmarks: the full check (checkSnapshot: read the snapshot → validate → totals → reconcile,
 * messages rendered) on generated plans, timed; and its peak heap, measured with V8's GC profiler.
 */
import v8 from 'node:v8';
import { checkSnapshot, type CheckResult, type WorkbookSnapshot } from '../src/domain';
import { renderFinding } from '../src/i18n';
import { generateSnapshot, START_YEAR } from './generate';
import { MB, median, round, timeRuns } from './stats';

/** The check as the CLI and the task pane run it (bokmål messages). */
export function checkPlan(snapshot: WorkbookSnapshot): CheckResult {
  return checkSnapshot(snapshot, {
    file: 'bench.xlsx',
    defaultStartYear: START_YEAR,
    render: (f, unit) => renderFinding(f, 'nb', unit),
  });
}

/** Fails loudly when a generated plan does not check clean: the benchmark must time the intended work. */
export function assertClean(result: CheckResult, measures: number): void {
  const { summary, reconciliation } = result.report;
  const off = reconciliation.filter((i) => i.class !== 'match');
  if (result.plan.operating.length !== measures || summary.errors + summary.warnings > 0 || off.length > 0) {
    throw new Error(
      `generated plan (${measures}) does not check clean: ${result.plan.operating.length} measures read, ` +
        `${summary.errors} errors, ${summary.warnings} warnings, ${off.length} reconciliation items not matching`,
    );
  }
}

export interface CheckTiming {
  readonly measures: number;
  readonly warmupRuns: number;
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly reconciliationItems: number;
}

/**
 * Warm-up checks before timing: as many as it takes to check 20 000 measures, at least 10: the JIT, and V8
 * sizing its young generation to a check of 10 000 measures, take several checks to settle (with 3, the first
 * timed runs were still the slowest).
 */
const warmupRuns = (measures: number): number => Math.max(10, Math.ceil(20000 / measures));

/** Median wall time of `runs` checks of a generated plan with `measures` operating measures. */
export async function timeCheck(measures: number, runs: number): Promise<CheckTiming> {
  const snapshot = generateSnapshot(measures);
  const result = checkPlan(snapshot);
  assertClean(result, measures);
  const warmup = warmupRuns(measures);
  const times = await timeRuns(() => checkPlan(snapshot), runs, warmup);
  return {
    measures,
    warmupRuns: warmup,
    medianMs: round(median(times)),
    runsMs: times.map((t) => round(t)),
    reconciliationItems: result.report.reconciliation.length,
  };
}

export interface PeakHeap {
  /** Heap in use after generating the snapshot, after a full GC: what the check starts from. */
  readonly baselineMb: number;
  /** The most heap in use at any moment of the check (just before a GC, or at its end). */
  readonly peakMb: number;
}

/**
 * Peak heap of one check. Heap in use only grows between collections, so its maximum is reached right
 * before a GC or at the end: V8's GCProfiler records the used heap before every GC of the check. Needs
 * `--expose-gc`, for a clean baseline after a warm-up check.
 */
export function measurePeakHeap(measures: number): PeakHeap {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const snapshot = generateSnapshot(measures);
  assertClean(checkPlan(snapshot), measures);
  gc();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const result = checkPlan(snapshot);
  const atEnd = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  const beforeGc = stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize);
  const peak = Math.max(atEnd, ...beforeGc);
  if (result.plan.operating.length !== measures) throw new Error('the measured check read the wrong plan');
  return { baselineMb: round(baseline / MB), peakMb: round(peak / MB) };
}
