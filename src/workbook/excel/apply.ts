/**
 * apply(edits): every planned edit in one batch. Two context.sync() calls whatever the number of edits or rows:
 * one to learn which sheets, tables and names exist (so ensureSheet, defineName and deleteOwnedTable can be
 * idempotent), one to run all queued writes. Nothing is written when an edit names a sheet that neither exists
 * nor is created earlier in the list. Cells outside what the edits name are never touched.
 */
import type { Edit } from '../../domain';
import { WorkbookError } from '../port';
import { queueEdit, type ApplyState } from './queue';

/** Office's requirement-set check, injectable for tests. */
export type SetSupported = (name: string, version: string) => boolean;

/** Queues and runs all edits; see the file comment for the sync budget. */
export async function applyEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  isSetSupported: SetSupported,
): Promise<void> {
  if (edits.length === 0) return;
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name,items/worksheet/name');
  names.load('items/name');
  await context.sync();

  const state: ApplyState = {
    sheets: new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name])),
    tables: new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name])),
    names: new Set([...names.items.map((n) => n.name.toLowerCase()), ...definedNames(edits)]),
    existingNames: new Set(names.items.map((n) => n.name.toLowerCase())),
    canResizeTable: isSetSupported('ExcelApi', '1.13'),
  };
  assertSheetsKnown(edits, new Set(state.sheets.keys()));
  for (const edit of edits) queueEdit(context, edit, state);
  await context.sync();
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
      throw new WorkbookError('sheet-missing', `Sheet "${edit.sheet}" does not exist (edit ${edit.kind}).`);
    }
  }
}
