/**
 * The temporary files safeWrite.ts writes beside a target before it takes the target's name: how they are named
 * (hidden, ours, with the process that wrote them), and how the ones a killed write left behind are found and
 * removed (their process gone). Node only.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

// Ours: ".<name>.tiltaksplan-<pid>-<12 hex>.tmp", and the earlier ".<name>.<pid>.<13-digit ms>.tmp".
const TEMP = /^\..+\.tiltaksplan-(\d+)-[0-9a-f]{12}\.tmp$/;
const OLD_TEMP = /^\..+\.(\d+)\.\d{13}\.tmp$/;

/** A hidden temporary name beside `target` (the name part is cut so that the whole stays short). */
export function tempNameFor(target: string): string {
  const base = path.basename(target).slice(0, 100);
  return path.join(path.dirname(target), `.${base}.tiltaksplan-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Removes temporary files of ours in `dir` that a killed write left behind (their process is gone); never
 * anything else, and never a failure: cleaning up is a courtesy. Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number((TEMP.exec(name) ?? OLD_TEMP.exec(name))?.[1] ?? NaN);
    if (!Number.isInteger(pid) || isRunning(pid)) continue;
    const full = path.join(dir, name);
    try {
      if (!(await fs.lstat(full)).isFile()) continue;
      await fs.unlink(full);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
