/**
 * The workbook's protection, judged before any edit is applied (SPEC §11, "Writing into a user's workbook"): Excel
 * forbids adding a sheet to a workbook whose structure is locked (`<workbookProtection lockStructure="1">`) and
 * editing a protected sheet (`<sheetProtection sheet="1">`), so the product does neither behind the user's back.
 * Locked windows (lockWindows) and a sheetProtection that does not protect the sheet (sheet="0", or absent) are no
 * obstacle. Views (the active cell, frozen rows) and workbook names are not the sheet's cells and are not judged.
 */
import type { Edit } from '../../../domain';
import { WorkbookProtectedError, type ProtectionConflict } from '../../port';
import { plannedSheets } from '../../writtenSheets';
import type { BookState } from './bookState';
import { attributesOf } from '../xml/tags';

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

/** The attributes of the first element named `local` (any prefix) in `xml`, or null. */
function elementAttributes(xml: string, local: string): ReadonlyMap<string, string> | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`).exec(xml);
  return m ? attributesOf(m[0]) : null;
}

/** Whether the workbook part locks its structure: no sheet added, deleted or renamed. */
export function structureLocked(workbookXml: string): boolean {
  return truthy(elementAttributes(workbookXml, 'workbookProtection')?.get('lockStructure'));
}

/** Whether a worksheet part is protected: its locked cells, formats and tables may not be changed. */
export function sheetProtected(sheetXml: string): boolean {
  return truthy(elementAttributes(sheetXml, 'sheetProtection')?.get('sheet'));
}

/** What `edits` would do that the workbook's protection forbids, or null when nothing. */
export function protectionConflict(state: BookState, edits: readonly Edit[]): ProtectionConflict | null {
  const { pkg, structure } = state;
  const locked = structureLocked(pkg.text(structure.workbookPart));
  const { added, written } = plannedSheets(edits, {
    sheet: (name) => state.findSheet(name)?.name ?? null,
    tableSheet: (name) => state.findTable(name)?.sheet.name ?? null,
  });
  // The open worksheet's skeleton (the part without its rows): the edits that follow use the same open sheet, so a
  // large sheet is not decoded twice, and an unchanged one is never written back.
  const prot = written.filter((name) => sheetProtected(state.doc(state.sheet(name)).skeleton));
  const conflict = { added: locked ? added : [], protected: prot };
  return conflict.added.length > 0 || conflict.protected.length > 0 ? conflict : null;
}

/** Throws WorkbookProtectedError when `edits` would add a sheet to a locked workbook or write a protected sheet. */
export function refuseProtected(state: BookState, edits: readonly Edit[]): void {
  const conflict = protectionConflict(state, edits);
  if (conflict) throw new WorkbookProtectedError(conflict);
}
