/**
 * The sheet «Avstemming planer» in the economy plan workbook (SPEC §15): the consolidation's items, one row
 * each, written anew on every run over the product's own table only. Status and Kommentar belong to the
 * user and are kept for the same (Kode, Plan, Ref, År), as on Avstemming (SPEC §10).
 */
import type { CellInput } from '../model/edits';
import { bodyRows, locateTable } from '../read/locateTable';
import { cellText } from '../read/sheetCells';
import { fromKr } from '../model/money';
import type { WritePlan } from '../model/writePlan';
import { cellsByKey, keptUserColumns, occurrenceKeys, ownedColumns, rowKey, type UserColumns } from './tableCells';
import { planItemTable } from './itemTable';
import { cellLinkInput } from './formulas';
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
  const unique = occurrenceKeys();
  for (const row of bodyRows(t)) {
    if (text(row, 'code') === '') continue;
    const key = keyOf(codeOf(text(row, 'code')), text(row, 'plan'), text(row, 'ref'), text(row, 'year'));
    out.set(unique(key), { status: at(row, 'status'), comment: at(row, 'comment') });
  }
  const areas = ownedColumns(t, CONSOLIDATION_COLUMNS, Math.max(t.lastDataRow, t.headerRow + 1));
  return { kept: out, owned: { sheet: t.sheet.sheet, areas } };
}

function itemRow(
  item: ConsolidationItem,
  c: Consolidation,
  texts: ConsolidationSheetText,
  kept: ReturnType<typeof readKept>['kept'],
  unique: (key: string) => string,
): CellInput[] {
  const unit = c.economyPlan.unit;
  const year = item.year === undefined ? '' : String(item.year);
  const { status, comment } = keptUserColumns(kept.get(unique(keyOf(item.code, item.plan ?? '', item.ref, year))));
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
  const { kept, owned } = readKept(wb, texts.codeOf);
  const unique = occurrenceKeys();
  const rows = c.items.map((i) => itemRow(i, c, texts, kept, unique));
  const table = {
    sheet: CONSOLIDATION_SHEET,
    table: CONSOLIDATION_TABLE,
    columns: CONSOLIDATION_COLUMNS,
    widths: WIDTHS,
    unit: c.economyPlan.unit,
  };
  return planItemTable(table, rows, wb, owned);
}
