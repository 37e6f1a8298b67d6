/**
 * A hyperlink, note or comment on a cell of tblAvstemming is anchored by address: when check --write puts another
 * item on its row (the rows follow the items, the user's own columns with them: reconciliationExtra.ts), it stays
 * where it was, beside the wrong item — a case number's link into the archive for another measure. Each one on a
 * body row of the old table whose item changed is named for the user to check; nothing is moved. A row's item: its
 * Kode, Ref, År and Finansieringskilde as shown. (The file path only: the add-in does not read links.)
 */
import {
  parseA1,
  parseRange,
  RECONCILIATION_COLUMNS,
  SHEETS,
  TABLES,
  type CellValue,
  type WorkbookSnapshot,
} from '../../domain';
import type { CellAnchor, XlsxWorkbook } from '../../workbook/xlsx';

const KEY_COLUMNS = ['code', 'ref', 'year', 'source'].map((k) => RECONCILIATION_COLUMNS.findIndex((c) => c.key === k));

/** What is watched on one workbook: the anchors on the old table's body rows, and the item key of each row. */
export interface AnchorWatch {
  readonly anchors: readonly (CellAnchor & { readonly row: number })[];
  readonly keys: ReadonlyMap<number, string>;
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The item key of each body row of tblAvstemming in `snap` (none when there is no such table). */
function rowKeys(snap: WorkbookSnapshot): Map<number, string> {
  const keys = new Map<number, string>();
  const table = snap.tables.find((t) => t.name.toLowerCase() === TABLES.reconciliation.toLowerCase());
  const box = table ? parseRange(table.ref) : null;
  const sheet = table && snap.sheets.find((s) => s.sheet.toLowerCase() === table.sheet.toLowerCase());
  const origin = sheet ? parseA1(sheet.origin) : null;
  if (!box || !sheet || !origin) return keys;
  for (let r = box.top + 1; r <= box.bottom; r++) {
    const row = sheet.values[r - origin.row] ?? [];
    keys.set(r, KEY_COLUMNS.map((c) => text(row[box.left + c - origin.col])).join('\u0000'));
  }
  return keys;
}

/** Before the write: the anchors on tblAvstemming's body rows, or null when there are none (nothing to read). */
export async function watchAnchors(wb: XlsxWorkbook): Promise<AnchorWatch | null> {
  const found = wb.cellAnchors(SHEETS.reconciliation);
  if (found.length === 0) return null;
  const keys = rowKeys(await wb.read());
  const anchors = found.flatMap((a) => {
    const row = parseRange(a.ref)?.top ?? 0;
    return keys.has(row) ? [{ ...a, row }] : [];
  });
  return anchors.length === 0 ? null : { anchors, keys };
}

/** After the write: the anchors whose row now holds another item (or none), in sheet order. */
export async function anchorsLeftBehind(wb: XlsxWorkbook, watch: AnchorWatch): Promise<CellAnchor[]> {
  const now = rowKeys(await wb.read());
  return watch.anchors.filter((a) => now.get(a.row) !== watch.keys.get(a.row));
}
