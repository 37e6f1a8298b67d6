/**
 * The comparison benchmark (SPEC §14): two generated plans of `n` operating measures, the second revised
 * (every tenth measure costs more in its second year and answers to someone else, the last 1 % dropped, as many
 * new ones added), read from their snapshots and compared — what `tiltaksplan compare` and the pane's Endringer
 * do in the domain. Timed like the check (domain.ts): same warm-up, same runs, in the compiled child.
 */
import { applyEdits, comparePlans, planWorkbook, readPlan, type ChangeSet, type WorkbookSnapshot } from '../src/domain';
import type { CheckTiming } from './domain';
import { generateContent, generateSnapshot, START_YEAR } from './generate';
import { median, round, timeRuns } from './stats';

/** The generated plan of `n` measures, revised as the file comment says. */
export function revisedSnapshot(n: number): WorkbookSnapshot {
  const content = generateContent(n);
  const dropped = Math.max(1, Math.round(n / 100));
  const kept = content.operating.slice(0, n - dropped).map((row, i) =>
    i % 10 === 0
      ? {
          values: { ...row.values, responsible: 'Ny ansvarlig' },
          years: row.years.map((y, j) => (j === 1 && y !== null ? y + 10 : y)),
        }
      : row,
  );
  const added = content.operating.slice(0, dropped).map((row, i) => ({
    ...row,
    values: { ...row.values, id: `N-${String(i + 1).padStart(4, '0')}` },
  }));
  return applyEdits(
    { sheets: [], tables: [], names: [] },
    planWorkbook({ ...content, operating: [...kept, ...added] }),
  );
}

/** Read both snapshots and compare them, as the CLI does. */
export function comparePair(old: WorkbookSnapshot, neu: WorkbookSnapshot): ChangeSet {
  const read = (wb: WorkbookSnapshot) => readPlan(wb, { defaultStartYear: START_YEAR }).plan;
  const sides = { old: { file: 'old.xlsx', label: 'old' }, new: { file: 'new.xlsx', label: 'new' } };
  return comparePlans(read(old), read(neu), sides);
}

/** Median wall time of `runs` comparisons of two plans of `measures` operating measures. */
export async function timeCompare(measures: number, runs: number): Promise<CheckTiming> {
  const [old, neu] = [generateSnapshot(measures), revisedSnapshot(measures)];
  const diff = comparePair(old, neu);
  const dropped = Math.max(1, Math.round(measures / 100));
  if (diff.measures.removed.length !== dropped || diff.measures.added.length !== dropped) {
    throw new Error(
      `compare ${measures}: ${diff.measures.removed.length} removed, ${diff.measures.added.length} added`,
    );
  }
  const warmup = Math.max(10, Math.ceil(20000 / measures));
  const times = await timeRuns(() => comparePair(old, neu), runs, warmup);
  return {
    measures,
    warmupRuns: warmup,
    medianMs: round(median(times)),
    runsMs: times.map((t) => round(t)),
    reconciliationItems: diff.measures.changed.length,
  };
}
