/**
 * Hidden rows in the recording fake: `FakeSheet.hiddenRows` (Home › Format › Hide Rows, or a table's filter), set by
 * Range.rowHidden (ExcelApi 1.2) at sync, and the filter of a table (`filterHides` of its model entry), cleared by
 * Table.clearFilters (ExcelApi 1.2), which shows the rows that filter hid. Excel keeps a row's hidden state through
 * everything else the adapter does: values and formats written, Range.clear, cells inserted, a table converted to a
 * range and made again. What Excel does with the rows a filter hid when its table is converted to a range is not
 * documented: the fake leaves them hidden (the case in which rewritten rows would stay out of sight).
 */
import { parseRange, toRange } from '../../../src/domain/model/a1';
import { sheetOf, type FakeModel } from './fakeModel';

interface Queue {
  readonly model: FakeModel;
  queue(op: string, target: string, value: unknown, effect?: () => void): void;
}

type TableEntry = FakeModel['tables'][number];

/** Range.rowHidden = `hide` on the rows of `ref` (resolved at sync), as Excel sets it: whole rows. */
export function setRowHidden(rec: Queue, sheetName: string, ref: () => string, target: string, hide: boolean): void {
  rec.queue('rowHidden', target, hide, () => {
    const b = parseRange(ref());
    if (!b) throw new Error('fake: rowHidden needs a bounded range');
    const sheet = sheetOf(rec, sheetName);
    const rows = sheet.hiddenRows ?? new Set<number>();
    for (let r = b.top; r <= b.bottom; r++) {
      if (hide) rows.add(r);
      else rows.delete(r);
    }
    sheet.hiddenRows = rows;
  });
}

/** Range.rowHidden as Excel gives it when loaded: true when every row of `ref` is hidden, false when none, else null. */
export function rowHiddenOf(hidden: ReadonlySet<number> | undefined, ref: string): boolean | null {
  const b = parseRange(ref);
  if (!b) throw new Error('fake: rowHidden needs a bounded range');
  let count = 0;
  for (let r = b.top; r <= b.bottom; r++) if (hidden?.has(r)) count += 1;
  return count === 0 ? false : count === b.bottom - b.top + 1 ? true : null;
}

/** Table.clearFilters: the rows its filter hid are shown again; rows hidden by hand stay hidden. */
export function clearFilters(rec: Queue, table: () => TableEntry): void {
  rec.queue('table.clearFilters', '', null, () => {
    const t = table();
    const rows = sheetOf(rec, t.sheet).hiddenRows;
    for (const r of t.filterHides ?? []) rows?.delete(r);
    delete t.filterHides;
  });
}

/** The data body of a table (Table.getDataBodyRange): without its header row, and without its total row if shown. */
export function dataBodyRef(t: TableEntry): string {
  const r = parseRange(t.ref);
  if (!r) throw new Error(`fake: bad table range ${t.ref}`);
  const top = r.top + (t.showHeaders === false ? 0 : 1);
  const bottom = Math.max(top, r.bottom - (t.showTotals ? 1 : 0));
  return toRange(top, r.left, bottom, r.right);
}
