/**
 * What a worksheet holds besides its cells, that a workbook built anew from planned edits (roll forward)
 * cannot carry over: notes and comments, conditional formats, drawings (charts, pictures, shapes) and
 * hyperlinks. Found from the sheet's relationships and its top-level elements, without parsing its rows.
 * And what the workbook itself holds that no sheet does: its macros (an .xlsm's VBA project).
 */
import type { BookState } from './write/bookState';
import { isRelType, readRels } from './opc';

export type SheetExtra = 'notes' | 'conditionalFormats' | 'drawings' | 'hyperlinks';

/** The extras of a sheet (none for a sheet that is not there), in this order. */
export function sheetExtras(state: BookState, sheet: string): SheetExtra[] {
  const entry = state.findSheet(sheet);
  if (!entry) return [];
  const rels = readRels(state.pkg, entry.part);
  const has = (...kinds: string[]): boolean => rels.some((r) => kinds.some((k) => isRelType(r.type, k)));
  // Only the skeleton is searched: a cell's text could spell an element name.
  const xml = state.doc(entry).skeleton;
  const out: SheetExtra[] = [];
  if (has('comments', 'threadedComment')) out.push('notes');
  if (/<(?:[\w.-]+:)?conditionalFormatting[\s>]/.test(xml)) out.push('conditionalFormats');
  if (has('drawing')) out.push('drawings');
  if (/<(?:[\w.-]+:)?hyperlinks[\s>]/.test(xml)) out.push('hyperlinks');
  return out;
}

export type BookExtra = 'macros';

/** What the workbook holds outside its sheets that a workbook built anew does not carry. */
export function bookExtras(state: BookState): BookExtra[] {
  const rels = readRels(state.pkg, state.structure.workbookPart);
  return rels.some((r) => isRelType(r.type, 'vbaProject')) ? ['macros'] : [];
}
