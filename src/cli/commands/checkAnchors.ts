/**
 * A hyperlink, note or comment on a cell of tblAvstemming (or of tblAvstemmingPlaner, «Avstemming planer» in the
 * economy plan workbook, SPEC §15: written by the same code, so watched the same way) is anchored by address, and so is a fill, font or border
 * the user gave a cell of her own column, or of Status or Kommentar (typedColumns.ts): when check --write (or roll,
 * writing Avstemming on the rolled plan: rollWrite.ts) puts another item on its row (the rows follow the items, the
 * values of her own columns with them: reconciliationExtra.ts), it stays where it was, beside the wrong item — a case
 * number's link into the archive for another measure, a red cell flagging another item. Each one on a body row of
 * the old table whose item changed is named for the user to check; nothing is moved. A row's item: the key the
 * write carries it by (reconciliationRowKeys). (The file path only: the add-in does not read links.)
 */
import {
  consolidationLookColumns,
  consolidationRowKeys,
  CONSOLIDATION_SHEET,
  CONSOLIDATION_TABLE,
  parseRange,
  reconciliationLookColumns,
  reconciliationRowKeys,
  SHEETS,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { consolidationCodeOf } from '../../i18n/consolidation';
import { reconciliationCodeOf } from '../../i18n/sheets';
import type { CellAnchor, XlsxWorkbook } from '../../workbook/xlsx';

/** A cell whose link, note or own look (`look`) stays at its address. */
export interface WatchedAnchor {
  readonly sheet: string;
  readonly ref: string;
  /** `row`: a row coloured whole (ref `14:14`). */
  readonly kind: CellAnchor['kind'] | 'look' | 'row';
  readonly row: number;
}

/**
 * An item table whose rows follow their items: tblAvstemming, and «Avstemming planer» in the economy plan workbook
 * (SPEC §15, written by the same code: consolidation.ts). `keys`: the item key of each body row, as the write
 * carries its rows (in any language of its Kode); `looks`: the columns whose cells keep their look at their address.
 */
interface ItemTable {
  readonly sheet: string;
  readonly table: string;
  readonly keys: (wb: WorkbookSnapshot) => Map<number, string>;
  readonly looks: (wb: WorkbookSnapshot) => number[];
}

const ITEM_TABLES: readonly ItemTable[] = [
  {
    sheet: SHEETS.reconciliation,
    table: 'tblAvstemming',
    keys: (wb) => reconciliationRowKeys(wb, reconciliationCodeOf),
    looks: reconciliationLookColumns,
  },
  {
    sheet: CONSOLIDATION_SHEET,
    table: CONSOLIDATION_TABLE,
    keys: (wb) => consolidationRowKeys(wb, consolidationCodeOf),
    looks: consolidationLookColumns,
  },
];

/** What is watched on one item table: the anchors on the old table's body rows, and the item key of each row. */
interface TableWatch {
  readonly table: ItemTable;
  readonly anchors: readonly WatchedAnchor[];
  readonly keys: ReadonlyMap<number, string>;
}

/** What is watched on one workbook, table by table. */
export interface AnchorWatch {
  readonly tables: readonly TableWatch[];
}

async function watchTable(wb: XlsxWorkbook, table: ItemTable): Promise<TableWatch | null> {
  // Where the table stands: a sheet she renamed holds it, and is written there (sheets/reconciliationArea.ts).
  const sheet = wb.tableSheet(table.table) ?? table.sheet;
  const found = wb.cellAnchors(sheet);
  const looks = wb.tableBodyLooks(table.table);
  const rows = wb.tableBodyRowLooks(table.table);
  if (found.length === 0 && looks.length === 0 && rows.length === 0) return null;
  const snapshot = await wb.read();
  const keys = table.keys(snapshot);
  const hers = new Set(looks.length === 0 ? [] : table.looks(snapshot));
  const anchors = [
    ...found.map((a) => ({ ...a, sheet, row: parseRange(a.ref)?.top ?? 0 })),
    ...looks.flatMap((l): WatchedAnchor[] =>
      hers.has(l.col) ? [{ sheet, ref: l.ref, kind: 'look', row: l.row }] : [],
    ),
    ...rows.map((r): WatchedAnchor => ({ sheet, ref: `${r}:${r}`, kind: 'row', row: r })),
  ]
    .filter((a) => keys.has(a.row))
    .sort((a, b) => a.row - b.row);
  return anchors.length === 0 ? null : { table, anchors, keys };
}

/**
 * Before the write: on each item table, the anchors on its body rows, the looks of their own on the cells of her
 * columns, Status and Kommentar there (not the product's other columns, which the write empties and styles itself),
 * and its rows coloured whole (the row's look stays on the sheet row, its cells written anew take it), or null when
 * none.
 */
export async function watchAnchors(wb: XlsxWorkbook): Promise<AnchorWatch | null> {
  const tables: TableWatch[] = [];
  for (const table of ITEM_TABLES) {
    const watched = await watchTable(wb, table);
    if (watched) tables.push(watched);
  }
  return tables.length === 0 ? null : { tables };
}

/**
 * An anchor whose row changed: `emptied` when the row is no body row of the new table any more (it is shorter): a
 * link or note stays on an empty row below it, and so does a row's look; a cell's look went with the emptied cells
 * (the product's columns and hers are emptied below the new table: itemTable.ts).
 */
export interface LeftAnchor extends WatchedAnchor {
  readonly emptied: boolean;
}

/** After the write: the anchors whose row now holds another item, or none, in sheet order. */
export async function anchorsLeftBehind(wb: XlsxWorkbook, watch: AnchorWatch): Promise<LeftAnchor[]> {
  const snapshot = await wb.read();
  return watch.tables.flatMap(({ table, anchors, keys }) => {
    const now = table.keys(snapshot);
    return anchors.filter((a) => now.get(a.row) !== keys.get(a.row)).map((a) => ({ ...a, emptied: !now.has(a.row) }));
  });
}

/** The lines naming the anchors `left` behind in `file` (check --write, roll): beside another item, or emptied. */
export const anchorLines = (file: string, left: readonly LeftAnchor[], lang: Lang): string[] =>
  left.map((a) =>
    cliText(`${a.emptied ? 'anchorEmptied' : 'anchorLeft'}.${a.kind}`, lang, {
      file,
      cell: `${a.sheet}!${a.ref}`,
    }),
  );
