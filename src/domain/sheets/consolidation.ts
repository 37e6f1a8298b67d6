/**
 * The sheet «Avstemming planer» in the economy plan workbook (SPEC §15): the consolidation's items, one row
 * each, written anew on every run over the product's own table only. Status and Kommentar belong to the
 * user and are kept for the same (Kode, Plan, Ref, År, Finansieringskilde) by the rule of Avstemming (SPEC §10,
 * reconciliationKept.ts: Plan, Ref and Finansieringskilde case and spaces aside; a row no item takes stays below
 * the items). A table written before Finansieringskilde was a column is read by (Kode, Plan, Ref, År), as it was
 * written. A column the user added to the table right of the product's travels with its item too (reconciliationExtra.ts);
 * her look on Status and Kommentar stays at its address as on Avstemming (typedColumns.ts). A kept Status that no
 * longer holds (an «Akseptert» whose Avvik changed, «Rettet» on an item still off) is said in Forklaring, by the
 * rule and in the words of Avstemming (statusReview.ts). So are a note she typed on a row Excel took into the table
 * (kept below the items, reconciliationTyped.ts) and Excel's Total Row (under the new items, reconciliationArea.ts).
 */
import type { CellInput } from '../model/edits';
import { locateTable } from '../read/locateTable';
import { fromKr } from '../model/money';
import type { WritePlan } from '../model/writePlan';
import { cellsByKey, keptUserColumns } from './tableCells';
import { ownedItemArea, totalsRowCells } from './reconciliationArea';
import { keptKey, keptRows, keptRowKeys, rowMark, inputText, takeRows, unclaimedRows } from './reconciliationKept';
import { extraColumns, withInsertedColumns, NO_EXTRA, withExtraFormats } from './reconciliationExtra';
import type { FormulaValue } from './userColumns';
import { planItemTable } from './itemTable';
import { cellLinkInput } from './formulas';
import { carriedFormulaValues, lookColumnsOf } from './carriedCells';
import { typedColumnsInPlace, withCommentFormats } from './typedColumns';
import { acceptedNote, keptClass, reviewedExplanation } from './statusReview';
import {
  CONSOLIDATION_ITEM_CODES,
  type Consolidation,
  type ConsolidationItem,
  type ConsolidationItemCode,
  isPlanItem,
} from '../model/consolidation';
import {
  CONSOLIDATION_COLUMNS,
  CONSOLIDATION_SHEET,
  CONSOLIDATION_TABLE,
  type ConsolidationSheetText,
} from '../model/consolidationColumns';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { YearTable } from '../model/yearTables';
import { waitingForYears } from './reconciliationWaiting';
import { readKeptItems, type KeptItem } from './keptItemRows';
import { movedToPlan, type PlanItems } from './consolidationMoved';

type ColumnKey = (typeof CONSOLIDATION_COLUMNS)[number]['key'];

/** The key of a row: keptKey of Kode and År, with Plan, Ref and Finansieringskilde as references (case and spaces aside). */
const keyOf = (code: string, plan: string, ref: string, year: string, source: string): string =>
  keptKey(code, year, [plan, ref, source]);

/**
 * An item's key. `withSource` false for a table of the earlier layout, without Finansieringskilde: its rows
 * are keyed without it, so its items are too, and rows sharing a key are taken in order, as that version did.
 */
const itemKey =
  (withSource: boolean) =>
  (i: ConsolidationItem): string =>
    keyOf(i.code, i.plan ?? '', i.ref, i.year === undefined ? '' : String(i.year), withSource ? (i.source ?? '') : '');

/** The key cells of a row besides Kode, written back as typed when no item takes the row. */
const KEY_COLUMNS = ['plan', 'ref', 'year', 'source'] as const;
type KeyColumn = (typeof KEY_COLUMNS)[number];

const query = () => ({
  table: CONSOLIDATION_TABLE,
  sheet: CONSOLIDATION_SHEET,
  headers: CONSOLIDATION_COLUMNS.map((c) => ({ header: c.header, aliases: [] })),
});

/** A row read back: what is kept, and its Klasse, Avvik and Forklaring, which tell what a kept Status was given to. */
type KeptItemRow = KeptItem<KeyColumn>;

/**
 * The columns of «Avstemming planer» that hold no key, no Status or Kommentar: on a row the product did not write (a
 * note Excel took into the table), what is there is hers (reconciliationTyped.ts).
 */
const NOTE_COLUMNS = [
  'severity',
  'class',
  'measures',
  'economyPlan',
  'difference',
  'explanation',
  'cellEconomyPlan',
] as const satisfies readonly ColumnKey[];

/**
 * Status, Kommentar, Avvik and Forklaring (statusReview.ts) and the cells of the user's own columns per key (and
 * occurrence), as the user left them on the sheet's earlier table, in sheet order; on a row without Kode, what she
 * typed in the product's other columns too (a note Excel took into the table: reconciliationTyped.ts).
 */
function readKept(wb: WorkbookSnapshot, texts: ConsolidationSheetText) {
  const codeOf = texts.codeOf;
  const t = locateTable(wb, query());
  if (!t) return { kept: new Map<string, KeptItemRow>(), owned: null, withSource: true, extra: NO_EXTRA };
  const extra = extraColumns(t, CONSOLIDATION_COLUMNS);
  // The header cell is there only when the table has the column (an older one has not: its source reads as '').
  const withSource = cellsByKey(t, CONSOLIDATION_COLUMNS)(t.headerRow, 'source') !== null;
  const key = (code: string, text: (k: KeyColumn) => string) =>
    keyOf(code, text('plan'), text('ref'), text('year'), text('source'));
  const kept = readKeptItems(t, {
    columns: CONSOLIDATION_COLUMNS,
    keyColumns: KEY_COLUMNS,
    key,
    codeOf,
    extra,
    typed: { texts, columns: NOTE_COLUMNS },
  });
  return { kept, owned: ownedItemArea(t, CONSOLIDATION_COLUMNS), withSource, extra };
}

/**
 * The formula cells of the user's own columns of «Avstemming planer», on the table's body rows, which a run carries:
 * each is written as the value it showed, since its row follows its item; the shells name them.
 */
export function consolidationFormulaValues(wb: WorkbookSnapshot): FormulaValue[] {
  return carriedFormulaValues(locateTable(wb, query()), CONSOLIDATION_COLUMNS);
}

/**
 * The item key of each body row of «Avstemming planer» by sheet row ('' for a row without Kode): the key a run
 * carries its rows by (readKept), in any language its Kode labels were written in (`codeOf`).
 */
export function consolidationRowKeys(wb: WorkbookSnapshot, codeOf: (text: string) => string): Map<number, string> {
  const key = (code: string, text: (k: KeyColumn) => string) =>
    keyOf(code, text('plan'), text('ref'), text('year'), text('source'));
  return keptRowKeys(locateTable(wb, query()), CONSOLIDATION_COLUMNS, codeOf, KEY_COLUMNS, key);
}

/**
 * The sheet columns (1 = A) of «Avstemming planer» whose cells keep their fill, font or border at their address
 * while their values follow their item, as on Avstemming (reconciliationLookColumns): her own columns, and Status
 * and Kommentar where they stand at their place (typedColumns.ts), O and P.
 */
export function consolidationLookColumns(wb: WorkbookSnapshot): number[] {
  return lookColumnsOf(locateTable(wb, query()), CONSOLIDATION_COLUMNS);
}

/** The Celle økonomiplan of an item: a line whose Plan names no plan of the check links to its Plan cell. */
const economyPlanCell = (item: ConsolidationItem): CellInput =>
  cellLinkInput(item.cells.plan ?? item.cells.economyPlan);

function itemRow(
  item: ConsolidationItem,
  c: Consolidation,
  texts: ConsolidationSheetText,
  read: ReturnType<typeof readKept>,
  old: KeptItemRow | undefined,
  formats: (readonly (string | null)[] | undefined)[],
): CellInput[] {
  const unit = c.economyPlan.unit;
  const { status, comment } = keptUserColumns(old);
  formats.push(old?.extra?.formats);
  // An item about a plan as a whole (a period, a Toleranse) compares no amounts: no class, no amounts.
  const amount = (x: ConsolidationItem['measures']) => (isPlanItem(item) ? null : fromKr(x, unit));
  const values: Record<ColumnKey, CellInput> = {
    severity: texts.severity(item.severity),
    code: texts.code(item.code),
    class: isPlanItem(item) ? null : texts.class(item.class),
    plan: item.plan ?? null,
    ref: item.ref,
    year: item.year ?? null,
    source: item.source ?? null,
    measures: amount(item.measures),
    economyPlan: amount(item.economyPlan),
    difference: amount(item.difference),
    // An item about a plan as a whole has no Avvik for a kept Status to be reviewed against.
    explanation: isPlanItem(item) ? texts.explain(item) : reviewedExplanation(item, unit, texts, old),
    // A line whose Plan names no plan of the check links to that Plan cell: it is what to correct (and what the
    // Forklaring names), as the pane opens it.
    cellEconomyPlan: economyPlanCell(item),
    status,
    comment,
  };
  const extra = old?.extra?.values ?? read.extra.cols.map(() => null);
  return [...CONSOLIDATION_COLUMNS.map((col) => values[col.key]), ...extra];
}

const WIDTHS: Partial<Record<ColumnKey, number>> = { code: 24, plan: 26, explanation: 70, comment: 30 };

const joinNotes = (...notes: (string | null)[]): string | null =>
  notes.some((n) => n !== null) ? notes.filter((n) => n !== null).join(' ') : null;

/**
 * Writes «Avstemming planer» anew in the economy plan workbook: the old table removed and its cells emptied,
 * then one row per consolidation item, and below them the old rows no item took that hold the user's Status or
 * Kommentar (keptRows, as on Avstemming); blocked when the new table would cover a cell that is not the product's.
 */
export function planConsolidationSheet(
  c: Consolidation,
  wb: WorkbookSnapshot,
  texts: ConsolidationSheetText,
  /** The tables whose year headers held items back, over the compared plans (their Report.yearsHeld). */
  held: readonly YearTable[] = [],
  /** Each compared plan's own items in this run, on its Avstemming: a kept row's line may now be one of them. */
  plans: readonly PlanItems[] = [],
): WritePlan {
  const read = readKept(wb, texts);
  const { kept, owned, withSource, extra } = read;
  const keyOfItem = itemKey(withSource);
  const unit = c.economyPlan.unit;
  // Items sharing a key (two lines alike in Kode, Plan, Ref, År) each take their own line's row (takeRows).
  const marks = c.items.map((i) => ({
    key: keyOfItem(i),
    mark: { economyPlan: isPlanItem(i) ? null : fromKr(i.economyPlan, unit), cell: inputText(economyPlanCell(i)) },
  }));
  const { rowOf, taken } = takeRows(marks, kept, rowMark);
  const formats: (readonly (string | null)[] | undefined)[] = [];
  const rows = c.items.map((item, i) => itemRow(item, c, texts, read, rowOf(i), formats));
  const codes: readonly string[] = CONSOLIDATION_ITEM_CODES;
  const label = (code: string): CellInput => (codes.includes(code) ? texts.code(code as ConsolidationItemCode) : code);
  // A row whose item waits for the year headers or figures is told so, by the rule of Avstemming (reconciliationWaiting.ts).
  const waiting = waitingForYears(held, c.economyPlan.yearsEmpty ?? [], { years: c.years });
  const moved = movedToPlan(plans, texts);
  rows.push(
    ...keptRows(CONSOLIDATION_COLUMNS, KEY_COLUMNS, kept, taken, new Set(c.items.map(keyOfItem)), {
      label,
      kept: texts.kept,
      note: (row) => joinNotes(moved(row), acceptedNote(row, c.economyPlan.unit, texts)),
      class: (row) => keptClass(row, texts, texts.class),
      ...(waiting !== undefined ? { waiting } : {}),
    }),
  );
  const found = locateTable(wb, query());
  // Her Total Row, as on Avstemming (reconciliationArea.ts): under the new items, its label and sums kept.
  const totals = totalsRowCells(
    found,
    [...CONSOLIDATION_COLUMNS.map((col) => col.header), ...extra.headers],
    CONSOLIDATION_COLUMNS,
  );
  const table = {
    sheet: CONSOLIDATION_SHEET,
    table: CONSOLIDATION_TABLE,
    columns: CONSOLIDATION_COLUMNS,
    widths: WIDTHS,
    unit: c.economyPlan.unit,
    extraHeaders: extra.headers,
    typedInPlace: typedColumnsInPlace(found, CONSOLIDATION_COLUMNS),
    ...(totals ? { totalsRow: totals } : {}),
  };
  const unclaimed = unclaimedRows(kept, taken);
  formats.push(...unclaimed.map((r) => r.extra?.formats));
  const planned = withInsertedColumns(planItemTable(table, rows, wb, owned), found, CONSOLIDATION_COLUMNS);
  const olds = [...c.items.map((_, i) => rowOf(i)), ...unclaimed];
  const dated = withCommentFormats(planned, CONSOLIDATION_SHEET, olds, CONSOLIDATION_COLUMNS);
  const done = withExtraFormats(dated, CONSOLIDATION_SHEET, formats, CONSOLIDATION_COLUMNS.length, extra);
  // The rows kept below the items (header on row 1, the items from row 2) are named by the run, as Avstemming's.
  const first = c.items.length + 2;
  return done.ok && unclaimed.length > 0
    ? { ...done, keptBelow: [{ sheet: CONSOLIDATION_SHEET, first, last: first + unclaimed.length - 1 }] }
    : done;
}
