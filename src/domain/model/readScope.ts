/**
 * How much of a workbook a read needs, so that a source can skip the rest (a file of a million rows of notes,
 * Excel on the web's 5 MB response cap):
 * - 'check': the product's tables (SPEC §2), each found by its table name, else searched for on its sheet
 *   (a measure table with the row under it, where a new measure goes, so that a note typed there is seen),
 *   and the product's own Avstemming sheet whole (its user columns and the cells around its table are kept
 *   when it is written anew);
 * - 'structure': also every cell of the other sheets the product writes whole (Sammendrag), of Innstillinger
 *   (repair adds missing settings rows under tblInnstillinger and missing list tables beside it) and of the
 *   archive and version sheets, so that a planner sees every cell it might write to before a write. A saved
 *   version is known by its header, whatever a user renamed its sheet to (read/version.ts): so of every other
 *   sheet the top block (VERSION_HEADER_WINDOW) is read too, and the sheet whole when that block is a version.
 *   The name prefixes are a fast path: a sheet so named is read whole without that first look.
 * A source that reads everything anyway may ignore the scope; the Excel adapter plans its own reads from it
 * (src/workbook/excel/readPlan.ts).
 */
import { SHEETS, TABLES } from './schema';
import { LISTS } from './settingsSchema';
import { VERSION_SHEET_PREFIX } from './version';

export type ReadScope = 'check' | 'structure';

/** The sheets and tables a scope reads. */
export interface SheetScope {
  /** Each table read: by name, else on `sheet` (then the whole sheet is needed). */
  readonly tables: readonly { readonly table: string; readonly sheet: string }[];
  /** Sheets read whole whatever tables they hold. */
  readonly wholeSheets: readonly string[];
  /** Sheets read whole when their name starts with one of these followed by a space. */
  readonly wholeSheetPrefixes: readonly string[];
  /** Whether every other sheet's top block is read to find saved versions by their header (isVersionSheet). */
  readonly versionsByHeader: boolean;
}

const CHECK: SheetScope = {
  tables: [
    { table: TABLES.settings, sheet: SHEETS.settings },
    ...LISTS.map((l) => ({ table: l.table, sheet: SHEETS.settings })),
    { table: TABLES.operating, sheet: SHEETS.operating },
    { table: TABLES.investment, sheet: SHEETS.investment },
    { table: TABLES.economyPlan, sheet: SHEETS.economyPlan },
    { table: TABLES.planItems, sheet: SHEETS.planItems },
    { table: TABLES.reconciliation, sheet: SHEETS.reconciliation },
  ],
  wholeSheets: [SHEETS.reconciliation],
  wholeSheetPrefixes: [],
  versionsByHeader: false,
};

const STRUCTURE: SheetScope = {
  ...CHECK,
  wholeSheets: [SHEETS.reconciliation, SHEETS.summary, SHEETS.settings],
  wholeSheetPrefixes: [SHEETS.archive, VERSION_SHEET_PREFIX],
  versionsByHeader: true,
};

/** The sheets and tables `scope` reads. */
export function sheetScopeOf(scope: ReadScope): SheetScope {
  return scope === 'check' ? CHECK : STRUCTURE;
}
