/**
 * The sheet's own filter where the product makes a table (docs/spec.md §10, as built): tblAvstemming converted to a
 * range and then filtered or sorted by her (Data → Filter, Data → Sort) carries a worksheet `<autoFilter>` (with its
 * `<sortState>`), or a worksheet `<sortState>` alone. Made again over those rows, the table would overlap the sheet's
 * filter — which Excel does not allow, and repairs away on opening — and her filter would hide rows that now hold other
 * items. So it goes, as a table's own filter and sort go when the table is made again (editTables.ts deleteOwnedTable):
 * its hidden rows in the table are shown, and the run names it (RowsShown: filtered, sorted) in the same words.
 */
import { parseRange } from '../../../domain';
import type { SheetEntry } from '../book';
import { splice } from '../xml/patch';
import type { BookState } from './bookState';
import { overlaps, type Box } from './ranges';
import { settleFilterMode } from './filterMode';
import { unhide } from './rowXml';
import { topChild } from './skeleton';

/** The `ref` of an element's open tag, as a box; null when it has none that reads. */
function refOf(open: string): Box | null {
  const ref = /\sref\s*=\s*["']([^"']+)["']/.exec(open)?.[1];
  return ref === undefined ? null : parseRange(ref);
}

/**
 * Drops the worksheet autoFilter and sortState of `sheet` that meet `box`, where `table` is made: its rows in the
 * table shown, and named for the user when it filtered (criteria on a column), sorted, or hid rows.
 */
export function dropSheetFilter(state: BookState, sheet: SheetEntry, box: Box, table: string): void {
  const doc = state.doc(sheet);
  const found = ['autoFilter', 'sortState'].flatMap((local) => {
    const el = topChild(doc.skeleton, local);
    const where = el && refOf(doc.skeleton.slice(el.open.start, el.open.end));
    return el && where && overlaps(where, box) ? [el] : [];
  });
  if (found.length === 0) return;
  const texts = found.map((el) => doc.skeleton.slice(el.start, el.end)).join('');
  const filtered = /<(?:[\w.-]+:)?filterColumn\b[^>]*[^/]>/.test(texts);
  const sorted = /<(?:[\w.-]+:)?sortCondition\b/.test(texts);
  doc.skeleton = splice(
    doc.skeleton,
    found.map((el) => ({ start: el.start, end: el.end, text: '' })),
  );
  const hidden = doc.editRows(box.top + 1, box.bottom, unhide);
  state.invalidate();
  settleFilterMode(state, sheet);
  if (hidden || filtered || sorted)
    state.shown.push({
      sheet: sheet.name,
      table,
      filtered,
      ...(sorted ? { sorted: true as const } : {}),
      ...(hidden || filtered ? {} : { noneHidden: true as const }),
    });
}
