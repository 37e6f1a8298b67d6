/**
 * A sheet a write names that the workbook no longer holds (renamed or deleted in Excel since the check the write was
 * planned on): apply's first sync asks for the locks of the cells it writes there, and Excel fails that sync with
 * ItemNotFound, naming nothing. One more sync, only then, learns which sheet is gone, so that the user is told it
 * (TargetGoneError) rather than that «a sheet or table» is missing. Nothing was written.
 */
import type { Edit } from '../../domain';
import { TargetGoneError } from '../port';
import { officeErrorCode } from './errors';

/** The first sheet `edits` name that the workbook does not hold (nor the edits add before it), or null. */
function firstGone(edits: readonly Edit[], existing: ReadonlySet<string>): string | null {
  const known = new Set(existing);
  for (const edit of edits) {
    if (edit.kind === 'ensureSheet') known.add(edit.sheet.toLowerCase());
    else if ('sheet' in edit && !known.has(edit.sheet.toLowerCase())) return edit.sheet;
  }
  return null;
}

/** The TargetGoneError for a first sync that failed with ItemNotFound on a sheet `edits` name; null otherwise. */
export async function goneTarget(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  error: unknown,
): Promise<TargetGoneError | null> {
  if (officeErrorCode(error) !== 'ItemNotFound') return null;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  try {
    await context.sync();
  } catch {
    return null; // the caller keeps the first error, which says more than this one
  }
  const sheet = firstGone(edits, new Set(worksheets.items.map((ws) => ws.name.toLowerCase())));
  return sheet === null ? null : new TargetGoneError({ sheet });
}
