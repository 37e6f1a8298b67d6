/**
 * The Avstemming sheet (SPEC §10): tblAvstemming written anew on every run, one row per reconciliation
 * item, over the product's own part of the old table only. Status and Kommentar belong to the user: they are
 * read from the existing sheet and written back for the same (Kode, Ref, År, Finansieringskilde); a row no item
 * takes keeps them below the items. So do the cells of columns the user added to the table (reconciliationExtra.ts).
 */
import type { CellInput } from '../model/edits';
import { locateTable, bodyRows } from '../read/locateTable';
import { fromKr } from '../model/money';
import { SHEETS, TABLES } from '../model/schema';
import { RECONCILIATION_COLUMNS } from '../model/reconciliation';
import { RECONCILIATION_CODES, type ReconciliationCode } from '../model/reconciliationCodes';
import { cellText } from '../read/sheetCells';
import type { WritePlan } from '../model/writePlan';
import { cellsByKey, keptUserColumns, occurrenceKeys } from './tableCells';
import {
  holdsUserInput,
  keptKey,
  keptRows,
  keptRowKeys,
  readKeptRow,
  rowTaker,
  unclaimedRows,
  type KeptRow,
} from './reconciliationKept';
import { planItemTable } from './itemTable';
import { ownedReconciliationArea, reconciliationSheetOf, totalsRowCells } from './reconciliationArea';
import { RECONCILIATION_NOTE_COLUMNS, typedOnRow } from './reconciliationTyped';
import {
  extraColumns,
  withInsertedColumns,
  withExtraFormats,
  NO_EXTRA,
  readExtraCells,
  type ExtraColumns,
} from './reconciliationExtra';
import { cellLinkInput } from './formulas';
import { carriedFormulaValues, lookColumnsOf } from './carriedCells';
import { addressIn, fileAddress } from '../model/otherFile';
import { acceptedNote, keptClass, reviewedExplanation, type StatusCells } from './statusReview';
import { typedColumnsInPlace } from './typedColumns';
import type { Unit } from '../model/money';
import type { Measure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationSheetText } from '../model/sheetText';
import type { CellValue, WorkbookSnapshot } from '../model/snapshot';
import type { FormulaValue } from './userColumns';
import { waitingForYears } from './reconciliationWaiting';
import { consolidationRows, fromConsolidation } from './reconciliationElsewhere';
import { refKey } from '../measures/grouping';
import { emptyEconomyYears, tablesHeld, type YearTable } from '../model/yearTables';

type ColumnKey = (typeof RECONCILIATION_COLUMNS)[number]['key'];

/** The key that keeps a user's Status and Kommentar from one run to the next (keptKey: Ref and Finansieringskilde by refKey). */
export function reconciliationKey(code: string, ref: string, year: string, source: string): string {
  return keptKey(code, year, [ref, source]);
}

/** The key cells of a row besides Kode, written back as typed when no item takes the row. */
const KEY_COLUMNS = ['ref', 'year', 'source'] as const;

const keyOfItem = (i: ReconciliationItem): string =>
  reconciliationKey(i.code, i.ref, i.year === undefined ? '' : String(i.year), i.source ?? '');

const reconciliationQuery = () => ({
  table: TABLES.reconciliation,
  sheet: SHEETS.reconciliation,
  headers: RECONCILIATION_COLUMNS.map((c) => ({ header: c.header, aliases: [] })),
});

/** A row read back: what is kept, and its Klasse, Avvik and Forklaring, which tell what a kept Status was given to. */
type KeptItemRow = KeptRow<(typeof KEY_COLUMNS)[number]> &
  Omit<StatusCells, 'status'> & { readonly cellEconomyPlan?: CellValue };
type Kept = Map<string, KeptItemRow>;

/**
 * Status, Kommentar and the cells of the user's own columns (`extra`) per key (rows sharing one told apart by
 * occurrence: occurrenceKeys), as the user left them on the existing Avstemming sheet, in sheet order. The Kode
 * cell holds a label in the user's language: `codeOf` turns it back into the code (in any language it was written in).
 * With `texts`, what she typed on a row the product did not write (reconciliationTyped.ts) is read too.
 */
export function readUserColumns(
  wb: WorkbookSnapshot,
  codeOf: (text: string) => string = (text) => text,
  texts?: ReconciliationSheetText,
): { rows: Kept; extra: ExtraColumns } {
  const out: Kept = new Map();
  const t = locateTable(wb, reconciliationQuery());
  if (!t) return { rows: out, extra: NO_EXTRA };
  const extra = extraColumns(t, RECONCILIATION_COLUMNS);
  const extraOf = extra.cols.length > 0 ? (row: number) => readExtraCells(t, extra, row) : undefined;
  const value = cellsByKey(t, RECONCILIATION_COLUMNS);
  const unique = occurrenceKeys();
  const keys = ['code', ...KEY_COLUMNS].map((k) => RECONCILIATION_COLUMNS.find((c) => c.key === k)?.header ?? k);
  for (const row of bodyRows(t)) {
    const plain = readKeptRow(value, row, codeOf, KEY_COLUMNS, keyOfRow, extraOf);
    // A row without Kode has no item, but what she typed on it (a row Excel grew the table by) is kept all the same.
    const noCode = cellText(value(row, 'code')) === '';
    const typed = noCode && texts ? typedOnRow(value, row, texts, keys, RECONCILIATION_NOTE_COLUMNS) : undefined;
    const read = typed && Object.keys(typed).length > 0 ? { ...plain, typed } : plain;
    if (noCode && !holdsUserInput(read)) continue;
    out.set(unique(read.key), {
      ...read,
      class: value(row, 'class'),
      difference: value(row, 'difference'),
      measures: value(row, 'measures'),
      economyPlan: value(row, 'economyPlan'),
      explanation: value(row, 'explanation'),
      cellEconomyPlan: value(row, 'cellEconomyPlan'),
    });
  }
  return { rows: out, extra };
}

const keyOfRow = (code: string, text: (k: (typeof KEY_COLUMNS)[number]) => string) =>
  reconciliationKey(code, text('ref'), text('year'), text('source'));

/**
 * The item key of each body row of tblAvstemming by sheet row ('' for a row without Kode): the key its rows are
 * carried by (readUserColumns), in any language its Kode labels were written in (`codeOf`).
 */
export function reconciliationRowKeys(
  wb: WorkbookSnapshot,
  codeOf: (text: string) => string = (text) => text,
): Map<number, string> {
  return keptRowKeys(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS, codeOf, KEY_COLUMNS, keyOfRow);
}

/**
 * The sheet columns (1 = A) of tblAvstemming whose cells keep their fill, font or border at their address while
 * their values follow their item: the user's own columns (her «Saksbehandler» in Q is 17) and Status and Kommentar
 * where they stand at their place (typedColumns.ts), O and P: 15 and 16.
 */
export function reconciliationLookColumns(wb: WorkbookSnapshot): number[] {
  return lookColumnsOf(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS);
}

/**
 * The formula cells of the user's own columns of tblAvstemming, and of Status and Kommentar (the columns she types
 * in), on the table's body rows, which a run carries: each is written as the value it showed, since its row follows
 * its item (reconciliationExtra.ts); the shells name them.
 */
export function reconciliationFormulaValues(wb: WorkbookSnapshot): FormulaValue[] {
  return carriedFormulaValues(locateTable(wb, reconciliationQuery()), RECONCILIATION_COLUMNS);
}

/** The measure's text and frame of an item (by measure ID, or by Prosjektnr for project items). */
type MeasureIndex = (item: ReconciliationItem) => { measure: string; frame: string };

/** Looks measures up by ID and investments by Prosjektnr: a large plan has some 40 000 items to name. */
function indexMeasures(plan: Plan): MeasureIndex {
  const byId = new Map<string, Measure>();
  const byProject = new Map<string, Measure>();
  for (const m of [...plan.operating, ...plan.investment]) if (!byId.has(m.id)) byId.set(m.id, m);
  for (const m of plan.investment) if (!byProject.has(m.project)) byProject.set(m.project, m);
  return (item) => {
    if (item.code === 'frame-total') return { measure: '', frame: item.ref };
    const m =
      (item.measureId !== undefined ? byId.get(item.measureId) : undefined) ??
      (item.code.startsWith('project') ? byProject.get(item.ref) : undefined);
    return { measure: m?.measure ?? '', frame: m?.frame ?? '' };
  };
}

/**
 * The economy plan cell's link; in a consolidation (SPEC §15) the cell is in the economy plan workbook: its address
 * with the file, as text. A link «#Økonomiplan!J6» would open the plan's own sheet, which was not used. An item
 * without such a cell names the sheet of that workbook its line belongs on («op.xlsx: Økonomiplan»): a row she keeps
 * is known by it as the consolidation's when the plan is checked on its own (reconciliationElsewhere.ts).
 */
function economyPlanCell({ cells, economyWorkbook }: ReconciliationItem): CellInput {
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
  kept: ReturnType<typeof readUserColumns>,
  taken: (key: string) => string,
  formats: (readonly (string | null)[] | undefined)[],
): CellInput[] {
  const { measure, frame } = measureOf(item);
  const old = kept.rows.get(taken(keyOfItem(item)));
  const { status, comment } = keptUserColumns(old);
  formats.push(old?.extra?.formats);
  const values: Record<ColumnKey, CellInput> = {
    severity: texts.severity(item.severity),
    code: texts.code(item.code),
    class: texts.class(item.class),
    ref: item.ref,
    measure,
    frame,
    year: item.year ?? null,
    source: item.source ?? null,
    measures: fromKr(item.measures, unit),
    economyPlan: fromKr(item.economyPlan, unit),
    difference: fromKr(item.difference, unit),
    explanation: reviewedExplanation(item, unit, texts, old),
    cellMeasures: cellLinkInput(item.cells.measures),
    cellEconomyPlan: economyPlanCell(item),
    status,
    comment,
  };
  const extra = old?.extra?.values ?? kept.extra.cols.map(() => null);
  return [...RECONCILIATION_COLUMNS.map((c) => values[c.key]), ...extra];
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
  const { take, taken } = rowTaker();
  const formats: (readonly (string | null)[] | undefined)[] = [];
  const rows = items.map((i) => itemRow(i, plan.settings.unit, measureOf, texts, kept, take, formats));
  // A row whose item may only wait for a table's year headers (or figures) is told so, not that its item is gone.
  const waits = waitingForYears(held, emptyEconomyYears(plan), { years: plan.years, lines });
  const waiting = waits ? (r: KeptItemRow) => waits(r) ?? elsewhere(r) : elsewhere;
  const label = (code: string): CellInput =>
    (RECONCILIATION_CODES as readonly string[]).includes(code) ? texts.code(code as ReconciliationCode) : code;
  rows.push(
    ...keptRows(RECONCILIATION_COLUMNS, KEY_COLUMNS, kept.rows, taken, new Set(items.map(keyOfItem)), {
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
  return withExtraFormats(planned, sheet, formats, RECONCILIATION_COLUMNS.length, kept.extra);
}
