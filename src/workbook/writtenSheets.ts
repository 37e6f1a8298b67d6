/**
 * Which sheets a list of edits would add and which existing sheets it would write into, judged the same way by
 * both adapters before anything is written, so that the workbook's protection (SPEC §11, "Writing into a user's
 * workbook") refuses the same writes on the file path and in Excel: a sheet added to a workbook whose structure is
 * locked, or a protected sheet written.
 */
import { sameName, type Edit } from '../domain';

/** How an adapter names what it found: the sheet's own name (or null), looked up case-insensitively. */
export interface SheetLookup {
  /** The existing sheet called `name`, as the workbook spells it, or null. */
  readonly sheet: (name: string) => string | null;
  /** The sheet holding the existing table `name`, or null. */
  readonly tableSheet: (name: string) => string | null;
}

/** What `edits` would do to the workbook's sheets: sheets added, and existing sheets written, each named once. */
export interface PlannedSheets {
  readonly added: readonly string[];
  readonly written: readonly string[];
}

/**
 * The sheet an edit writes into (cells, formats, validation, widths, tables), or null for one that writes none.
 * Views (the active cell, frozen rows), rows shown and workbook names are not the sheet's cells.
 */
export function writtenSheet(edit: Edit, lookup: Pick<SheetLookup, 'tableSheet'>): string | null {
  switch (edit.kind) {
    case 'setCells':
    case 'createTable':
    case 'setValidation':
    case 'setNumberFormat':
    case 'setStyle':
    case 'setColumnWidth':
    case 'clearOwnedRange':
    case 'insertCells':
    case 'setCalculatedColumn':
      return edit.sheet;
    case 'resizeTable':
    case 'deleteOwnedTable':
      return lookup.tableSheet(edit.name);
    case 'ensureSheet':
    case 'defineName':
    case 'freezeRows':
    case 'select':
    case 'showRows':
      // Rows shown are no cells written: a protected sheet that does not allow formatting rows keeps them (queue.ts).
      return null;
  }
}

/** The sheets `edits` would add (ensured but not there) and the existing sheets they would write into. */
export function plannedSheets(edits: readonly Edit[], lookup: SheetLookup): PlannedSheets {
  const added: string[] = [];
  const written: string[] = [];
  const isNew = (name: string): boolean => added.some((a) => sameName(a, name));
  for (const edit of edits) {
    if (edit.kind === 'ensureSheet') {
      if (lookup.sheet(edit.sheet) === null && !isNew(edit.sheet)) added.push(edit.sheet);
      continue;
    }
    const name = writtenSheet(edit, lookup);
    const sheet = name === null || isNew(name) ? null : lookup.sheet(name);
    if (sheet !== null && !written.includes(sheet)) written.push(sheet);
  }
  return { added, written };
}
