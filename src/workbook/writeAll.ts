/**
 * Several files all or none (Node only; SPEC §11, and §15: a consolidation's plans must agree with one another).
 * Every file's new content is staged first (safeWrite.ts: judged, written to a temporary file beside it and
 * flushed), then every target is judged again, and only then does each take its name, one after the other. A
 * failure up to there removes every temporary file: nothing is written. A failure while they take their names
 * (rare: every check has just passed; the system refusing a rename, a file opened meanwhile on Windows) leaves
 * the ones before it written and the rest as they were, and the outcome says which.
 */
import { FileSystemError, type StagedWrite } from './safeWrite';

export type WriteAllOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The index of the file that failed. */
      readonly failed: number;
      readonly error: FileSystemError;
      /** How many files, from the first, were written before it: 0 when it failed before any was. */
      readonly written: number;
    };

const discardAll = (staged: readonly StagedWrite[]): Promise<unknown> => Promise.all(staged.map((s) => s.discard()));

/**
 * Stages every write (`stages`, called in order), rechecks each, then commits them in order. A failure that is no
 * FileSystemError (a bug) removes what was staged and is thrown.
 */
export async function writeAll(stages: readonly (() => Promise<StagedWrite>)[]): Promise<WriteAllOutcome> {
  const staged: StagedWrite[] = [];
  let at = 0;
  try {
    for (const [i, stage] of stages.entries()) {
      at = i;
      staged.push(await stage());
    }
    for (const [i, s] of staged.entries()) {
      at = i;
      await s.recheck();
    }
  } catch (e) {
    await discardAll(staged);
    if (!(e instanceof FileSystemError)) throw e;
    return { ok: false, failed: at, error: e, written: 0 };
  }
  for (const [i, s] of staged.entries()) {
    try {
      await s.commit();
    } catch (e) {
      await discardAll(staged.slice(i + 1));
      if (!(e instanceof FileSystemError)) throw e;
      return { ok: false, failed: i, error: e, written: i };
    }
  }
  return { ok: true };
}
