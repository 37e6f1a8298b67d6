/**
 * An in-memory WorkbookPort for component tests: starts from a snapshot (by default the canonical one),
 * applies edits with the domain's in-memory applier, and records every apply() call.
 */
import type { Edit } from '../../src/domain/model/edits';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import type { ReadScope, WorkbookError, WorkbookPort } from '../../src/workbook/port';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

export { economyLine, operatingRow };

export class FakePort implements WorkbookPort {
  readonly applied: (readonly Edit[])[] = [];
  reads = 0;
  /** The scope of every read, in order. */
  readonly scopes: ReadScope[] = [];
  /** Thrown by the next reads and applies while set (an Excel that refuses). */
  failure: unknown = null;
  /** Reported to onUserChange's onFailure (a refused change subscription). */
  watchFailure: WorkbookError | null = null;
  private listeners = new Set<() => void>();

  constructor(public snapshot: WorkbookSnapshot = canonicalSnapshot()) {}

  async read(scope: ReadScope = 'check'): Promise<WorkbookSnapshot> {
    this.reads++;
    this.scopes.push(scope);
    if (this.failure) throw this.failure;
    return this.snapshot;
  }

  async apply(edits: readonly Edit[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.applied.push(edits);
    this.snapshot = applyEdits(this.snapshot, edits);
  }

  onUserChange(listener: () => void, onFailure?: (error: WorkbookError) => void): () => void {
    if (this.watchFailure) {
      const failure = this.watchFailure;
      void Promise.resolve().then(() => onFailure?.(failure));
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Simulates the user editing the workbook: change the snapshot and fire the change event. */
  userEdits(snapshot: WorkbookSnapshot): void {
    this.snapshot = snapshot;
    for (const l of this.listeners) l();
  }

  /** Every edit applied so far, flattened. */
  get edits(): Edit[] {
    return this.applied.flat();
  }
}

/** A plan with no errors: one costed measure and the economy plan line that matches it. */
export function readyPlan(measure: Record<string, CellValue> = {}): WorkbookSnapshot {
  return canonicalSnapshot({ operating: [operatingRow(measure)], economyPlan: [economyLine()] });
}
