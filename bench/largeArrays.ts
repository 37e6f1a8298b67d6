/**
 * Why a check of 20 000 measures costs more than twice one of 10 000 (docs/performance.md, Latest numbers):
 * V8 keeps an array of more than 16 384 elements (128 kB) in its large-object space, and such an array that
 * holds freshly made objects keeps them alive through every young-generation collection until a full one.
 * Times filling arrays with new four-element arrays (one per row, like a row's years), one array or chunks of
 * 10 000, and an array of objects made long before. A measuring aid, not part of `npm run bench`:
 * `node --import tsx --expose-gc bench/largeArrays.ts`.
 */
type Fill = (n: number) => unknown;

const fresh: Fill = (n) => {
  const rows = new Array<number[]>(n);
  for (let i = 0; i < n; i++) rows[i] = [i, i, i, i];
  return rows;
};

const CHUNK = 10000;

const chunked: Fill = (n) => {
  const chunks: number[][][] = [];
  for (let from = 0; from < n; from += CHUNK) {
    const rows = new Array<number[]>(Math.min(CHUNK, n - from));
    for (let i = 0; i < rows.length; i++) rows[i] = [i, i, i, i];
    chunks.push(rows);
  }
  return chunks;
};

const early = fresh(40000) as number[][];

const old: Fill = (n) => {
  const rows = new Array<number[] | undefined>(n);
  for (let i = 0; i < n; i++) rows[i] = early[i];
  return rows;
};

/** Nanoseconds per element of `reps` fills of `n`, the last result kept alive as a check would keep it. */
function nsPerElement(fill: Fill, n: number, reps: number): number {
  let kept: unknown;
  const start = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) kept = fill(n);
  const ns = Number(process.hrtime.bigint() - start) / reps / n;
  return kept === undefined ? NaN : Math.round(ns);
}

(globalThis as { gc?: () => void }).gc?.();
for (let round = 0; round < 2; round++) {
  for (const n of [10000, 16000, 17000, 20000, 40000]) {
    const line = `${n}: one array ${nsPerElement(fresh, n, 200)} ns, chunks of ${CHUNK} ${nsPerElement(chunked, n, 200)} ns, old objects ${nsPerElement(old, n, 200)} ns per element`;
    if (round === 1) process.stdout.write(`${line}\n`);
  }
}
