/**
 * The workbook's protection, judged before anything is queued that writes (SPEC §11, "Writing into a user's
 * workbook"), as the file adapter judges it: a sheet added to a workbook whose structure is locked, or a protected
 * sheet written (cells, formats, drop-downs, widths, tables), refuses the whole write with the sheets named —
 * rather than Excel failing with AccessDenied in the middle, after earlier batches were written. What is protected
 * is loaded in apply's first sync (WorkbookProtection is ExcelApi 1.7, WorksheetProtection 1.2; the manifest asks
 * for 1.9), and protection is never toggled (SPEC §13).
 */
import type { Edit } from '../../domain';
import { WorkbookProtectedError } from '../port';
import { plannedSheets } from '../writtenSheets';

/** The worksheets' load in apply's first sync: their names and whether each is protected. */
export const WORKSHEET_PROPS = 'items/name,items/protection/protected';

/** What the first sync learnt: each sheet (lower case → name) and whether it is protected, and the tables. */
export interface LoadedProtection {
  readonly structureLocked: boolean;
  readonly sheets: ReadonlyMap<string, string>;
  readonly protectedSheets: ReadonlySet<string>;
  /** Table (lower case) → the name of its sheet. */
  readonly tables: ReadonlyMap<string, string>;
}

/** Throws WorkbookProtectedError when `edits` would add a sheet to a locked workbook or write a protected sheet. */
export function refuseProtected(edits: readonly Edit[], loaded: LoadedProtection): void {
  const { added, written } = plannedSheets(edits, {
    sheet: (name) => loaded.sheets.get(name.trim().toLowerCase()) ?? loaded.sheets.get(name.toLowerCase()) ?? null,
    tableSheet: (name) => loaded.tables.get(name.toLowerCase()) ?? null,
  });
  const conflict = {
    added: loaded.structureLocked ? added : [],
    protected: written.filter((name) => loaded.protectedSheets.has(name.toLowerCase())),
  };
  if (conflict.added.length > 0 || conflict.protected.length > 0) throw new WorkbookProtectedError(conflict);
}
