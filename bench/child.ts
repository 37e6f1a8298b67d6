/**
 * One benchmark task in a fresh Node process (started by run.ts), so that no task inherits another's heap:
 * `node --expose-gc build/bench/child.js <task> [args]` (compiled by build.ts) or
 * `node --import tsx --expose-gc bench/child.ts <task> [args]`. Prints its result as one JSON line.
 */
import { measureCheckOverRead } from './cli';
import { timeCompare } from './compare';
import { timeConsolidation } from './consolidation';
import { measurePeakHeap, timeCheck } from './domain';
import { measureExcel } from './excel';
import { probeMachine } from './probe';
import { measureWriteMemory, measureWriteOverCheck } from './write';
import { measureWriteFloor } from './writeFloor';
import { RESULT_PREFIX } from './stats';

const TASKS: Readonly<Record<string, (args: number[]) => Promise<unknown>>> = {
  check: async ([measures = 1000, runs = 7]) => timeCheck(measures, runs),
  compare: async ([measures = 10000, runs = 7]) => timeCompare(measures, runs),
  consolidation: async ([plans = 20, measures = 500, runs = 7]) => timeConsolidation(plans, measures, runs),
  memory: async ([measures = 10000]) => measurePeakHeap(measures),
  cli: async ([measures = 1000, runs = 7]) => measureCheckOverRead(measures, runs),
  excel: async (sizes) => measureExcel(sizes),
  probe: async () => probeMachine(),
  write: async ([measures = 1000, runs = 7]) => measureWriteOverCheck(measures, runs),
  'write-memory': async ([measures = 10000]) => measureWriteMemory(measures),
  'write-floor': async ([measures = 1000, runs = 11]) => measureWriteFloor(measures, runs),
};

async function runTask(): Promise<void> {
  const [name = '', ...args] = process.argv.slice(2);
  const task = TASKS[name];
  if (!task) throw new Error(`unknown task "${name}" (one of ${Object.keys(TASKS).join(', ')})`);
  const result = await task(args.map(Number));
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

runTask().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
