/**
 * The workbook's protection, judged before any edit is applied (SPEC §11, "Writing into a user's workbook"): Excel
 * forbids adding a sheet to a workbook whose structure is locked (`<workbookProtection lockStructure="1">`) and
 * changing a protected sheet (`<sheetProtection sheet="1">`) beyond its unlocked cells, so the product does neither
 * behind the user's back. A protected sheet takes values written into cells whose format says
 * `<protection locked="0"/>` (Excel's default is locked), and number formats there when it allows formatting
 * cells (`formatCells="0"`); anything else refuses it (lockedCells.ts). Locked windows (lockWindows) and a
 * sheetProtection that does not protect the sheet (sheet="0", or absent) are no obstacle. Views (the active cell,
 * frozen rows) and workbook names are not the sheet's cells and are not judged.
 */
import type { Edit } from '../../../domain';
import { WorkbookProtectedError, type ProtectionConflict } from '../../port';
import { protectedRefusals, type SheetAllows } from '../../lockedCells';
import { plannedSheets } from '../../writtenSheets';
import type { BookState } from './bookState';
import { attributesOf, children } from '../xml/tags';
import { topChild } from './skeleton';

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';
const falsy = (v: string | undefined): boolean => v === '0' || v === 'false';

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

/** What a protected worksheet part allows (formatCells defaults to true: formatting is forbidden); null if unprotected. */
export function sheetAllows(sheetXml: string): SheetAllows | null {
  const attrs = elementAttributes(sheetXml, 'sheetProtection');
  return truthy(attrs?.get('sheet')) ? { formatCells: falsy(attrs?.get('formatCells')) } : null;
}

/** The cell formats (cellXfs indexes) of styles.xml that unlock their cells: `<protection locked="0"/>`. */
export function unlockedFormats(stylesXml: string): ReadonlySet<number> {
  const unlocked = new Set<number>();
  const xfs = topChild(stylesXml, 'cellXfs');
  (xfs ? children(stylesXml, xfs) : []).forEach((xf, i) => {
    const protection = elementAttributes(stylesXml.slice(xf.start, xf.end), 'protection');
    if (falsy(protection?.get('locked'))) unlocked.add(i);
  });
  return unlocked;
}

/** What `edits` would do that the workbook's protection forbids, or null when nothing. */
export function protectionConflict(state: BookState, edits: readonly Edit[]): ProtectionConflict | null {
  const { pkg, structure } = state;
  const locked = structureLocked(pkg.text(structure.workbookPart));
  const lookup = {
    sheet: (name: string) => state.findSheet(name)?.name ?? null,
    tableSheet: (name: string) => state.findTable(name)?.sheet.name ?? null,
  };
  const { added, written } = plannedSheets(edits, lookup);
  let unlocked: ReadonlySet<number> | null = null;
  const isLocked = (sheet: string, r: number, c: number): boolean => {
    unlocked ??= unlockedFormats(structure.stylesPart ? pkg.text(structure.stylesPart) : '');
    return !unlocked.has(state.doc(state.sheet(sheet)).styleAt(r, c));
  };
  // The open worksheet's skeleton (the part without its rows): the edits that follow use the same open sheet, so a
  // large sheet is not decoded twice, and an unchanged one is never written back.
  const allows = (name: string) => sheetAllows(state.doc(state.sheet(name)).skeleton);
  const refusals = protectedRefusals(edits, written, { ...lookup, allows, locked: isLocked });
  const conflict = {
    added: locked ? added : [],
    protected: refusals.refused,
    ...(refusals.locked.length > 0 ? { locked: refusals.locked } : {}),
    ...(refusals.tables.length > 0 ? { tables: refusals.tables } : {}),
  };
  return conflict.added.length > 0 || conflict.protected.length > 0 ? conflict : null;
}

/**
 * Throws WorkbookProtectedError when `edits` would add a sheet to a locked workbook or write a protected sheet
 * beyond its unlocked cells.
 */
export function refuseProtected(state: BookState, edits: readonly Edit[]): void {
  const conflict = protectionConflict(state, edits);
  if (conflict) throw new WorkbookProtectedError(conflict);
}
