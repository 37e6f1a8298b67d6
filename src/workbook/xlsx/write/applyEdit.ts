/**
 * Planned edits (src/domain/model/edits.ts) applied to the package, one kind per case: every kind the
 * domain plans is handled here and nowhere else, so a new kind is one more case.
 */
import { columnNumber, parseRange, type Edit } from '../../../domain';
import type { BookState } from './bookState';
import { setColumnWidth } from './columns';
import { defineName, ensureSheet, select } from './editBook';
import { clearCells, restyleRange, setCells } from './editCells';
import { createTable, deleteOwnedTable, resizeTable } from './editTables';
import { clearMerges } from './sheetParts';
import { clearValidation, setValidation } from './validations';
import { freezeRows } from './views';

const WHOLE_SHEET = { top: 1, left: 1, bottom: 1048576, right: 16384 };

const mustRange = (range: string): NonNullable<ReturnType<typeof parseRange>> => {
  const b = parseRange(range);
  if (!b) throw new Error(`Not a range: ${range}`);
  return b;
};

/** Empties a sheet the product owns: cells, merges and validation. */
function clearOwnedSheet(state: BookState, name: string): void {
  const sheet = state.findSheet(name);
  if (!sheet) return;
  clearCells(state, sheet, null);
  const doc = state.doc(sheet);
  doc.skeleton = clearValidation(clearMerges(doc.skeleton, null), WHOLE_SHEET);
}

/** Applies one edit. Programmer errors (an unknown sheet, a bad address) throw. */
export function applyEdit(state: BookState, edit: Edit): void {
  switch (edit.kind) {
    case 'ensureSheet':
      return ensureSheet(state, edit.sheet);
    case 'setCells':
      return setCells(state, edit.sheet, edit.origin, edit.values);
    case 'createTable':
      return createTable(state, edit.sheet, edit.name, edit.ref, edit.calculated);
    case 'resizeTable':
      return resizeTable(state, edit.name, edit.ref);
    case 'defineName':
      return defineName(state, edit.name, edit.ref);
    case 'setValidation': {
      const doc = state.doc(state.sheet(edit.sheet));
      doc.skeleton = setValidation(doc.skeleton, mustRange(edit.range), edit.rule);
      return;
    }
    case 'setNumberFormat':
      return restyleRange(state, edit.sheet, edit.range, { numFmt: edit.format });
    case 'setStyle':
      return restyleRange(state, edit.sheet, edit.range, { look: edit.style });
    case 'setColumnWidth': {
      const doc = state.doc(state.sheet(edit.sheet));
      doc.skeleton = setColumnWidth(doc.skeleton, columnNumber(edit.column), edit.width);
      return;
    }
    case 'freezeRows': {
      const doc = state.doc(state.sheet(edit.sheet));
      doc.skeleton = freezeRows(doc.skeleton, edit.rows);
      return;
    }
    case 'clearOwnedSheet':
      return clearOwnedSheet(state, edit.sheet);
    case 'deleteOwnedTable':
      return deleteOwnedTable(state, edit.name);
    case 'select':
      return select(state, edit.sheet, edit.cell);
  }
}
