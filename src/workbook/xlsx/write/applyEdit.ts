/**
 * Planned edits (src/domain/model/edits.ts) applied to the package, one kind per case: every kind the
 * domain plans is handled here and nowhere else, so a new kind is one more case.
 */
import { columnNumber, parseA1, parseRange, type Edit } from '../../../domain';
import { dropAnchored } from './anchored';
import { rememberLooks } from './lostLooks';
import { rememberTexts } from './richText';
import type { BookState } from './bookState';
import { setColumnWidth } from './columns';
import { defineName, ensureSheet, select } from './editBook';
import { piecesAround } from '../../clearAround';
import { clearCells, restyleRange, setCells } from './editCells';
import { rememberKept } from './keptCells';
import { createTable, deleteOwnedTable, resizeTable, setCalculatedColumn } from './editTables';
import { clearMerges } from './sheetParts';
import { clearValidation, setValidation } from './validations';
import { moveValidation } from './validationMoves';
import { moveColumnLooks } from './columnLooks';
import { boxText } from './ranges';
import { freezeRows } from './views';
import { unhide } from './rowXml';

const mustRange = (range: string): NonNullable<ReturnType<typeof parseRange>> => {
  const b = parseRange(range);
  if (!b) throw new Error(`Not a range: ${range}`);
  return b;
};

/**
 * Empties a block the product owns: cells (values, formulas, styles), merges and validation inside it, nothing
 * outside; with `anchored`, also the notes, hyperlinks and conditional formats on its cells (anchored.ts), and
 * with `moves` its drop-downs put on the columns' new bodies (validationMoves.ts), with `looks` the columns' widths and
 * hidden marks on the columns they belonged to (columnLooks.ts).
 */
function clearOwnedRange(state: BookState, edit: Extract<Edit, { kind: 'clearOwnedRange' }>): void {
  const sheet = state.findSheet(edit.sheet);
  if (!sheet) return;
  const box = mustRange(edit.range);
  if (edit.anchored === true) {
    rememberLooks(state, sheet, box, edit.looks);
    // The texts are written again (rolled, archived): with the runs they had (richText.ts).
    rememberTexts(state, sheet, box);
  }
  // Her cells inside it stay: put back by the setCells that writes the block anew (keptCells.ts). Parsed once for
  // both uses: Sammendrag keeps some 1 400 (measured, docs/performance.md).
  const keep = edit.keep?.map(parseA1);
  if (keep) rememberKept(state, sheet, keep);
  clearCells(state, sheet, box);
  const doc = state.doc(sheet);
  // Her cells kept stay whole: her merge and drop-down on them too (review r29); only the rest of the box is cleared.
  const pieces = keep ? piecesAround(box, keep) : [box];
  const unmerged = clearMerges(doc.skeleton, pieces);
  if (edit.anchored === true && edit.moves) {
    // A rolled table: its drop-downs follow its columns to the rows written anew (validationMoves.ts).
    const moved = moveValidation(unmerged, box, edit.moves);
    doc.skeleton = moved.xml;
    if (moved.named.length > 0)
      state.dropped.push({ sheet: sheet.name, extra: 'validations', where: moved.named.map(boxText) });
  } else doc.skeleton = clearValidation(unmerged, ...pieces);
  // Her widths and hidden columns follow their columns to where the rolled table puts them (columnLooks.ts).
  if (edit.anchored === true && edit.looks) moveColumnLooks(state, sheet, box, edit.looks);
  if (edit.anchored === true) dropAnchored(state, sheet, box);
}

/** Shows the rows of `edit.range` (their `hidden` dropped), named for the user when one was hidden. */
function showRows(state: BookState, edit: Extract<Edit, { kind: 'showRows' }>): void {
  const box = mustRange(edit.range);
  const sheet = state.sheet(edit.sheet);
  if (!state.doc(sheet).editRows(box.top, box.bottom, unhide)) return;
  state.shown.push({ sheet: sheet.name, table: edit.table, filtered: false, row: box.top });
}

/** Applies one edit. Programmer errors (an unknown sheet, a bad address) throw. */
export function applyEdit(state: BookState, edit: Edit): void {
  switch (edit.kind) {
    case 'ensureSheet':
      return ensureSheet(state, edit.sheet, edit.hidden === true);
    case 'setCells':
      return setCells(state, edit.sheet, edit.origin, edit.values);
    case 'createTable':
      return createTable(state, edit.sheet, edit.name, edit.ref, edit.calculated, edit.totalsRow === true);
    case 'resizeTable':
      return resizeTable(state, edit.name, edit.ref);
    case 'setCalculatedColumn':
      return setCalculatedColumn(state, edit.table, edit.column, edit.formula);
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
    case 'clearOwnedRange':
      return clearOwnedRange(state, edit);
    case 'insertCells':
      // Moving cells would mean rewriting every reference to them: a file is never asked to (WritePlan).
      throw new Error(`Cannot insert cells into a file (${edit.sheet}!${edit.range})`);
    case 'deleteOwnedTable':
      return deleteOwnedTable(state, edit.name);
    case 'showRows':
      return showRows(state, edit);
    case 'select':
      return select(state, edit.sheet, edit.cell);
  }
}
