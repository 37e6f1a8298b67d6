/** Small measuring helpers of the benchmark: wall-clock timing, medians and rounding. */

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Rounds to `digits` decimals (for the JSON file and the table). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds one call of `f` takes (wall clock). */
export async function timeOnce(f: () => unknown): Promise<number> {
  const start = performance.now();
  await f();
  return performance.now() - start;
}

/**
 * Wall-clock times of `runs` calls of `f`, after `warmup` calls that are not counted (the first calls
 * include compiling the code on the way).
 */
export async function timeRuns(f: () => unknown, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(f));
  return times;
}

export const MB = 1024 * 1024;

/** Marks the one stdout line of a child task that holds its JSON result. */
export const RESULT_PREFIX = 'BENCH-RESULT ';
