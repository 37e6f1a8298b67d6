/**
 * The sheet «Avstemming planer» in the economy plan workbook (SPEC §15): the consolidation's items, one row
 * each, written anew on every run over the product's own table only. Status and Kommentar belong to the
 * user and are kept for the same (Kode, Plan, Ref, År), as on Avstemming (SPEC §10).
 */
import { columnLetter, toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { bodyRows, locateTable } from '../read/locateTable';
import { cellText, type Bounds } from '../read/sheetCells';
import { fromKr } from '../model/money';
import { RECONCILIATION_STATUSES } from '../model/reconciliation';
import { blockedBy, writable, type WritePlan } from '../model/writePlan';
import { cellsByKey, keptUserColumns, rowKey, type UserColumns } from './tableCells';
import { userCellsIn } from './userCells';
import { cellLinkInput } from './formulas';
import { AMOUNT_FORMATS } from './tableEdits';
import {
  CONSOLIDATION_COLUMNS,
  CONSOLIDATION_SHEET,
  CONSOLIDATION_TABLE,
  type Consolidation,
  type ConsolidationItem,
  type ConsolidationSheetText,
} from '../model/consolidation';
import type { WorkbookSnapshot } from '../model/snapshot';

type ColumnKey = (typeof CONSOLIDATION_COLUMNS)[number]['key'];

const keyOf = (code: string, plan: string, ref: string, year: string): string => rowKey([code, plan, ref, year]);

const query = () => ({
  table: CONSOLIDATION_TABLE,
  sheet: CONSOLIDATION_SHEET,
  headers: CONSOLIDATION_COLUMNS.map((c) => ({ header: c.header, aliases: [] })),
});

/** Status and Kommentar per key, as the user left them on the sheet's earlier table. */
function readKept(wb: WorkbookSnapshot, codeOf: (text: string) => string) {
  const out = new Map<string, UserColumns>();
  const t = locateTable(wb, query());
  if (!t) return { kept: out, owned: null };
  const at = cellsByKey(t, CONSOLIDATION_COLUMNS);
  const text = (row: number, key: ColumnKey) => cellText(at(row, key));
  for (const row of bodyRows(t)) {
    if (text(row, 'code') === '') continue;
    const key = keyOf(codeOf(text(row, 'code')), text(row, 'plan'), text(row, 'ref'), text(row, 'year'));
    out.set(key, { status: at(row, 'status'), comment: at(row, 'comment') });
  }
  const right = Math.min(t.right, t.left + CONSOLIDATION_COLUMNS.length - 1);
  const owned: Bounds = { top: t.headerRow, left: t.left, bottom: Math.max(t.lastDataRow, t.headerRow + 1), right };
  return { kept: out, owned: { sheet: t.sheet.sheet, area: owned } };
}

function itemRow(
  item: ConsolidationItem,
  c: Consolidation,
  texts: ConsolidationSheetText,
  kept: ReturnType<typeof readKept>['kept'],
): CellInput[] {
  const unit = c.economyPlan.unit;
  const year = item.year === undefined ? '' : String(item.year);
  const { status, comment } = keptUserColumns(kept.get(keyOf(item.code, item.plan ?? '', item.ref, year)));
  const values: Record<ColumnKey, CellInput> = {
    severity: texts.severity(item.severity),
    code: texts.code(item.code),
    class: texts.class(item.class),
    plan: item.plan ?? null,
    ref: item.ref,
    year: item.year ?? null,
    measures: fromKr(item.measures, unit),
    economyPlan: fromKr(item.economyPlan, unit),
    difference: fromKr(item.difference, unit),
    explanation: texts.explain(item),
    cellEconomyPlan: cellLinkInput(item.cells.economyPlan),
    status,
    comment,
  };
  return CONSOLIDATION_COLUMNS.map((col) => values[col.key]);
}

const letterOf = (key: ColumnKey): string => columnLetter(CONSOLIDATION_COLUMNS.findIndex((c) => c.key === key) + 1);
const WIDTHS: Partial<Record<ColumnKey, number>> = { code: 24, plan: 26, explanation: 70, comment: 30 };

/**
 * Writes «Avstemming planer» anew in the economy plan workbook: the old table removed and its cells emptied,
 * then one row per consolidation item; blocked when the new table would cover a cell that is not the product's.
 */
export function planConsolidationSheet(
  c: Consolidation,
  wb: WorkbookSnapshot,
  texts: ConsolidationSheetText,
): WritePlan {
  const sheet = CONSOLIDATION_SHEET;
  const { kept, owned } = readKept(wb, texts.codeOf);
  const rows = c.items.map((i) => itemRow(i, c, texts, kept));
  const width = CONSOLIDATION_COLUMNS.length;
  const last = 1 + Math.max(1, rows.length);
  const mine = owned && owned.sheet.toLowerCase() === sheet.toLowerCase() ? [owned.area] : [];
  const blocked = userCellsIn(wb, sheet, { top: 1, left: 1, bottom: last, right: width }, mine);
  if (blocked.length > 0) return blockedBy(blocked);
  const exists = wb.tables.some((t) => t.name.toLowerCase() === CONSOLIDATION_TABLE.toLowerCase());
  const column = (key: ColumnKey) => `${letterOf(key)}2:${letterOf(key)}${last}`;
  const a = owned?.area;
  const edits: Edit[] = [
    { kind: 'ensureSheet', sheet },
    ...(exists ? [{ kind: 'deleteOwnedTable', name: CONSOLIDATION_TABLE } as const] : []),
    ...(owned && a
      ? [{ kind: 'clearOwnedRange', sheet: owned.sheet, range: toRange(a.top, a.left, a.bottom, a.right) } as const]
      : []),
    { kind: 'setCells', sheet, origin: 'A1', values: [CONSOLIDATION_COLUMNS.map((col) => col.header)] },
    { kind: 'setCells', sheet, origin: 'A2', values: rows.length > 0 ? rows : [CONSOLIDATION_COLUMNS.map(() => null)] },
    { kind: 'createTable', sheet, name: CONSOLIDATION_TABLE, ref: toRange(1, 1, last, width) },
    { kind: 'setStyle', sheet, range: toRange(1, 1, 1, width), style: 'header' },
    {
      kind: 'setValidation',
      sheet,
      range: column('status'),
      rule: { type: 'list', source: RECONCILIATION_STATUSES.join(',') },
    },
    ...(['measures', 'economyPlan', 'difference'] as const).map((k): Edit => ({
      kind: 'setNumberFormat',
      sheet,
      range: column(k),
      format: AMOUNT_FORMATS[c.economyPlan.unit],
    })),
    ...CONSOLIDATION_COLUMNS.map((col): Edit => ({
      kind: 'setColumnWidth',
      sheet,
      column: letterOf(col.key),
      width: WIDTHS[col.key] ?? Math.max(10, col.header.length + 2),
    })),
    { kind: 'freezeRows', sheet, rows: 1 },
  ];
  return writable(edits);
}
