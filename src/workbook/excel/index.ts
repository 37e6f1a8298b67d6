/**
 * The Office.js workbook adapter: the open workbook behind the WorkbookPort. Each operation is one Excel.run
 * with a bounded number of context.sync() calls (read 2, apply 2, subscribe 1), independent of the row count.
 */
import type { Edit, WorkbookSnapshot } from '../../domain';
import type { WorkbookPort } from '../port';
import { applyEdits, type SetSupported } from './apply';
import { DEBOUNCE_MS, debounce, subscribeChanges } from './changes';
import { toWorkbookError } from './errors';
import { readWorkbook } from './read';

/** Runs a batch against a request context; Excel.run in Excel, a recording fake in tests. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  readonly run?: BatchRunner;
  readonly isSetSupported?: SetSupported;
  /** Pause before the one read retry after "cell edit mode" (the user is typing in a cell). */
  readonly retryDelayMs?: number;
  readonly debounceMs?: number;
  /** Events for our own writes arrive after apply() returns; ignore them for this long. */
  readonly quietAfterApplyMs?: number;
  readonly now?: () => number;
}

const defaultRun: BatchRunner = (batch) => Excel.run(batch);
const defaultIsSetSupported: SetSupported = (name, version) =>
  Office.context.requirements.isSetSupported(name, version);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: BatchRunner;
  private readonly isSetSupported: SetSupported;
  private readonly retryDelayMs: number;
  private readonly debounceMs: number;
  private readonly quietAfterApplyMs: number;
  private readonly now: () => number;
  /** Excel moves cells (and every reference to them) itself, so a new table row can go in above a user's cell. */
  readonly canInsertCells = true;
  private applying = 0;
  private quietUntil = 0;

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.quietAfterApplyMs = options.quietAfterApplyMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Reads the workbook; retried once when Excel is in cell edit mode (reads are safe to repeat). */
  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.run(readWorkbook);
    } catch (error) {
      const first = toWorkbookError(error);
      if (first.kind !== 'cell-edit-mode') throw first;
    }
    await sleep(this.retryDelayMs);
    try {
      return await this.run(readWorkbook);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /** Applies all edits in one batch; never retried (a half-known write must not run twice). */
  async apply(edits: readonly Edit[]): Promise<void> {
    this.applying += 1;
    try {
      return await this.run((context) => applyEdits(context, edits, this.isSetSupported));
    } catch (error) {
      throw toWorkbookError(error);
    } finally {
      this.applying -= 1;
      this.quietUntil = this.now() + this.quietAfterApplyMs;
    }
  }

  /** Debounced hint that the user changed a plan sheet; returns the unsubscribe function. */
  onUserChange(listener: () => void): () => void {
    const notify = debounce(listener, this.debounceMs);
    const filter = { isApplying: () => this.applying > 0 || this.now() < this.quietUntil };
    let stopped = false;
    const registration = this.run((context) => subscribeChanges(context, filter, notify)).catch(() => null);
    return () => {
      if (stopped) return;
      stopped = true;
      notify.cancel();
      void registration
        .then(async (handler) => {
          if (!handler) return;
          handler.remove();
          await handler.context.sync();
        })
        .catch(() => undefined);
    };
  }
}

/** The port for the workbook open in Excel (call only after detectHost() resolved 'excel'). */
export function createExcelPort(): WorkbookPort {
  return new ExcelWorkbook();
}
