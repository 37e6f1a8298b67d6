/**
 * How much of a workbook a read needs, so that a source can skip the rest (a file of a million rows of notes,
 * Excel on the web's 5 MB response cap). Each operation asks for the smallest scope that is correct:
 * - 'check' (check, add / edit / move a measure, save a version): the product's tables (SPEC §2), each found by
 *   its table name, else searched for on its sheet (a measure table with the row under it, where a new measure
 *   goes, so that a note typed there is seen), and the product's own Avstemming sheet whole (its user columns
 *   and the cells around its table are kept when it is written anew). Every sheet is listed by name, with no
 *   cells when the scope does not read it: that is all saving a version needs to pick a free «Versjon <n>».
 *   Of the saved versions and archives (found as 'versions' finds them) only the columns that hold measure IDs
 *   (read/versionIds.ts versionIdColumns), into WorkbookSnapshot.versionIdCells, their sheets left unread: the
 *   IDs id-missing and id-duplicate suggest skip those (SPEC §4: never reused), while a version whole is
 *   megabytes at 10 000 measures.
 * - 'structure' (write Sammendrag and Avstemming, repair): also every cell a writing planner might write to,
 *   so that it never lands on a user's cell (SPEC §11): the sheets the product writes whole (Sammendrag), all
 *   of Innstillinger (repair adds missing settings rows under tblInnstillinger and missing list tables beside
 *   it), and around the product's tables (repair adds columns at their end). Not the saved versions nor the
 *   archive beyond their ID columns (as 'check', so that check --write suggests the IDs check does): no such
 *   write touches them, and at 10 000 measures a version is megabytes and syncs of its own.
 * - 'versions' (Endringer): the archive and version sheets whole, and nothing of the plan: Endringer compares
 *   a version with the plan of the pane's last check, which re-runs on every change, so the plan it compares
 *   is never older than the one this read would give. A saved version is known by its header, whatever a user
 *   renamed its sheet to (read/version.ts): so of every other sheet the top block (VERSION_HEADER_WINDOW) is
 *   read too, and the sheet whole when that block is a version. The name prefixes are a fast path: a sheet so
 *   named is read whole without that first look.
 * - 'roll' (roll forward): the check's tables and around them (the cells beside a measure table that the rolled
 *   workbook does not carry are named to the user), and the archives and versions as 'versions' finds them (the
 *   rolled workbook carries them). Not Sammendrag nor Avstemming: the rolled workbook builds them anew, and at
 *   10 000 measures Avstemming alone is some 40 000 rows.
 * A source that reads everything anyway may ignore the scope; the Excel adapter (src/workbook/excel/readPlan.ts)
 * and the file adapter (src/workbook/xlsx/read/readWorkbook.ts) plan their reads from sheetScopeOf.
 */
import { SHEETS, TABLES } from './schema';
import { LISTS } from './settingsSchema';
import { VERSION_SHEET_PREFIX } from './version';

export type ReadScope = 'check' | 'structure' | 'versions' | 'roll';

/** A product table and the sheet the reader looks on when the table is not found by its name. */
export interface CheckedTable {
  readonly table: string;
  readonly sheet: string;
}

/**
 * The tables the check reads (SPEC §2), settings and lists first. Not Avstemming: the 'check' scope adds it, of
 * which only the columns a new run keeps are read (read/readScope.ts keptReconciliationColumns); a roll writes it anew.
 */
export const CHECKED_TABLES: readonly CheckedTable[] = [
  { table: TABLES.settings, sheet: SHEETS.settings },
  ...LISTS.map((l) => ({ table: l.table, sheet: SHEETS.settings })),
  { table: TABLES.operating, sheet: SHEETS.operating },
  { table: TABLES.investment, sheet: SHEETS.investment },
  { table: TABLES.economyPlan, sheet: SHEETS.economyPlan },
  { table: TABLES.planItems, sheet: SHEETS.planItems },
];

/** The sheets and tables a scope reads. */
export interface SheetScope {
  /** Each table read: by name, else on `sheet` (then the whole sheet is needed). */
  readonly tables: readonly CheckedTable[];
  /** Sheets read whole whatever tables they hold. */
  readonly wholeSheets: readonly string[];
  /**
   * Whether the sheets of the tables are read as far as a write may reach around them (the Excel adapter: their
   * used range, and each table's first body row's number formats), not only the cells a check needs. The file
   * adapter reads whole rows of a sheet anyway.
   */
  readonly aroundTables: boolean;
  /** Sheets read whole when their name starts with one of these followed by a space. */
  readonly wholeSheetPrefixes: readonly string[];
  /** Whether every other sheet's top block is read to find saved versions by their header (isVersionSheet). */
  readonly versionsByHeader: boolean;
  /**
   * Whether the cells a roll carries are read as it carries them over the measure and economy plan tables' whole
   * body (the Excel adapter; the file adapter reads them anyway): the number formats of the amount columns (a date
   * there is no amount) and of the user's own columns (a date stays a date, a number keeps its format), and the
   * formulas of the user's columns (a roll carries each as its value and names it). A check reads those formats
   * without it: the pane saves a version (which keeps the user's columns) from a check read.
   */
  readonly carriedCells: boolean;
  /**
   * Whether the saved versions and archives that the scope does not read whole (found by name, and by header on
   * every sheet the scope reads nothing of) give the cells of their ID columns (read/versionIds.ts
   * versionIdColumns) as WorkbookSnapshot.versionIdCells, their sheets staying unread.
   */
  readonly versionIdColumns: boolean;
}

const CHECK: SheetScope = {
  tables: [...CHECKED_TABLES, { table: TABLES.reconciliation, sheet: SHEETS.reconciliation }],
  wholeSheets: [SHEETS.reconciliation],
  aroundTables: false,
  wholeSheetPrefixes: [],
  versionsByHeader: false,
  carriedCells: false,
  versionIdColumns: true,
};

const STRUCTURE: SheetScope = {
  ...CHECK,
  wholeSheets: [SHEETS.reconciliation, SHEETS.summary, SHEETS.settings],
  aroundTables: true,
};

/** What finds the saved versions and archives: by name, and by header on every other sheet. */
const VERSION_SHEETS = { wholeSheetPrefixes: [SHEETS.archive, VERSION_SHEET_PREFIX], versionsByHeader: true } as const;

const VERSIONS: SheetScope = {
  tables: [],
  wholeSheets: [],
  aroundTables: false,
  carriedCells: false,
  versionIdColumns: false,
  ...VERSION_SHEETS,
};

const ROLL: SheetScope = {
  ...CHECK,
  tables: CHECKED_TABLES,
  wholeSheets: [],
  aroundTables: true,
  carriedCells: true,
  versionIdColumns: false,
  ...VERSION_SHEETS,
};

const SCOPES: Readonly<Record<ReadScope, SheetScope>> = {
  check: CHECK,
  structure: STRUCTURE,
  versions: VERSIONS,
  roll: ROLL,
};

/**
 * Whether a read of `scope` reads the top of a sheet it reads nothing else of, to find a saved version there: a
 * versions or roll read every such sheet, a check (versionIdColumns) those holding no table it reads (`holdsTable`),
 * since a version is never a table.
 */
export const readsTopOf = (scope: SheetScope, holdsTable: boolean): boolean =>
  scope.versionsByHeader || (scope.versionIdColumns && !holdsTable);

/** The sheets and tables `scope` reads. */
export function sheetScopeOf(scope: ReadScope): SheetScope {
  return SCOPES[scope];
}
