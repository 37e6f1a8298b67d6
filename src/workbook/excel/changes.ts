/**
 * User edits as a hint to re-check (SPEC §13: Excel's own validation is skipped by paste and by code, so the
 * task pane re-checks). One collection-level WorksheetCollection.onChanged handler (ExcelApi 1.9), debounced;
 * changes on generated sheets and changes made by our own apply() are ignored.
 */
import { SHEETS } from '../../domain';

/** Sheets the product writes itself: edits there are not the user's plan data. */
const GENERATED_SHEETS = new Set<string>([SHEETS.summary, SHEETS.reconciliation, SHEETS.archive, SHEETS.importLog]);

export const DEBOUNCE_MS = 800;

export interface ChangeFilter {
  /** True while our own apply() runs, and for a short while after (events arrive after the batch). */
  readonly isApplying: () => boolean;
}

/** Calls `listener` at most once per quiet period of `delayMs`; cancel() drops a pending call. */
export function debounce(listener: () => void, delayMs: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const call = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      listener();
    }, delayMs);
  };
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return call;
}

/**
 * Registers the handler in one batch (one sync) and returns what unsubscribing needs. Sheet ids are mapped to
 * names at registration; a sheet created later has an unknown id and counts as a plan sheet (a hint is cheap).
 */
export async function subscribeChanges(
  context: Excel.RequestContext,
  filter: ChangeFilter,
  notify: () => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const names = new Map<string, string>();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  const handler = worksheets.onChanged.add(async (event) => {
    if (filter.isApplying() || event.triggerSource === 'ThisLocalAddin') return;
    const sheet = names.get(event.worksheetId);
    if (sheet !== undefined && GENERATED_SHEETS.has(sheet)) return;
    notify();
  });
  await context.sync();
  for (const ws of worksheets.items) names.set(ws.id, ws.name);
  return handler;
}
