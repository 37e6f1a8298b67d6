/**
 * What read() loads, planned from what the first syncs told (pure: no Office calls here), for the scopes the
 * domain declares (model/readScope.ts). A check reads the product's tables (values; a measure table with the
 * row under it, where a new measure goes, values and formulas, and the formulas of its last rows, where an empty
 * row may hold a formula of the user's, emptyRows.ts), the formulas of their calculated columns and of
 * the amount cells whose value is number text (textFormulas.ts), of tblAvstemming only the header and the columns a
 * new run keeps (the formats of Kommentar's numbers, commentFormats.ts), and the number formats of the measure and
 * economy plan tables' amount columns, to tell a date from an amount, and of the user's own columns of those
 * tables, which a saved version keeps (a date as a date, a number with its format); a product sheet whose table is
 * missing is read whole (its used range), since the reader then searches it for a header row. A structure read
 * (repair, writing Sammendrag or Avstemming: a scope that reads around the tables) reads the used ranges of the
 * product sheets — Sammendrag and Avstemming included — so that a planner sees every cell it might write to,
 * plus the number formats of each table's first body row. A roll read (roll forward) reads around the tables
 * as well, but not Sammendrag or Avstemming, and the archive and version sheets whole, and what a roll carries
 * as it carries it (SheetScope.carriedCells): the formats of the amount and user's columns, and the formulas of
 * the user's columns; a versions read (Endringer) only those. A version is known by its header wherever a user
 * renamed it (domain read/version.ts), so of each other sheet a small block at the top is read first, and the sheet
 * whole when it shows a version (of a check: its ID columns, versionIds.ts). Nothing else of the user's is read.
 */
import {
  amountColumnsOf,
  formulaColumnsOf,
  isExplanationHeader,
  keptReconciliationColumns,
  reconciliationUserColumns,
  lastRowsWithFormulas,
  MAX_ROW,
  readsTopOf,
  rowsReadBelow,
  sheetScopeOf,
  SHEETS,
  TABLES,
  VERSION_HEADER_WINDOW,
  userColumnsOf,
  type CellValue,
  type SheetScope,
} from '../../domain';
import type { ReadScope } from '../port';
import { BYTES_PER_TEXT_CELL } from './payload';

/** A block of one sheet, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Field = 'values' | 'formulas' | 'numberFormat';

/** Where a block of values asks once loaded: cells of `cols` (1-based sheet columns) in rows `top`…`bottom`. */
export interface TextCells {
  readonly cols: readonly number[];
  readonly top: number;
  readonly bottom: number;
}

/** One block of one field of one sheet to load. */
export interface Piece {
  readonly sheet: string;
  readonly rect: Rect;
  readonly field: Field;
  /** Values only: the cells whose formulas to load after it when they hold number text (textFormulas.ts). */
  readonly textCells?: TextCells;
  /** Formulas loaded for number text (textFormulas.ts): kept only where the value is number text. */
  readonly ofText?: boolean;
  /** Values only: Avstemming's Kommentar cells, whose number formats it asks for where they hold a number. */
  readonly numberCells?: TextCells;
  /** Number formats loaded for numbers (commentFormats.ts): kept only where the value is a number. */
  readonly ofNumbers?: boolean;
  /** Values only: a measure table's body, whose empty rows at its end ask for their formulas (emptyRows.ts). */
  readonly emptyEnd?: EmptyEnd;
  /** The estimate per cell when not the field's (payload.ts): Avstemming's Forklaring, long text. */
  readonly bytesPerCell?: number;
}

/**
 * A measure table's body rows `top`…`bottom`; the formulas of rows from `formulasFrom` are read anyway, and
 * `calculated` (1-based sheet columns) hold a formula in every row (Sum periode).
 */
export interface EmptyEnd {
  readonly top: number;
  readonly bottom: number;
  readonly formulasFrom: number;
  readonly calculated: readonly number[];
}

/** A table as the second sync locates it: its range, its header row, and whether a Total Row is right under it. */
export interface LocatedTable {
  readonly name: string;
  readonly sheet: string;
  readonly rect: Rect;
  readonly header: readonly CellValue[];
  /** Its header row is turned off: `rect` starts at the row above its body and `header` holds its names. */
  readonly headerless?: boolean;
  readonly totals?: boolean;
  /** The estimate per value of its cells when its sampled rows weigh more than the field's (payload.ts). */
  readonly bytesPerCell?: number;
}

/** What the second sync has to locate. */
export interface Targets {
  /** Tables (by their name in the workbook) whose range and header row to load. */
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Sheets whose used range to load. */
  readonly usedRanges: readonly string[];
  /** The other sheets (versions, roll; a check's with no table, versionIds.ts): used range located, top probed. */
  readonly probes: readonly string[];
  /**
   * The user's own tables on a product sheet read whole (its product table not found by name): a measure table she
   * renamed. Only their range is loaded, so that the reader takes the table, not the note under it (locateTable.ts).
   */
  readonly renamed: readonly { readonly name: string; readonly sheet: string }[];
}

const lower = (s: string) => s.toLowerCase();
/** Sheets a scope reads whole by their name (domain model/readScope.ts: archives, versions); versions also by header. */
const byPrefix = (scope: ReadScope, sheet: string) =>
  sheetScopeOf(scope).wholeSheetPrefixes.some((p) => lower(sheet).startsWith(`${lower(p)} `));
const PRODUCT_SHEETS = [SHEETS.settings, SHEETS.operating, SHEETS.investment, SHEETS.economyPlan, SHEETS.planItems];

/** The tables and used ranges to locate, from the sheet names and the tables (name, sheet) of the workbook. */
export function planTargets(
  sheets: readonly string[],
  tables: readonly { readonly name: string; readonly sheet: string }[],
  scope: ReadScope,
): Targets {
  const { tables: read, aroundTables, wholeSheets } = sheetScopeOf(scope);
  const byName = new Map(tables.map((t) => [lower(t.name), t]));
  // Reading around the tables takes Avstemming's used range whole, but its table is located all the same: a
  // writer of Avstemming must know where the old table ends, to replace it and to keep a note under it.
  const located = read.flatMap((c) => byName.get(lower(c.table)) ?? []);
  const exists = new Set(sheets.map(lower));
  const holdsTable = new Set(located.map((t) => lower(t.sheet)));
  const isProduct = (s: string) => PRODUCT_SHEETS.some((p) => lower(p) === lower(s));
  const usedRanges = aroundTables
    ? sheets.filter(
        (s) =>
          isProduct(s) ||
          byPrefix(scope, s) ||
          holdsTable.has(lower(s)) ||
          wholeSheets.some((w) => lower(w) === lower(s)),
      )
    : [
        ...PRODUCT_SHEETS.filter(
          (sheet) => exists.has(lower(sheet)) && read.some((c) => c.sheet === sheet && !byName.has(lower(c.table))),
        ).map((sheet) => sheets.find((s) => lower(s) === lower(sheet)) ?? sheet),
        // A sheet named as an archive or a version is read whole at once, in the probes' batch.
        ...sheets.filter((s) => byPrefix(scope, s)),
      ];
  const probes = sheets.filter(
    (s) => !usedRanges.includes(s) && readsTopOf(sheetScopeOf(scope), holdsTable.has(lower(s))),
  );
  const productTable = new Set(Object.values(TABLES).map(lower));
  const wholeProduct = new Set(usedRanges.filter(isProduct).map(lower));
  const renamed = tables.filter((t) => wholeProduct.has(lower(t.sheet)) && !productTable.has(lower(t.name)));
  return { tables: located, usedRanges, probes, renamed };
}

/**
 * The block of a sheet's used range in which the domain looks for a version header (VERSION_HEADER_WINDOW):
 * a few hundred cells, whatever the size of the sheet, so every user sheet can be told in the first batch.
 */
export function probePiece(sheet: string, used: Rect): Piece {
  const bottom = Math.min(used.bottom, used.top + VERSION_HEADER_WINDOW.rows - 1);
  const right = Math.min(used.right, used.left + VERSION_HEADER_WINDOW.cols - 1);
  return { sheet, rect: { ...used, bottom, right }, field: 'values' };
}

const column = (r: Rect, i: number, top: number): Rect => ({ ...r, top, left: r.left + i, right: r.left + i });

/** One piece per column of `cols` (0-based in the table) from the first body row to `bottom`. */
const columnPieces = (t: LocatedTable, cols: readonly number[], field: Field, bottom: number): Piece[] =>
  cols.map((i) => ({ sheet: t.sheet, rect: { ...column(t.rect, i, t.rect.top + 1), bottom }, field }));

/** The pieces of one located table (see the file comment). */
function tablePieces(t: LocatedTable, scope: SheetScope): Piece[] {
  const around = scope.aroundTables;
  const body = t.rect.top + 1;
  const hasBody = t.rect.bottom >= body;
  if (lower(t.name) === lower(TABLES.reconciliation)) {
    // Around the tables its cells come with Avstemming's used range, read whole; the number formats of the
    // user's own columns too, which a new run carries with their items (a date stays a date), and their formulas,
    // which it writes as the values they showed and names (ReconcileView).
    const user = hasBody ? reconciliationUserColumns(t.header) : [];
    const formats = user.map((i): Piece => ({ sheet: t.sheet, rect: column(t.rect, i, body), field: 'numberFormat' }));
    const formulas = user.map((i): Piece => ({ sheet: t.sheet, rect: column(t.rect, i, body), field: 'formulas' }));
    const below = { ...t.rect, top: t.rect.bottom + 1, bottom: t.rect.bottom + 1 }; // her Total Row, written again
    const totals: Piece[] = t.totals ? [{ sheet: t.sheet, rect: below, field: 'formulas' }] : [];
    if (around) return [...formats, ...formulas, ...totals];
    const header: Piece = { sheet: t.sheet, rect: { ...t.rect, bottom: t.rect.top }, field: 'values' };
    const kept = hasBody ? keptReconciliationColumns(t.header) : [];
    return [
      header,
      ...kept.map((i): Piece => ({
        sheet: t.sheet,
        rect: column(t.rect, i, body),
        field: 'values',
        ...(isExplanationHeader(t.header[i]) ? { bytesPerCell: BYTES_PER_TEXT_CELL } : {}),
      })),
      ...formats,
    ];
  }
  const formulas = hasBody ? formulaColumnsOf(t.name, t.header) : [];
  // The number formats of the amount columns: a number Excel shows as a date is a date (readBlocks.ts), as the
  // file adapter reads it, never an amount of 46 143; and an amount the pane writes into such a cell gets the
  // amount format (measureEdits/amountFormat.ts), in the row under a measure table too. In a check, and in a
  // roll, which rolls the plan of its own read; not in a structure read, which is for the cells a write must not
  // land on (and at 10 000 measures it already takes the 12 syncs of its budget, docs/performance.md).
  const amounts = hasBody ? amountColumnsOf(t.name, t.header) : [];
  // The user's own columns: their formats, for a version (saved on a check read) and a roll to carry a date as a
  // date and a number with its format (sheets/userColumns.ts), and in a roll their formulas, which it names.
  const user = hasBody ? userColumnsOf(t.name, t.header) : [];
  // Under a measure table goes a new measure: its row is read too, so that adding one sees a note typed there;
  // and the rows under a measure or economy plan table, where lines typed outside the table are told.
  const bottom = Math.min(t.rect.bottom + rowsReadBelow(t.name), MAX_ROW);
  const next = Math.min(t.rect.bottom + 1, bottom);
  // The formulas of a measure table's last rows, every column, with the row under it: a formula showing "" in an
  // empty row is the user's, where a new measure must not go (emptyRows.ts asks for those of more empty rows).
  const tailRows = hasBody ? lastRowsWithFormulas(t.name) : 0;
  const tail = tailRows > 0 ? Math.max(body, t.rect.bottom - tailRows + 1) : t.rect.bottom + 1;
  // An amount cell whose value is number text may be the result of the user's formula (=TEXT(A1;"0")), which
  // converting amounts typed as text must leave alone (measureEdits/textAmounts.ts): the formulas of those
  // cells only are loaded once their values are in. Formulas of whole amount columns would cost some 7 MB more
  // at 10 000 measures, for cells that are numbers nearly always. Those of the last rows come with them.
  const textCells: TextCells | undefined =
    amounts.length > 0 && tail > body
      ? { cols: amounts.map((i) => t.rect.left + i), top: body, bottom: tail - 1 }
      : undefined;
  const calculated = formulas.map((i) => t.rect.left + i);
  const emptyEnd: EmptyEnd | undefined =
    tailRows > 0 && tail > body ? { top: body, bottom: t.rect.bottom, formulasFrom: tail, calculated } : undefined;
  const values: Piece = {
    sheet: t.sheet,
    rect: { ...t.rect, bottom },
    field: 'values',
    ...(textCells && { textCells }),
    ...(emptyEnd && { emptyEnd }),
  };
  // The new measure's row's formulas too (a formula whose result is empty text reads as an empty value, and is
  // still the user's), and those of the last rows.
  const under: Piece = { sheet: t.sheet, rect: { ...t.rect, top: tail, bottom: next }, field: 'formulas' };
  const calculatedAbove = around ? t.rect.bottom : tail - 1;
  const pieces: Piece[] = [
    ...(around ? [] : [values]),
    ...(!around && (bottom > t.rect.bottom || tail <= t.rect.bottom) ? [under] : []),
    ...(calculatedAbove >= body ? columnPieces(t, formulas, 'formulas', calculatedAbove) : []),
  ];
  // The row above a headerless table's body takes its names only when nothing of the user's is there.
  if (t.headerless) pieces.push({ sheet: t.sheet, rect: { ...t.rect, bottom: t.rect.top }, field: 'formulas' });
  if (!around)
    pieces.push(
      ...columnPieces(t, amounts, 'numberFormat', next),
      ...columnPieces(t, user, 'numberFormat', t.rect.bottom),
    );
  if (around && hasBody) {
    pieces.push({ sheet: t.sheet, rect: { ...t.rect, top: body, bottom: body }, field: 'numberFormat' });
  }
  if (around && scope.carriedCells) {
    pieces.push(
      ...columnPieces(t, [...amounts, ...user], 'numberFormat', t.rect.bottom),
      ...columnPieces(t, user, 'formulas', t.rect.bottom),
    );
  }
  return pieces;
}

/** Rows of a used range the reader scans for a header row when a table is found by its sheet only. */
const HEADER_SCAN_ROWS = 11;

/** The pieces of one used range: values; formulas too on a product sheet whose tables were not all found. */
function usedPieces(sheet: string, rect: Rect, scope: SheetScope, located: readonly LocatedTable[]): Piece[] {
  const pieces: Piece[] = [{ sheet, rect, field: 'values' }];
  const product = PRODUCT_SHEETS.some((p) => lower(p) === lower(sheet));
  const missing = scope.tables.some(
    (c) => lower(c.sheet) === lower(sheet) && !located.some((t) => lower(t.name) === lower(c.table)),
  );
  if (!product || !missing) return pieces;
  pieces.push({ sheet, rect, field: 'formulas' });
  if (scope.aroundTables) {
    const bottom = Math.min(rect.bottom, rect.top + HEADER_SCAN_ROWS - 1);
    pieces.push({ sheet, rect: { ...rect, bottom }, field: 'numberFormat' });
  }
  return pieces;
}

/** Every piece to load, given the located tables and used ranges (a null range: an empty sheet). */
export function planPieces(
  located: readonly LocatedTable[],
  used: readonly { readonly sheet: string; readonly rect: Rect | null }[],
  scope: ReadScope,
): Piece[] {
  const sheetScope = sheetScopeOf(scope);
  return [
    ...located.flatMap((t) => tablePieces(t, sheetScope)),
    ...used.flatMap((u) => (u.rect ? usedPieces(u.sheet, u.rect, sheetScope, located) : [])),
  ];
}
