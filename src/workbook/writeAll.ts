/**
 * Several files all or none (Node only; SPEC §11, and §15: a consolidation's plans must agree with one another).
 * Every file's new content is staged first (safeWrite.ts: judged, written to a temporary file beside it and
 * flushed), then every target is judged again, and only then does each take its name, one after the other. A
 * failure up to there removes every temporary file: nothing is written. A failure while they take their names
 * (rare: every check has just passed; the system refusing a rename, a file opened meanwhile on Windows) takes back
 * the ones before it, the last first: a new file is removed, a replaced one gets its old file back (kept as a
 * hidden hard-linked backup until every name is taken) — only while each is still the very file written and not
 * open. One that cannot be taken back stays written with those before it, and the outcome says how many.
 */
import { FileSystemError, type CommittedWrite, type StagedWrite } from './safeWrite';

export type WriteAllOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The index of the file that failed. */
      readonly failed: number;
      readonly error: FileSystemError;
      /** How many files, from the first, stay written: 0 when it failed before any was, or all were taken back. */
      readonly written: number;
    };

const discardAll = (staged: readonly StagedWrite[]): Promise<unknown> => Promise.all(staged.map((s) => s.discard()));
const releaseAll = (done: readonly CommittedWrite[]): Promise<unknown> => Promise.all(done.map((d) => d.release()));

/**
 * Takes back the committed writes, the last first, until one cannot be (changed or opened meanwhile, no backup):
 * returns how many, from the first, stay written.
 */
async function undoAll(done: readonly CommittedWrite[]): Promise<number> {
  for (let i = done.length - 1; i >= 0; i--) if (!(await done[i]?.undo())) return i + 1;
  return 0;
}

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
  const done: CommittedWrite[] = [];
  for (const [i, s] of staged.entries()) {
    try {
      done.push(await s.commit(true));
    } catch (e) {
      await discardAll(staged.slice(i + 1));
      const written = await undoAll(done);
      await releaseAll(done);
      if (!(e instanceof FileSystemError)) throw e;
      return { ok: false, failed: i, error: e, written };
    }
  }
  await releaseAll(done);
  return { ok: true };
}
