/**
 * Views on a protected sheet in a batch that writes (SPEC §11, "Writing into a user's workbook"; §13), judged before
 * anything is queued. Excel stops a batch at the first call it refuses, after the calls before it went in: a view
 * refused after a measure's cells would report a write that happened (and a retry would add the measure again), one
 * refused before them would leave the batch half done. So a view is judged by what the protection allows:
 * selecting a cell by its Select locked / unlocked cells options (WorksheetProtectionOptions.selectionMode, ExcelApi
 * 1.7: Normal selects any cell, Unlocked the unlocked ones only, None none); freezing panes by nothing, for no
 * protection option speaks for it and Office.js does not say a protected sheet takes it, so it is not risked. A
 * batch of views alone writes nothing a refused view could leave half done, and is not judged (the pane's select of
 * a finding's cell).
 */
import type { Edit } from '../../domain';
import type { LockedCell } from '../lockedCells';

/** What the first sync learnt of a protected sheet's options. */
export interface ProtectedOptions {
  /** Formatting cells (WorksheetProtectionOptions.allowFormatCells). */
  readonly formatCells: boolean;
  /** Which cells may be selected (WorksheetProtectionOptions.selectionMode); undefined when Excel did not say. */
  readonly selection: string | undefined;
}

/** Whether `edit` is a view: the active cell or the frozen rows, not the sheet's cells. */
export const isView = (edit: Edit): boolean => edit.kind === 'select' || edit.kind === 'freezeRows';

/** Whether `edits` write anything (any edit that is not a view). */
export const writesAny = (edits: readonly Edit[]): boolean => edits.some((e) => !isView(e));

/** How the judgment names a protected sheet and learns what it allows and whether a cell is locked. */
export interface ViewLookup {
  /** The existing sheet called `name`, as the workbook spells it, or null. */
  readonly sheet: (name: string) => string | null;
  /** The options of the protected sheet (as the workbook spells it); null for a sheet that is not protected. */
  readonly options: (sheet: string) => ProtectedOptions | null;
  /** Whether the cell `a1` of `sheet` is locked (true when unknown). */
  readonly locked: (sheet: string, a1: string) => boolean;
}

/**
 * The protected sheets whose views `edits` may not risk (`refused`), and the locked cell a select names where only
 * unlocked cells may be selected (`locked`); nothing when the batch writes nothing.
 */
export function viewRefusals(
  edits: readonly Edit[],
  lookup: ViewLookup,
): { readonly refused: string[]; readonly locked: LockedCell[] } {
  const refused: string[] = [];
  const locked: LockedCell[] = [];
  if (!writesAny(edits)) return { refused, locked };
  for (const e of edits) {
    if (e.kind !== 'select' && e.kind !== 'freezeRows') continue;
    const sheet = lookup.sheet(e.sheet);
    const options = sheet === null ? null : lookup.options(sheet);
    if (sheet === null || options === null || refused.includes(sheet)) continue;
    if (e.kind === 'select' && options.selection === 'Normal') continue;
    if (e.kind === 'select' && options.selection === 'Unlocked') {
      if (!lookup.locked(sheet, e.cell)) continue;
      locked.push({ sheet, cell: e.cell });
    }
    refused.push(sheet);
  }
  return { refused, locked };
}
