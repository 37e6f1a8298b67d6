/**
 * How busy the machine is while the benchmark runs. This machine is a VM: its CPU time is steady, but memory
 * access slows down by half and more when its host is busy, and the 10 000-measure check (a working set of
 * some 20 MB) slows with it. Two fixed pieces of work are timed before and after the measurements, so that
 * a reader can tell a slow result from a slow moment.
 */
import { round } from './stats';

export interface MachineProbe {
  /** Best of 9: 30 million integer multiply-adds in registers (no memory traffic). */
  readonly cpuLoopMs: number;
  /** Best of 9: 570 000 reads spread over 4 million small objects (a cache-missing walk, like a big check). */
  readonly memoryWalkMs: number;
}

function best(runs: number, f: () => number): number {
  let min = Infinity;
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += f();
    min = Math.min(min, performance.now() - start);
  }
  if (sink === 0.5) process.stdout.write(''); // keeps the work observable to the optimiser
  return round(min);
}

export function probeMachine(): MachineProbe {
  const cpuLoopMs = best(9, () => {
    let x = 0;
    for (let i = 0; i < 3e7; i++) x = (x * 31 + i) | 0;
    return x;
  });
  const cells = Array.from({ length: 4e6 }, (_, i) => ({ i }));
  const memoryWalkMs = best(9, () => {
    let y = 0;
    for (let i = 0; i < cells.length; i += 7) y += (cells[(i * 7919) % cells.length] as { i: number }).i;
    return y;
  });
  return { cpuLoopMs, memoryWalkMs };
}
