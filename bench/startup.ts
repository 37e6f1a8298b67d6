/**
 * cli.startup_ratio: how long the installed command takes to answer `tiltaksplan --version`, over how long Node
 * takes to start and do nothing (`node -e 0`). Both are whole processes started from here, in interleaved
 * pairs, so a slow spell of a shared host falls on both sides of the ratio. The command is the compiled one
 * (npm run build:cli, built here first), run with this same Node, as the bin link would run it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { median, round } from './stats';

/** The compiled entry, relative to the repository root (package.json "bin"). */
export const CLI_ENTRY = path.join('build', 'cli', 'tiltaksplan.js');

export interface StartupRatio {
  readonly command: string;
  readonly nodeMs: number;
  readonly cliMs: number;
  /** cliMs / nodeMs */
  readonly ratio: number;
  readonly nodeRunsMs: readonly number[];
  readonly cliRunsMs: readonly number[];
}

/** Pairs timed, after WARMUP pairs that fill the file cache and are not counted. */
const PAIRS = 15;
const WARMUP = 3;

/** Runs `node ...args` to its end and returns its wall time in ms; throws unless it exits 0. */
function timeProcess(root: string, args: readonly string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.trim()}`);
  return { ms, stdout: child.stdout };
}

/** Builds the CLI as `npm run build:cli` does. */
export function buildCli(root: string): void {
  timeProcess(root, [path.join('scripts', 'build-cli.mjs')]);
}

/** Median wall time of `tiltaksplan --version` over median wall time of `node -e 0`, PAIRS interleaved pairs. */
export function measureStartup(root: string): StartupRatio {
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const node = () => timeProcess(root, ['-e', '0']).ms;
  const cli = () => {
    const { ms, stdout } = timeProcess(root, [CLI_ENTRY, '--version']);
    if (stdout.trim() !== version) throw new Error(`${CLI_ENTRY} --version printed "${stdout.trim()}"`);
    return ms;
  };
  for (let i = 0; i < WARMUP; i++) {
    node();
    cli();
  }
  const nodeRunsMs: number[] = [];
  const cliRunsMs: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    nodeRunsMs.push(node());
    cliRunsMs.push(cli());
  }
  const [nodeMs, cliMs] = [median(nodeRunsMs), median(cliRunsMs)];
  return {
    command: `node ${CLI_ENTRY} --version`,
    nodeMs: round(nodeMs),
    cliMs: round(cliMs),
    ratio: round(cliMs / nodeMs, 2),
    nodeRunsMs: nodeRunsMs.map((t) => round(t)),
    cliRunsMs: cliRunsMs.map((t) => round(t)),
  };
}
