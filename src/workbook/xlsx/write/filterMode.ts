/**
 * A sheet whose filter is active carries `<sheetPr filterMode="1">`. When a roll drops a table's filter (its rows
 * shown again: tableLook.ts, editTables.ts) and no other filter is left on the sheet, the flag would say the sheet
 * is filtered while nothing is: it goes.
 */
import type { SheetEntry } from '../book';
import { splice, withAttributes } from '../xml/patch';
import type { BookState } from './bookState';
import { topChild } from './skeleton';

/** Whether a part holds a filter or sort that hides or orders rows. */
const filtering = (xml: string): boolean => /<(?:[\w.-]+:)?(?:filterColumn|sortState)\b/.test(xml);

/** Takes filterMode off `sheet` when neither its own autoFilter nor a table on it still filters. */
export function settleFilterMode(state: BookState, sheet: SheetEntry): void {
  const doc = state.doc(sheet);
  const pr = topChild(doc.skeleton, 'sheetPr');
  const open = pr ? doc.skeleton.slice(pr.open.start, pr.open.end) : '';
  if (!pr || !/\sfilterMode\s*=\s*["'](?:1|true)["']/.test(open)) return;
  const own = topChild(doc.skeleton, 'autoFilter');
  if (own && filtering(doc.skeleton.slice(own.start, own.end))) return;
  const tables = state.tables.filter(
    (t) => t.sheet.part === sheet.part && !state.deletedTables.has(t.name.toLowerCase()),
  );
  if (tables.some((t) => filtering(state.pkg.text(t.part)))) return;
  doc.skeleton = splice(doc.skeleton, [
    { start: pr.open.start, end: pr.open.end, text: withAttributes(open, { filterMode: null }) },
  ]);
}
