/**
 * apply(edits): every planned edit, in order, in batches whose estimated request stays under the payload
 * budget. One sync learns which sheets, tables and names exist (so ensureSheet, defineName and
 * deleteOwnedTable can be idempotent); then one sync per batch: two syncs for a plan of normal size, one more
 * per PAYLOAD_BUDGET of data. Nothing is written when an edit names a sheet that neither exists nor is created
 * earlier in the list, would add a sheet to a workbook whose structure is locked, write into a protected sheet
 * beyond its unlocked cells or risk a view there that its protection may refuse (protection.ts, judged from the
 * first sync, and one sync more when the edits also ensure a protected sheet), needs an API this Excel lacks, or
 * cannot be turned into Office calls (a programmer error: every edit's operations are built before the first write).
 * Cells outside what the edits name are never touched. A batch of views alone (the pane's go to the cell) is not
 * judged: should Excel refuse its select on a protected sheet, the refusal names that sheet and cell.
 *
 * A large operation is written in several syncs: should Excel fail in a later one, the earlier batches stay
 * written (Excel has no transaction across syncs); each batch is whole edits or whole row blocks.
 */
import type { Edit } from '../../domain';
import { SelectRefusedError, TargetGoneError, WorkbookError, type RowsShown } from '../port';
import { officeErrorCode } from './errors';
import { goneTarget } from './gone';
import type { Op } from './cells';
import { PAYLOAD_BUDGET } from './payload';
import { writesAny } from './protectedViews';
import { lateProbes, probeLocks, refuseProtected, WORKSHEET_PROPS } from './protection';
import { editOps, type ApplyState } from './queue';

/** Office's requirement-set check, injectable for tests. */
export type SetSupported = (name: string, version: string) => boolean;

/**
 * Queues and runs all edits; see the file comment for the sync budget. Returns the tables made ranges whose filter
 * or hidden rows it cleared (queue.ts), for the user to be told.
 */
export async function applyEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  isSetSupported: SetSupported,
  budget: number = PAYLOAD_BUDGET,
): Promise<RowsShown[]> {
  if (edits.length === 0) return [];
  // Only a roll into a file clears what is anchored on a block (a roll in Excel opens a new workbook): refused
  // before anything is queued, so that nothing of the batch is written.
  const anchored = edits.find((e) => e.kind === 'clearOwnedRange' && e.anchored === true);
  if (anchored?.kind === 'clearOwnedRange')
    throw new Error(`Cannot clear what is anchored on ${anchored.sheet}!${anchored.range} in Excel`);
  const { worksheets, tables, names, protection } = context.workbook;
  worksheets.load(WORKSHEET_PROPS);
  protection.load('protected');
  tables.load('items/name,items/worksheet/name,items/showTotals,items/showHeaders');
  names.load('items/name');
  const locks = probeLocks(context, edits);
  try {
    await context.sync();
  } catch (error) {
    throw (await goneTarget(context, edits, error)) ?? error;
  }

  const state: ApplyState = {
    sheets: new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name])),
    tables: new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name])),
    totals: new Set(tables.items.filter((t) => t.showTotals).map((t) => t.name.toLowerCase())),
    names: new Set([...names.items.map((n) => n.name.toLowerCase()), ...definedNames(edits)]),
    existingNames: new Set(names.items.map((n) => n.name.toLowerCase())),
    shown: [],
    kept: new Map(),
    fixedRows: new Set(
      worksheets.items
        .filter((ws) => ws.protection.protected && ws.protection.options.allowFormatRows !== true)
        .map((ws) => ws.name.toLowerCase()),
    ),
  };
  assertSheetsKnown(edits, new Set(state.sheets.keys()));
  assertTablesKnown(edits, new Set(state.tables.keys()));
  const loaded = {
    structureLocked: protection.protected,
    sheets: state.sheets,
    protectedSheets: new Map(
      worksheets.items
        .filter((ws) => ws.protection.protected)
        .map((ws) => [
          ws.name.toLowerCase(),
          {
            formatCells: ws.protection.options.allowFormatCells === true,
            selection: ws.protection.options.selectionMode,
          },
        ]),
    ),
    tables: state.tables,
  };
  // A protected sheet the edits ensure: its locks were not asked for in the first sync (it might not have existed).
  const late = lateProbes(context, edits, loaded);
  if (late) await context.sync();
  refuseProtected(edits, loaded, late ? new Map([...locks, ...late]) : locks);
  assertResizable(edits, isSetSupported);
  assertHeaderRows(
    edits,
    tables.items.filter((t) => t.showHeaders === false).map((t) => t.name.toLowerCase()),
  );

  // Every edit's operations are built before the first batch is sent: one that cannot be (a programmer error, such
  // as a number format over a whole column) throws while nothing of the batch is written.
  const ops = edits.flatMap((edit) => editOps(context, edit, state, budget));
  try {
    await runOps(context, ops, budget);
  } catch (error) {
    throw selectRefused(error, edits, loaded.protectedSheets, state.sheets) ?? error;
  }
  return state.shown.flatMap((read) => read() ?? []);
}

/** Runs the operations in batches under `budget` bytes, one sync each. */
async function runOps(context: Excel.RequestContext, ops: readonly Op[], budget: number): Promise<void> {
  let size = 0;
  let queued = 0;
  for (const op of ops) {
    if (queued > 0 && size + op.bytes > budget) {
      await context.sync();
      size = 0;
      queued = 0;
    }
    op.run();
    size += op.bytes;
    queued += 1;
  }
  if (queued > 0) await context.sync();
}

/**
 * A batch of views alone (the pane's go to the cell) that Excel refused with AccessDenied on a protected sheet: its
 * protection does not let the cell be selected (judged by nobody before, for such a batch writes nothing). Named, so
 * that the user learns which sheet and cell; null for anything else.
 */
function selectRefused(
  error: unknown,
  edits: readonly Edit[],
  protectedSheets: ReadonlyMap<string, unknown>,
  sheets: ReadonlyMap<string, string>,
): SelectRefusedError | null {
  const code = officeErrorCode(error);
  if (code !== 'AccessDenied' || writesAny(edits)) return null;
  const select = edits.find((e) => e.kind === 'select' && protectedSheets.has(e.sheet.toLowerCase()));
  if (select?.kind !== 'select') return null;
  return new SelectRefusedError(sheets.get(select.sheet.toLowerCase()) ?? select.sheet, select.cell, code);
}

/**
 * A table whose header row is turned off reads grown over the row above it, with its names there (read.ts, as
 * the file adapter reads it): that row is no part of it in Excel, and Table.resize keeps a table's top row.
 * Growing such a table is refused before anything is written, as the file adapter refuses it.
 */
function assertHeaderRows(edits: readonly Edit[], headerless: readonly string[]): void {
  const named = edits.find((e) => e.kind === 'resizeTable' && headerless.includes(e.name.toLowerCase()));
  if (named && named.kind === 'resizeTable') {
    throw new WorkbookError('header-row-off', `${named.name} has its header row turned off: it is not resized here`);
  }
}

function definedNames(edits: readonly Edit[]): string[] {
  return edits.flatMap((e) => (e.kind === 'defineName' ? [e.name.toLowerCase()] : []));
}

/** Every sheet an edit names must exist or be ensured before it; checked before anything is queued. */
function assertSheetsKnown(edits: readonly Edit[], existing: Set<string>): void {
  const known = new Set(existing);
  for (const edit of edits) {
    if (edit.kind === 'ensureSheet') known.add(edit.sheet.toLowerCase());
    else if ('sheet' in edit && !known.has(edit.sheet.toLowerCase())) {
      throw new TargetGoneError({ sheet: edit.sheet });
    }
  }
}

/**
 * Every table a resize names must exist (and not be taken away) or be made before it: else queueing it would throw after earlier batches
 * were written (a table deleted since the pane read the workbook). Checked before anything is queued.
 */
function assertTablesKnown(edits: readonly Edit[], existing: Set<string>): void {
  const known = new Set(existing);
  for (const edit of edits) {
    if (edit.kind === 'createTable') known.add(edit.name.toLowerCase());
    else if (edit.kind === 'deleteOwnedTable') known.delete(edit.name.toLowerCase());
    else if (edit.kind === 'resizeTable' && !known.has(edit.name.toLowerCase())) {
      throw new TargetGoneError({ table: edit.name });
    }
  }
}

/**
 * Growing a table needs Table.resize (ExcelApi 1.13). The old way around it (convert the table to a range and
 * make a new one) loses the calculated column and turns structured references elsewhere into plain ranges,
 * so an Excel without it is told so before anything is written.
 */
function assertResizable(edits: readonly Edit[], isSetSupported: SetSupported): void {
  if (edits.some((e) => e.kind === 'resizeTable') && !isSetSupported('ExcelApi', '1.13')) {
    throw new WorkbookError('resize-unsupported', 'Table.resize needs ExcelApi 1.13.', 'ApiNotFound');
  }
}
