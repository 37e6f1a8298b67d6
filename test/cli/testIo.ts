/** A CliIo that records what a command prints, working in a fresh temporary folder. */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/io';

export interface TestIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  /** Files in the working folder, sorted. */
  readonly files: () => string[];
}

export function testIo(opts: { isTTY?: boolean; cwd?: string } = {}): TestIo {
  const cwd = opts.cwd ?? mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-cli-'));
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: opts.isTTY ?? false,
    cwd,
    currentYear: 2026,
    out: () => out,
    err: () => err,
    files: () => readdirSync(cwd).sort(),
  };
}
