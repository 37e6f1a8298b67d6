/** Shared helpers of the import and roll command tests: a captured CliIo and a scratch folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo, Command } from '../../src/cli/io';

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command with captured output, in `cwd`, as if in 2026. */
export async function runCommand(run: Command, args: readonly string[], cwd: string): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    cwd,
    currentYear: 2026,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-h5-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
