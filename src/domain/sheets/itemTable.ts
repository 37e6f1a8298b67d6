/**
 * A table of items the product writes anew on every run (Avstemming, SPEC §10; Avstemming planer, §15): the
 * old table removed and the product's part of it emptied, then a header row and one row per item from A1,
 * the table over them, a drop-down on Status, the amount format on the three amount columns (finer on a cell it
 * would round), column widths and a frozen header. Blocked when the new table would cover a cell that is not the product's.
 */
import { columnLetter, toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { RECONCILIATION_STATUSES } from '../model/reconciliationStatus';
import type { Bounds } from '../read/sheetCells';
import { blockedBy, writable, type WritePlan } from '../model/writePlan';
import { userCellsIn } from './userCells';
import { areaWithout, typedFormatResets } from './typedColumns';
import { AMOUNT_FORMATS, FINE_AMOUNT_FORMATS, finerThanShown } from './tableEdits';
import type { Unit } from '../model/money';
import type { WorkbookSnapshot } from '../model/snapshot';

/** The columns every item table has: its Status drop-down and its three amounts. */
type ItemColumn = 'status' | 'measures' | 'economyPlan' | 'difference';
const AMOUNT_COLUMNS = ['measures', 'economyPlan', 'difference'] as const;

/** Per amount column, the runs of rows (from row 2) holding an amount the column's format would round. */
function fineFormatEdits(sheet: string, rows: readonly CellInput[][], at: readonly number[], unit: Unit): Edit[] {
  const edits: Edit[] = [];
  for (const c of at) {
    let start = -1;
    for (let r = 0; r <= rows.length; r++) {
      const fine = r < rows.length && finerThanShown(rows[r]?.[c], unit);
      if (fine && start < 0) start = r;
      if (!fine && start >= 0) {
        edits.push({
          kind: 'setNumberFormat',
          sheet,
          range: toRange(start + 2, c + 1, r + 1, c + 1),
          format: FINE_AMOUNT_FORMATS[unit],
        });
        start = -1;
      }
    }
  }
  return edits;
}

/** `row` filled up with empty cells to `width`. */
const fullRow = (row: readonly CellInput[], width: number): readonly CellInput[] =>
  row.length < width ? [...row, ...Array<CellInput>(width - row.length).fill(null)] : row;

export interface ItemTable<K extends string> {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly { readonly key: K | ItemColumn; readonly header: string }[];
  /** Widths of the columns that need more than their header (at least 10). */
  readonly widths: Partial<Record<K | ItemColumn, number>>;
  /** The unit the amounts are shown in. */
  readonly unit: Unit;
  /** Headers of the user's own columns, after the product's (reconciliationExtra.ts); each row holds their cells. */
  readonly extraHeaders?: readonly string[];
  /**
   * The sheet columns of Status and Kommentar where they stood in the old table (typedColumns.ts): their body is
   * written value by value, not emptied, so that her fill, font or border stays at its address there.
   */
  readonly typedInPlace?: readonly number[];
  /**
   * The cells of the table's Total Row (Table Design → Total Row) in `columns` and the user's columns' order: the
   * table is made with one right under the items, holding them (reconciliationArea.ts).
   */
  readonly totalsRow?: readonly CellInput[];
}

/**
 * Edits that write `rows` (one per item, in `spec.columns` order) as the table, over `owned`: the product's
 * part of the table it wrote last time, wherever it was found (null when there was none).
 */
export function planItemTable<K extends string>(
  spec: ItemTable<K>,
  rows: readonly CellInput[][],
  wb: WorkbookSnapshot,
  owned: { readonly sheet: string; readonly areas: readonly Bounds[] } | null,
): WritePlan {
  const { sheet, table, columns } = spec;
  const headers = [...columns.map((c) => c.header), ...(spec.extraHeaders ?? [])];
  const width = headers.length;
  const last = 1 + Math.max(1, rows.length);
  const mine = owned && owned.sheet.toLowerCase() === sheet.toLowerCase() ? owned.areas : [];
  const totals = spec.totalsRow;
  const bottom = last + (totals ? 1 : 0);
  const blocked = userCellsIn(wb, sheet, { top: 1, left: 1, bottom, right: width }, mine);
  if (blocked.length > 0) return blockedBy(blocked);
  const exists = wb.tables.some((t) => t.name.toLowerCase() === table.toLowerCase());
  const letterOf = (key: K | ItemColumn): string => {
    const at = columns.findIndex((c) => c.key === key);
    if (at < 0) throw new Error(`${table} has no column ${key}`);
    return columnLetter(at + 1);
  };
  const body = (key: K | ItemColumn) => `${letterOf(key)}2:${letterOf(key)}${last}`;
  // The user's own columns (after the product's, where the new table writes them again) are overwritten value by
  // value, every cell of the new table's rows written (null: emptied), and emptied outright only below the new
  // table: her drop-downs and cell formatting there stay, as a clear would remove them (review of 525d75d).
  const own = mine.length > 0;
  // So are Status and Kommentar where they stood (typedColumns.ts); their number format is reset, as emptied.
  const typed = own ? (spec.typedInPlace ?? []) : [];
  const cleared = (owned?.areas ?? []).flatMap((a): Bounds[] => {
    const hers = own && a.left === columns.length + 1 && a.right === width && a.top === 1;
    if (!hers) return areaWithout(a, typed, 2, last);
    return a.bottom > last ? [{ ...a, top: last + 1 }] : [];
  });
  const full = rows.map((r) => fullRow(r, width));
  const edits: Edit[] = [
    { kind: 'ensureSheet', sheet },
    ...(exists ? [{ kind: 'deleteOwnedTable', name: table } as const] : []),
    ...cleared.map((a): Edit => ({
      kind: 'clearOwnedRange',
      sheet: owned?.sheet ?? sheet,
      range: toRange(a.top, a.left, a.bottom, a.right),
    })),
    { kind: 'setCells', sheet, origin: 'A1', values: [headers] },
    { kind: 'setCells', sheet, origin: 'A2', values: full.length > 0 ? full : [headers.map(() => null)] },
    {
      kind: 'createTable',
      sheet,
      name: table,
      ref: toRange(1, 1, last, width),
      ...(totals ? { totalsRow: true } : {}),
    },
    // Written once the table shows its Total Row: Excel fills a new Total Row with a label and a sum of its own.
    ...(totals ? [{ kind: 'setCells', sheet, origin: `A${last + 1}`, values: [fullRow(totals, width)] } as const] : []),
    { kind: 'setStyle', sheet, range: toRange(1, 1, 1, width), style: 'header' },
    {
      kind: 'setValidation',
      sheet,
      range: body('status'),
      rule: { type: 'list', source: RECONCILIATION_STATUSES.join(',') },
    },
    // The Total Row's sums of an amount column shown as its amounts are.
    ...AMOUNT_COLUMNS.map((k): Edit => ({
      kind: 'setNumberFormat',
      sheet,
      range: `${letterOf(k)}2:${letterOf(k)}${bottom}`,
      format: AMOUNT_FORMATS[spec.unit],
    })),
    ...typedFormatResets(
      wb.sheets.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase()),
      sheet,
      typed,
      last,
    ),
    ...fineFormatEdits(
      sheet,
      rows,
      AMOUNT_COLUMNS.map((k) => columns.findIndex((c) => c.key === k)),
      spec.unit,
    ),
    ...columns.map((c): Edit => ({
      kind: 'setColumnWidth',
      sheet,
      column: letterOf(c.key),
      width: spec.widths[c.key] ?? Math.max(10, c.header.length + 2),
    })),
    { kind: 'freezeRows', sheet, rows: 1 },
  ];
  return writable(edits);
}
