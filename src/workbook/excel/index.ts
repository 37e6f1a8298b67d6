/**
 * The Office.js workbook adapter: the open workbook behind the WorkbookPort. Each operation is one Excel.run
 * whose syncs are planned by payload (read.ts, apply.ts): three for a read of a plan of normal size, two for
 * an apply, one for the change subscription; a large plan adds one per block of PAYLOAD_BUDGET bytes.
 */
import type { Edit, WorkbookSnapshot } from '../../domain';
import type { ReadScope, RowsShown, WorkbookError, WorkbookPort } from '../port';
import { applyEdits, type SetSupported } from './apply';
import { DEBOUNCE_MS, debounce, subscribeChanges } from './changes';
import { toWorkbookError } from './errors';
import { PAYLOAD_BUDGET } from './payload';
import { readWorkbook } from './read';

/**
 * Runs a batch against a request context; Excel.run in Excel, a recording fake in tests. With `context`, the
 * batch runs on that existing context (Excel.run(context, batch)): removing an event handler must use the
 * context it was added in.
 */
export type BatchRunner = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  context?: OfficeExtension.ClientRequestContext,
) => Promise<T>;

export interface ExcelWorkbookOptions {
  readonly run?: BatchRunner;
  readonly isSetSupported?: SetSupported;
  /** Pause before the one read retry after "cell edit mode" (the user is typing in a cell). */
  readonly retryDelayMs?: number;
  readonly debounceMs?: number;
  /** Events for our own writes arrive after apply() returns; ignore them for this long. */
  readonly quietAfterApplyMs?: number;
  readonly now?: () => number;
  /** Estimated bytes per request or response (PAYLOAD_BUDGET); smaller in tests to see blocks at small sizes. */
  readonly budget?: number;
}

const defaultRun: BatchRunner = (batch, context) => (context ? Excel.run(context, batch) : Excel.run(batch));
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
  private readonly budget: number;
  private applying = 0;
  private shown: readonly RowsShown[] = [];
  private quietUntil = 0;

  constructor(options: ExcelWorkbookOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.quietAfterApplyMs = options.quietAfterApplyMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.budget = options.budget ?? PAYLOAD_BUDGET;
  }

  /** Reads the workbook; retried once when Excel is in cell edit mode (reads are safe to repeat). */
  async read(scope: ReadScope = 'check'): Promise<WorkbookSnapshot> {
    const batch = (context: Excel.RequestContext) => readWorkbook(context, scope, this.budget);
    try {
      return await this.run(batch);
    } catch (error) {
      const first = toWorkbookError(error);
      if (first.kind !== 'cell-edit-mode') throw first;
    }
    await sleep(this.retryDelayMs);
    try {
      return await this.run(batch);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /** Applies all edits in one batch; never retried (a half-known write must not run twice). */
  async apply(edits: readonly Edit[]): Promise<void> {
    this.applying += 1;
    this.shown = [];
    try {
      this.shown = await this.run((context) => applyEdits(context, edits, this.isSetSupported, this.budget));
    } catch (error) {
      throw toWorkbookError(error);
    } finally {
      this.applying -= 1;
      this.quietUntil = this.now() + this.quietAfterApplyMs;
    }
  }

  /** The tables whose filter the last apply() cleared, or whose hidden rows it showed, before making them ranges. */
  rowsShown(): readonly RowsShown[] {
    return this.shown;
  }

  /**
   * Debounced hint that the user changed a plan sheet; returns the unsubscribe function. When Excel refuses
   * the subscription, `onFailure` hears why (the pane then says that changes are not noticed by themselves).
   */
  onUserChange(listener: () => void, onFailure?: (error: WorkbookError) => void): () => void {
    const notify = debounce(listener, this.debounceMs);
    const filter = { isApplying: () => this.applying > 0 || this.now() < this.quietUntil };
    let stopped = false;
    const registration = this.run((context) => subscribeChanges(context, filter, notify)).catch((error: unknown) => {
      if (!stopped) onFailure?.(toWorkbookError(error));
      return null;
    });
    return () => {
      if (stopped) return;
      stopped = true;
      notify.cancel();
      void registration
        .then((handler) => handler && this.run((context) => removeHandler(context, handler), handler.context))
        .catch(() => undefined); // the pane is going away; a handler Excel already dropped is no loss
    };
  }
}

/** Removes an event handler inside a batch on the context it was added in (Office's rule), and syncs. */
async function removeHandler(
  context: Excel.RequestContext,
  handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>,
): Promise<void> {
  handler.remove();
  await context.sync();
}

/** The port for the workbook open in Excel (call only after the task pane's watchHost() reported 'excel'). */
export function createExcelPort(): WorkbookPort {
  return new ExcelWorkbook();
}
