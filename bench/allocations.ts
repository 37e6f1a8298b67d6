/**
 * Where a large check allocates: V8's sampling heap profiler over a few checks of a generated plan, objects
 * the GC collected included, summed per function (self). A measuring aid for docs/performance.md (Hot
 * functions), not part of `npm run bench`:
 * `node --import tsx --expose-gc bench/allocations.ts [measures=20000] [checks=5] [top=25]`.
 */
import { Session } from 'node:inspector/promises';
import { checkPlan } from './domain';
import { generateSnapshot } from './generate';
import { MB, round } from './stats';

interface SamplingNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SamplingNode[];
}

/** A built-in (Map.prototype.set, push …) is named with the function that called it. */
function addSelf(node: SamplingNode, into: Map<string, number>, caller = ''): void {
  const { functionName, url } = node.callFrame;
  const name = functionName || '(anonymous)';
  const site = url === '' ? `${name} ← ${caller}` : `${name} ${url.replace(/^.*\/(src|bench)\//, '$1/')}`;
  into.set(site, (into.get(site) ?? 0) + node.selfSize);
  for (const child of node.children) addSelf(child, into, url === '' ? caller : site);
}

async function profile(measures: number, checks: number, top: number): Promise<void> {
  const snapshot = generateSnapshot(measures);
  for (let i = 0; i < 5; i++) checkPlan(snapshot);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < checks; i++) checkPlan(snapshot);
  const { profile: p } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  session.disconnect();
  const bySite = new Map<string, number>();
  addSelf(p.head, bySite);
  const total = [...bySite.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`${measures} measures: ${round(total / checks / MB, 2)} MB allocated per check\n`);
  const rows = [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [site, bytes] of rows) process.stdout.write(`${round(bytes / checks / MB, 2).toFixed(2)} MB  ${site}\n`);
}

const [measures = 20000, checks = 5, top = 25] = process.argv.slice(2).map(Number);
profile(measures, checks, top).catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
