/** Workbook-level edits: a new sheet, a workbook name, the active cell. */
import { addOverride, addRel, CONTENT_TYPE, REL } from '../opc';
import type { BookState } from './bookState';
import { setTabSelected, selectCell, tabSelected } from './views';
import { addSheet, setActiveTab, setDefinedName } from './workbookXml';

/** An empty worksheet as Excel writes one. */
export const NEW_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
  '<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** ensureSheet: a new worksheet at the end, unless one of that name exists. */
export function ensureSheet(state: BookState, name: string, hidden = false): void {
  if (state.findSheet(name)) return;
  let n = 1;
  while (state.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  state.pkg.setText(part, NEW_SHEET);
  addOverride(state.pkg, part, CONTENT_TYPE.worksheet);
  const wb = state.structure.workbookPart;
  const rid = addRel(state.pkg, wb, REL.worksheet, part);
  state.pkg.setText(wb, addSheet(state.pkg.text(wb), name, rid, hidden));
  state.invalidate();
  state.doc(state.sheet(name)).created = true;
}

/** defineName: a workbook-scoped name. */
export function defineName(state: BookState, name: string, ref: string): void {
  const wb = state.structure.workbookPart;
  state.pkg.setText(wb, setDefinedName(state.pkg.text(wb), name, ref));
  state.invalidate();
}

/** select: the workbook opens on `sheet` with `cell` active (the only selected tab). */
export function select(state: BookState, sheetName: string, cell: string): void {
  const sheet = state.sheet(sheetName);
  for (const other of state.structure.sheets) {
    if (other === sheet || !other.isWorksheet || other.part === '') continue;
    const doc = state.doc(other);
    if (tabSelected(doc.skeleton)) doc.skeleton = setTabSelected(doc.skeleton, false);
  }
  const doc = state.doc(sheet);
  doc.skeleton = setTabSelected(selectCell(doc.skeleton, cell), true);
  const wb = state.structure.workbookPart;
  state.pkg.setText(wb, setActiveTab(state.pkg.text(wb), state.structure.sheets.indexOf(sheet)));
  state.invalidate();
}
