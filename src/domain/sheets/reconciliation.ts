/**
 * The Avstemming sheet (SPEC §10): tblAvstemming written anew on every run, one row per reconciliation
 * item, over the product's own part of the old table only. Status and Kommentar belong to the user: they are
 * read from the existing sheet and written back for the same (Kode, Ref, År, Finansieringskilde); a row no item
 * takes keeps them below the items. So do the cells of columns the user added to the table (reconciliationExtra.ts).
 * The old table is read back in reconciliationRead.ts.
 */
import type { CellInput } from '../model/edits';
import { locateTable } from '../read/locateTable';
import { fromKr } from '../model/money';
import { SHEETS, TABLES } from '../model/schema';
import { RECONCILIATION_COLUMNS } from '../model/reconciliation';
import { RECONCILIATION_CODES, type ReconciliationCode } from '../model/reconciliationCodes';
import type { WritePlan } from '../model/writePlan';
import { keptUserColumns } from './tableCells';
import { keptRows, rowMark, inputText, takeRows, unclaimedRows } from './reconciliationKept';
import { planItemTable } from './itemTable';
import { ownedReconciliationArea, reconciliationSheetOf, totalsRowCells } from './reconciliationArea';
import { withInsertedColumns, withExtraFormats } from './reconciliationExtra';
import { cellLinkInput } from './formulas';
import { addressIn, fileAddress } from '../model/otherFile';
import { acceptedNote, keptClass, reviewedExplanation } from './statusReview';
import { typedColumnsInPlace, withCommentFormats } from './typedColumns';
import type { Unit } from '../model/money';
import type { Measure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationSheetText } from '../model/sheetText';
import type { WorkbookSnapshot } from '../model/snapshot';
import { waitingForYears } from './reconciliationWaiting';
import { withFinancingNotCompared } from './reconciliationFinancing';
import { consolidationRows, fromConsolidation } from './reconciliationElsewhere';
import { projectKey, refKey } from '../measures/grouping';
import { isCosted } from '../measures/costed';
import { emptyEconomyYears, tablesHeld, type YearTable } from '../model/yearTables';
import {
  KEY_COLUMNS,
  readUserColumns,
  reconciliationKey,
  reconciliationQuery,
  type KeptItemRow,
} from './reconciliationRead';

type ColumnKey = (typeof RECONCILIATION_COLUMNS)[number]['key'];

const keyOfItem = (i: ReconciliationItem): string =>
  reconciliationKey(i.code, i.ref, i.year === undefined ? '' : String(i.year), i.source ?? '');

/** The measure's text and frame of an item (by measure ID, or by Prosjektnr for project items). */
type MeasureIndex = (item: ReconciliationItem) => { measure: string; frame: string };

/** Looks measures up by ID and investments by Prosjektnr: a large plan has some 40 000 items to name. */
function indexMeasures(plan: Plan): MeasureIndex {
  const byId = new Map<string, Measure>();
  const byProject = new Map<string, Measure>();
  for (const m of [...plan.operating, ...plan.investment]) if (!byId.has(m.id)) byId.set(m.id, m);
  // A project item's ref is its Prosjektnr as matched (projectKey: trimmed, case aside); only costed rows are in it.
  for (const m of plan.investment) {
    const key = projectKey(m);
    if (isCosted(m) && !byProject.has(key)) byProject.set(key, m);
  }
  return (item) => {
    if (item.code === 'frame-total') return { measure: '', frame: item.ref };
    const m =
      (item.measureId !== undefined ? byId.get(item.measureId) : undefined) ??
      (item.code.startsWith('project') ? byProject.get(refKey(item.ref)) : undefined);
    return { measure: m?.measure ?? '', frame: m?.frame ?? '' };
  };
}

/** Each column's place in a row of tblAvstemming, from RECONCILIATION_COLUMNS. */
const AT = Object.fromEntries(RECONCILIATION_COLUMNS.map((c, i) => [c.key, i])) as Record<ColumnKey, number>;

/**
 * The economy plan cell's link; in a consolidation (SPEC §15) the cell is in the economy plan workbook: its address
 * with the file, as text. A link «#Økonomiplan!J6» would open the plan's own sheet, which was not used. An item
 * without such a cell names the sheet of that workbook its line belongs on («op.xlsx: Økonomiplan»): a row she keeps
 * is known by it as the consolidation's when the plan is checked on its own (reconciliationElsewhere.ts).
 */
function economyPlanCell({ economyWorkbook }: ReconciliationItem, cells: ReconciliationItem['cells']): CellInput {
  if (economyWorkbook === undefined) return cellLinkInput(cells.economyPlan);
  return (
    addressIn(economyWorkbook, cells.economyPlan ?? '') || fileAddress(economyWorkbook.file, economyWorkbook.sheet)
  );
}

function itemRow(
  item: ReconciliationItem,
  unit: Unit,
  measureOf: MeasureIndex,
  texts: ReconciliationSheetText,
  old: KeptItemRow | undefined,
  extraWidth: number,
  formats: (readonly (string | null)[] | undefined)[],
): CellInput[] {
  const { measure, frame } = measureOf(item);
  const { status, comment } = keptUserColumns(old);
  formats.push(old?.extra?.formats);
  // Read once: an item makes its cells' addresses each time they are read (reconcile/item.ts).
  const cells = item.cells;
  // One array per row, each value at its column's place in RECONCILIATION_COLUMNS (AT), no object of the row's
  // values first: every item is a row (docs/performance.md «Hot functions»).
  const row = new Array<CellInput>(RECONCILIATION_COLUMNS.length);
  row[AT.severity] = texts.severity(item.severity);
  row[AT.code] = texts.code(item.code);
  row[AT.class] = texts.class(item.class);
  row[AT.ref] = item.ref;
  row[AT.measure] = measure;
  row[AT.frame] = frame;
  row[AT.year] = item.year ?? null;
  row[AT.source] = item.source ?? null;
  row[AT.measures] = fromKr(item.measures, unit);
  row[AT.economyPlan] = fromKr(item.economyPlan, unit);
  row[AT.difference] = fromKr(item.difference, unit);
  row[AT.explanation] = reviewedExplanation(item, unit, texts, old);
  row[AT.cellMeasures] = cellLinkInput(cells.measures);
  row[AT.cellEconomyPlan] = economyPlanCell(item, cells);
  row[AT.status] = status;
  row[AT.comment] = comment;
  const extra = old?.extra?.values;
  if (extra !== undefined) row.push(...extra);
  else for (let c = 0; c < extraWidth; c++) row.push(null);
  return row;
}

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  code: 26,
  measure: 40,
  explanation: 60,
  comment: 30,
  cellMeasures: 18,
  cellEconomyPlan: 18,
};

/**
 * Writes Avstemming anew: the old tblAvstemming removed and the product's part of it emptied, then one row
 * per item with amounts in the workbook unit, Alvor, Kode, Klasse and Forklaring in the user's language
 * (`texts`; the codes stay in the JSON report), the user's Status (default "Åpen") and Kommentar kept by
 * (Kode, Ref, År, Finansieringskilde), the rows no item took below them (keptRows), a drop-down on Status, and
 * the table's Total Row under them when she turned it on (reconciliationArea.ts).
 * Cells beside and below the table stay; blocked when the new, larger table would cover one of them.
 */
export function planReconciliation(
  items: readonly ReconciliationItem[],
  plan: Plan,
  wb: WorkbookSnapshot,
  texts: ReconciliationSheetText,
  /** The tables whose year headers held items back (Report.yearsHeld); by default the plan's own. */
  held: readonly YearTable[] = tablesHeld(plan.layouts),
  /** The Refs (refKey) of the economy plan lines reconciled: by default the plan's own (WaitingScope). */
  lines: ReadonlySet<string> = new Set(plan.economyPlan.map((l) => refKey(l.ref))),
  /**
   * In a consolidation: whether a row no item took is the plan's own check's item (reconciliationElsewhere.ts). Absent
   * (a plan checked on its own): whether it is a consolidation's (fromConsolidation).
   */
  elsewhere: (row: KeptItemRow) => 'ownSheet' | 'consolidated' | 'fromConsolidation' | undefined = fromConsolidation(
    plan.years,
    [plan.layouts.economyPlan?.sheet],
  ),
): WritePlan {
  const kept = readUserColumns(wb, texts.codeOf, texts);
  const measureOf = indexMeasures(plan);
  const unit = plan.settings.unit;
  // The items' keys find the rows she kept; an Avstemming without rows (the first write) has none to look up.
  const keys = kept.rows.size === 0 ? undefined : items.map(keyOfItem);
  const { rowOf, taken } =
    keys === undefined
      ? { rowOf: (): KeptItemRow | undefined => undefined, taken: new Set<string>() }
      : takeRows(
          items.map((i, n) => ({
            key: keys[n] ?? '',
            mark: { economyPlan: fromKr(i.economyPlan, unit), cell: inputText(economyPlanCell(i, i.cells)) },
          })),
          kept.rows,
          rowMark,
        );
  const formats: (readonly (string | null)[] | undefined)[] = [];
  const rows = withFinancingNotCompared(
    items.map((item, i) => itemRow(item, unit, measureOf, texts, rowOf(i), kept.extra.cols.length, formats)),
    items,
    plan,
    texts,
    AT.explanation,
  );
  // A row whose item may only wait for a table's year headers (or figures) is told so, not that its item is gone.
  const waits = waitingForYears(held, emptyEconomyYears(plan), { years: plan.years, lines });
  const waiting = waits ? (r: KeptItemRow) => waits(r) ?? elsewhere(r) : elsewhere;
  const label = (code: string): CellInput =>
    (RECONCILIATION_CODES as readonly string[]).includes(code) ? texts.code(code as ReconciliationCode) : code;
  rows.push(
    ...keptRows(RECONCILIATION_COLUMNS, KEY_COLUMNS, kept.rows, taken, new Set(keys), {
      label,
      ...consolidationRows(texts.kept, [plan.layouts.economyPlan?.sheet]),
      note: (row) => acceptedNote(row, plan.settings.unit, texts),
      class: (row) => keptClass(row, texts, texts.class),
      waiting,
    }),
  );
  const found = locateTable(wb, reconciliationQuery());
  const headers = [...RECONCILIATION_COLUMNS.map((c) => c.header), ...kept.extra.headers];
  const totals = totalsRowCells(found, headers);
  const sheet = reconciliationSheetOf(found, SHEETS.reconciliation);
  const table = {
    sheet,
    table: TABLES.reconciliation,
    columns: RECONCILIATION_COLUMNS,
    widths: WIDTHS,
    unit: plan.settings.unit,
    extraHeaders: kept.extra.headers,
    typedInPlace: typedColumnsInPlace(found, RECONCILIATION_COLUMNS),
    ...(totals ? { totalsRow: totals } : {}),
  };
  formats.push(...unclaimedRows(kept.rows, taken).map((r) => r.extra?.formats));
  const planned = withInsertedColumns(
    planItemTable(table, rows, wb, ownedReconciliationArea(found)),
    found,
    RECONCILIATION_COLUMNS,
  );
  const unclaimed = unclaimedRows(kept.rows, taken);
  const olds = [...items.map((_, i) => rowOf(i)), ...unclaimed];
  const dated = withCommentFormats(planned, sheet, olds, RECONCILIATION_COLUMNS);
  const done = withExtraFormats(dated, sheet, formats, RECONCILIATION_COLUMNS.length, kept.extra);
  // The rows kept below the items (header on row 1, the items from row 2) are named by the run (review r41).
  const first = items.length + 2;
  return done.ok && unclaimed.length > 0
    ? { ...done, keptBelow: [{ sheet, first, last: first + unclaimed.length - 1 }] }
    : done;
}
