/**
 * `check` against the floor it used to stand on: loading the same .xlsx with exceljs. Both run in this one
 * process, interleaved, on a generated plan written by the product's own xlsx adapter to a temp folder.
 * exceljs cannot load that file as it is (see exceljsFloor.ts), so the floor loads a copy it can.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CliIo } from '../src/cli/io';
import { main } from '../src/cli/main';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { saveXlsxFile } from '../src/workbook/xlsx/nodeFile';
import { exceljsLoadable } from './exceljsFloor';
import { generateWorkbookEdits, START_YEAR } from './generate';
import { median, round, timeOnce } from './stats';

export interface CheckOverRead {
  readonly measures: number;
  readonly fileKb: number;
  readonly exceljsFileKb: number;
  readonly checkMs: number;
  readonly readMs: number;
  /** checkMs / readMs */
  readonly ratio: number;
  /** Every timed run, in order, for pooling several processes. */
  readonly checkRunsMs: readonly number[];
  readonly readRunsMs: readonly number[];
}

interface PlanFiles {
  readonly dir: string;
  /** The workbook as the product writes it (and Excel would save it). */
  readonly file: string;
  /** The same package as exceljs can load it: see the file comment. */
  readonly exceljsFile: string;
}

/** Writes the generated plan with `measures` operating measures as .xlsx files in a new temp folder. */
async function writePlanFiles(measures: number): Promise<PlanFiles> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiltaksplan-bench-'));
  const file = path.join(dir, `plan-${measures}.xlsx`);
  const wb = XlsxWorkbook.empty();
  await wb.apply(generateWorkbookEdits(measures));
  await saveXlsxFile(wb, file);
  const exceljsFile = path.join(dir, `plan-${measures}-exceljs.xlsx`);
  await fs.writeFile(exceljsFile, await exceljsLoadable(new Uint8Array(await fs.readFile(file))));
  return { dir, file, exceljsFile };
}

/** The CLI's I/O with the report thrown away (printing is not what is measured). */
function quietIo(dir: string): CliIo & { errors: string[] } {
  const errors: string[] = [];
  return {
    stdout: () => undefined,
    stderr: (text) => void errors.push(text),
    isTTY: false,
    cwd: dir,
    currentYear: START_YEAR - 1,
    errors,
  };
}

/** Warm-up pairs before timing: the first loads compile exceljs's code and size the heap. */
const WARMUP = 3;

/** Median `check FILE` time over median exceljs load time, `runs` of each after WARMUP of each. */
export async function measureCheckOverRead(measures: number, runs: number): Promise<CheckOverRead> {
  const { file, dir, exceljsFile } = await writePlanFiles(measures);
  try {
    const io = quietIo(dir);
    const check = async () => {
      const code = await main(['check', file], io);
      if (code !== 0) throw new Error(`check exited ${code} on the generated plan: ${io.errors.join(' ')}`);
    };
    const read = async () => {
      await new ExcelJS.Workbook().xlsx.readFile(exceljsFile);
    };
    for (let i = 0; i < WARMUP; i++) {
      await check();
      await read();
    }
    const checkTimes: number[] = [];
    const readTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      checkTimes.push(await timeOnce(check));
      readTimes.push(await timeOnce(read));
    }
    const checkMs = median(checkTimes);
    const readMs = median(readTimes);
    const [{ size }, { size: exceljsSize }] = await Promise.all([fs.stat(file), fs.stat(exceljsFile)]);
    return {
      measures,
      fileKb: Math.round(size / 1024),
      exceljsFileKb: Math.round(exceljsSize / 1024),
      checkMs: round(checkMs),
      readMs: round(readMs),
      ratio: round(checkMs / readMs, 2),
      checkRunsMs: checkTimes.map((t) => round(t)),
      readRunsMs: readTimes.map((t) => round(t)),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
