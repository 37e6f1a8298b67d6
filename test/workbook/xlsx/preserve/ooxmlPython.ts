/**
 * The python3 that runs ooxml-check.py, found once per jest run (test/globalSetup.ts puts it in the
 * environment the workers inherit) rather than once per test file. `python3` on PATH may be a pyenv shim, a
 * bash script: here it took 0.24 s to start where the interpreter it runs takes 8 ms, and the check of each
 * test file, and the probe of each file that loaded compare.ts, paid it (some 30 s of `npm test`'s CPU). So the
 * shim is asked once for the interpreter itself (sys.executable), and the checks start that.
 */
import { execFileSync } from 'node:child_process';

const ENV = 'TILTAKSPLAN_OOXML_PYTHON';

/** The interpreter's path, or '' when python3 or xmllint is not there (the checks are then skipped). */
function findPython(): string {
  try {
    const exe = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return exe === '' ? 'python3' : exe;
  } catch {
    return '';
  }
}

/** For jest's globalSetup: finds the interpreter once and leaves it to the workers. */
export function shareOoxmlPython(): void {
  process.env[ENV] ??= findPython();
}

/** The python to run ooxml-check.py with, or null when it cannot run here. */
export function ooxmlPython(): string | null {
  const python = process.env[ENV] ?? findPython();
  return python === '' ? null : python;
}
