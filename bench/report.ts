/**
 * The benchmark's results file and table: each measured key with its target and a pass/fail, and the
 * machine and date the numbers come from.
 */
import os from 'node:os';
import type { MachineProbe } from './probe';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average when the run started: other work on the machine slows every timing. */
  readonly loadAverage: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export interface Target {
  readonly target: string;
  /** The number the target is about (for excel.syncs and request_kb: the most of any operation at any size). */
  readonly value: number | null;
  /** null when the key has no target (reported only) or could not be measured. */
  readonly pass: boolean | null;
}

export interface Results {
  readonly date: string;
  readonly machine: Machine;
  readonly domain: {
    readonly check_ms: Record<string, number | null>;
    /** check(10 000) / check(1 000): reported only, since it mixes in the step where the data leaves the caches. */
    readonly scaling: number | null;
    /** check(20 000) / check(10 000): growth where both sizes are past that step. */
    readonly scaling_20k: number | null;
  };
  readonly compare: { readonly ms: Record<string, number | null> };
  /** SPEC §15: 20 plans × 500 measures against 12 000 lines in one process, over the 20 checked one by one. */
  readonly consolidation: { readonly ratio: number | null; readonly ms: number | null };
  readonly cli: {
    readonly check_over_read: number | null;
    readonly startup_ratio: number | null;
    readonly write_over_check: number | null;
  };
  readonly excel: {
    readonly syncs: Record<string, Record<string, number>> | null;
    /** The largest single request or response of each operation, in kB, per size (issue 15). */
    readonly request_kb: Record<string, Record<string, number>> | null;
  };
  readonly taskpane: { readonly main_gzip_kb: number | null };
  readonly memory: { readonly check_10000_mb: number | null; readonly write_10000_mb: number | null };
  readonly targets: Record<string, Target>;
  /** What stands behind the numbers: every run, absolute times, baselines; and any task that failed. */
  readonly details: Record<string, unknown>;
}

const atMost = (value: number | null, limit: number): boolean | null => (value === null ? null : value <= limit);

/** Whether every operation takes at most `small` syncs at 10 measures and at most `large` at 10 000. */
export function syncsPass(syncs: Results['excel']['syncs'], small: number, large: number): boolean | null {
  if (syncs === null) return null;
  return Object.values(syncs).every((bySize) => (bySize['10'] ?? 0) <= small && (bySize['10000'] ?? 0) <= large);
}

const largest = (bySize: Record<string, Record<string, number>> | null): number | null =>
  bySize === null ? null : Math.max(...Object.values(bySize).flatMap((s) => Object.values(s)));

/** The targets of the issue, judged. */
export function judge(r: Omit<Results, 'targets' | 'details' | 'date' | 'machine'>): Record<string, Target> {
  const check10k = r.domain.check_ms['10000'] ?? null;
  const syncs = r.excel.syncs;
  const maxSyncs = largest(syncs);
  const maxKb = largest(r.excel.request_kb);
  return {
    'domain.check_ms': { target: '≤ 150 ms at 10 000 measures', value: check10k, pass: atMost(check10k, 150) },
    'domain.scaling': { target: 'reported (no target)', value: r.domain.scaling, pass: null },
    'domain.scaling_20k': { target: '≤ 2.3', value: r.domain.scaling_20k, pass: atMost(r.domain.scaling_20k, 2.3) },
    'compare.ms': {
      target: '≤ 2 × domain.check_ms at 10 000 measures',
      value: r.compare.ms['10000'] ?? null,
      pass: check10k === null ? null : atMost(r.compare.ms['10000'] ?? null, 2 * check10k),
    },
    'consolidation.ratio': {
      target: '≤ 1.5',
      value: r.consolidation.ratio,
      pass: atMost(r.consolidation.ratio, 1.5),
    },
    'consolidation.ms': { target: 'reported (no target)', value: r.consolidation.ms, pass: null },
    'cli.check_over_read': { target: '≤ 0.6', value: r.cli.check_over_read, pass: atMost(r.cli.check_over_read, 0.6) },
    'cli.write_over_check': {
      target: '≤ 1.5',
      value: r.cli.write_over_check,
      pass: atMost(r.cli.write_over_check, 1.5),
    },
    'cli.startup_ratio': { target: '≤ 2.5', value: r.cli.startup_ratio, pass: atMost(r.cli.startup_ratio, 2.5) },
    'excel.syncs': {
      target: '≤ 3 per operation at 10 measures, ≤ 12 at 10 000',
      value: maxSyncs,
      pass: syncsPass(syncs, 3, 12),
    },
    'excel.request_kb': { target: '≤ 4 000 kB per request or response', value: maxKb, pass: atMost(maxKb, 4000) },
    'taskpane.main_gzip_kb': {
      target: '≤ 250 KB',
      value: r.taskpane.main_gzip_kb,
      pass: atMost(r.taskpane.main_gzip_kb, 250),
    },
    'memory.check_10000_mb': { target: 'reported (no target)', value: r.memory.check_10000_mb, pass: null },
    'memory.write_10000_mb': {
      target: '≤ 400 MB',
      value: r.memory.write_10000_mb,
      pass: atMost(r.memory.write_10000_mb, 400),
    },
  };
}

const verdict = (pass: boolean | null, value: number | null): string =>
  value === null ? 'FAILED TO MEASURE' : pass === null ? '—' : pass ? 'pass' : 'MISS';

/** The table printed at the end of a run. */
export function formatTable(r: Results): string {
  const rows: string[][] = [['key', 'value', 'target', 'result']];
  for (const [key, t] of Object.entries(r.targets)) {
    const value = key === 'domain.check_ms' ? JSON.stringify(r.domain.check_ms) : String(t.value ?? '—');
    rows.push([key, value, t.target, verdict(t.pass, t.value)]);
  }
  for (const [key, table] of [
    ['syncs', r.excel.syncs],
    ['request_kb', r.excel.request_kb],
  ] as const) {
    for (const [op, bySize] of Object.entries(table ?? {})) {
      const counts = Object.entries(bySize).map(([n, c]) => `${n}: ${c}`);
      rows.push([`  excel.${key} › ${op}`, counts.join(', '), '', '']);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  const m = r.machine;
  const probe = r.details.machineProbe as { before?: MachineProbe | null; after?: MachineProbe | null } | undefined;
  const probed = (p: MachineProbe | null | undefined) =>
    p ? `cpu ${p.cpuLoopMs} ms, memory ${p.memoryWalkMs} ms` : '—';
  return [
    `Tiltaksplan benchmark, ${r.date} — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverage}`,
    `Machine probe (best of 9; quiet host ≈ cpu 36 ms, memory 23 ms): before ${probed(probe?.before)}; after ${probed(probe?.after)}`,
    '',
    ...rows.map(line),
  ].join('\n');
}
