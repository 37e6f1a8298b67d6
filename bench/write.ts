/**
 * Writing into a user's workbook: `check --write` of a generated plan with a chart and a pivot table in it
 * (as a user's workbook has), timed against `check` of the same file in this process (interleaved), and its
 * peak memory as the installed command runs it (the compiled CLI in a fresh process, bench/rssAtExit.cjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../src/cli/io';
import { main } from '../src/cli/main';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { addChartAndPivot } from '../test/fixtures/make/asExcel';
import { FixturePkg } from '../test/fixtures/make/asExcel/pkg';
import { generateContent, generateWorkbookEdits, START_YEAR } from './generate';
import { buildCli, CLI_ENTRY } from './startup';
import { median, RESULT_PREFIX, round, timeOnce } from './stats';

/** Writes the generated plan with `measures` operating measures, a chart and a pivot table into `dir`. */
export async function writeEnrichedPlan(measures: number, dir: string): Promise<string> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(generateWorkbookEdits(measures));
  const pkg = new FixturePkg(await wb.toBuffer());
  addChartAndPivot(pkg, generateContent(measures));
  const file = path.join(dir, `plan-${measures}.xlsx`);
  await fs.writeFile(file, pkg.bytes());
  return file;
}

const quietIo = (dir: string): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  isTTY: false,
  cwd: dir,
  currentYear: START_YEAR - 1,
});

export interface WriteOverCheck {
  readonly measures: number;
  readonly fileKb: number;
  readonly writeMs: number;
  readonly checkMs: number;
  /** writeMs / checkMs */
  readonly ratio: number;
  readonly writeRunsMs: readonly number[];
  readonly checkRunsMs: readonly number[];
}

/** Median `check --write` over median `check` of the enriched plan, `runs` interleaved pairs after 3 warm-up pairs. */
export async function measureWriteOverCheck(measures: number, runs: number): Promise<WriteOverCheck> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiltaksplan-bench-write-'));
  try {
    const file = await writeEnrichedPlan(measures, dir);
    const io = quietIo(dir);
    const out = path.join(dir, 'kontrollert.xlsx');
    const check = async () => {
      if ((await main(['check', file], io)) > 1) throw new Error('check failed');
    };
    const write = async () => {
      await fs.rm(out, { force: true });
      if ((await main(['check', file, '--write', '--out', out], io)) > 1) throw new Error('check --write failed');
    };
    const checkTimes: number[] = [];
    const writeTimes: number[] = [];
    for (let i = 0; i < 3 + runs; i++) {
      const w = await timeOnce(write);
      const c = await timeOnce(check);
      if (i < 3) continue;
      writeTimes.push(w);
      checkTimes.push(c);
    }
    const [writeMs, checkMs] = [median(writeTimes), median(checkTimes)];
    return {
      measures,
      fileKb: Math.round((await fs.stat(file)).size / 1024),
      writeMs: round(writeMs),
      checkMs: round(checkMs),
      ratio: round(writeMs / checkMs, 2),
      writeRunsMs: writeTimes.map((t) => round(t)),
      checkRunsMs: checkTimes.map((t) => round(t)),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export interface WriteMemory {
  readonly measures: number;
  readonly fileKb: number;
  /** Peak resident set size of the `check --write` process (Node and the compiled command). */
  readonly peakRssMb: number;
}

/**
 * Peak RSS of `check --write` on the enriched plan, run as the installed command runs (build/cli, compiled by
 * `npm run build:cli`; built here if missing) in a fresh process.
 */
export async function measureWriteMemory(measures: number): Promise<WriteMemory> {
  const root = path.resolve(__dirname, '..');
  if (!existsSync(path.join(root, CLI_ENTRY))) buildCli(root);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiltaksplan-bench-rss-'));
  try {
    const file = await writeEnrichedPlan(measures, dir);
    const args = [
      '--require',
      path.join(root, 'bench', 'rssAtExit.cjs'),
      CLI_ENTRY,
      'check',
      file,
      '--write',
      '--out',
      path.join(dir, 'ut.xlsx'),
    ];
    const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
    if (!line) throw new Error(`check --write failed (exit ${child.status}): ${child.stderr.trim()}`);
    const { maxRssKb, code } = JSON.parse(line.slice(RESULT_PREFIX.length)) as { maxRssKb: number; code: number };
    if (code > 1) throw new Error(`check --write exited ${code}`);
    return { measures, fileKb: Math.round((await fs.stat(file)).size / 1024), peakRssMb: round(maxRssKb / 1024) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
