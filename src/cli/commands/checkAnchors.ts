/**
 * A hyperlink, note or comment on a cell of tblAvstemming is anchored by address: when check --write puts another
 * item on its row (the rows follow the items, the user's own columns with them: reconciliationExtra.ts), it stays
 * where it was, beside the wrong item — a case number's link into the archive for another measure. Each one on a
 * body row of the old table whose item changed is named for the user to check; nothing is moved. A row's item: the
 * key the write carries it by (reconciliationRowKeys). (The file path only: the add-in does not read links.)
 */
import { parseRange, reconciliationRowKeys, SHEETS } from '../../domain';
import { reconciliationCodeOf } from '../../i18n/sheets';
import type { CellAnchor, XlsxWorkbook } from '../../workbook/xlsx';

/** What is watched on one workbook: the anchors on the old table's body rows, and the item key of each row. */
export interface AnchorWatch {
  readonly anchors: readonly (CellAnchor & { readonly row: number })[];
  readonly keys: ReadonlyMap<number, string>;
}

/** The item key of each body row of tblAvstemming, as the write carries its rows (in any language of its Kode). */
const rowKeys = async (wb: XlsxWorkbook) => reconciliationRowKeys(await wb.read(), reconciliationCodeOf);

/** Before the write: the anchors on tblAvstemming's body rows, or null when there are none (nothing to read). */
export async function watchAnchors(wb: XlsxWorkbook): Promise<AnchorWatch | null> {
  const found = wb.cellAnchors(SHEETS.reconciliation);
  if (found.length === 0) return null;
  const keys = await rowKeys(wb);
  const anchors = found.flatMap((a) => {
    const row = parseRange(a.ref)?.top ?? 0;
    return keys.has(row) ? [{ ...a, row }] : [];
  });
  return anchors.length === 0 ? null : { anchors, keys };
}

/** After the write: the anchors whose row now holds another item (or none), in sheet order. */
export async function anchorsLeftBehind(wb: XlsxWorkbook, watch: AnchorWatch): Promise<CellAnchor[]> {
  const now = await rowKeys(wb);
  return watch.anchors.filter((a) => now.get(a.row) !== watch.keys.get(a.row));
}
