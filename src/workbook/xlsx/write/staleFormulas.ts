/**
 * Her formulas that may still show a figure a write changed (SPEC §11: a wrong figure is worse than none): the product
 * writes its blocks (Sammendrag, Avstemming; the tables a roll writes anew) as values and its own formulas with their
 * results, but a formula of hers that reads them keeps the result it had until Excel recalculates. The workbook then
 * asks Excel to recalculate on open (fullCalcOnLoad), and only then: one whose formulas all hold their results must
 * not make Excel ask to save on close. Noted as each sheet is written (BookState.flush), decided once before the
 * bytes are taken, when every block of the session is written (a roll writes its tables before Sammendrag, whose own
 * formulas read them).
 */
import type { SheetEntry, Structure, TableEntry } from '../book';
import type { OpcPackage } from '../package';
import type { SheetDoc } from './sheetDoc';
import { formulasRead } from './staleReaders';
import { requestFullCalc } from './workbookXml';

/** What of the workbook opened for edits (BookState, which calls noteRewritten as it writes a sheet) these read and set. */
interface Book {
  readonly pkg: OpcPackage;
  readonly structure: Structure;
  readonly tables: readonly TableEntry[];
  /** Sheets whose blocks the product wrote anew with other figures in this session, by name. */
  readonly rewritten: Set<string>;
  needsRecalc: boolean;
  invalidate(): void;
}

/** A cell's XML holding a formula (`<f>`, `<f t="shared" …/>`, prefixed or not). */
const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;

/** A calcPr that already asks Excel to recalculate every formula on open. */
const FULL_CALC = /<(?:[\w.-]+:)?calcPr\s[^>]*fullCalcOnLoad="(?:1|true)"/;

/**
 * Whether a cell of `doc` outside the boxes the product cleared holds a formula: one of hers beside its block (a row
 * kept as its bytes had no cell cleared; a block written whole is the product's own and no row of the sheet).
 */
function formulaBeside(doc: SheetDoc): boolean {
  for (const [r, xml] of doc.rowTexts()) {
    if (!FORMULA.test(xml)) continue;
    for (const [c, cell] of doc.rowCells(r) ?? []) if (!doc.isGenerated(r, c) && FORMULA.test(cell)) return true;
  }
  return false;
}

/**
 * Notes `sheet`, just written from `doc`, when the product emptied and wrote anew a block of it (not a sheet it made
 * in this session, which no formula of hers can read) and its bytes are not those read: its figures may have changed.
 * A formula of hers on the sheet itself, beside the block, asks for the recalculation at once.
 */
export function noteRewritten(state: Book, sheet: SheetEntry, doc: SheetDoc): void {
  if (doc.created || doc.cleared.length === 0 || !state.pkg.differsFromRead(sheet.part)) return;
  state.rewritten.add(sheet.name);
  if (!state.needsRecalc && formulaBeside(doc)) state.needsRecalc = true;
}

/**
 * Before the package's bytes are taken: asks Excel to recalculate on open when a formula of hers on another sheet, in
 * a chart or through a workbook name may read a sheet noted by noteRewritten or a table on it (staleReaders.ts).
 */
export function askRecalcWhereRead(state: Book): void {
  if (state.rewritten.size === 0) return;
  const sheets = state.structure.sheets.filter((s) => state.rewritten.has(s.name));
  state.rewritten.clear();
  const wb = state.structure.workbookPart;
  if (FULL_CALC.test(state.pkg.text(wb))) return;
  const parts = new Set(sheets.map((s) => s.part));
  const tables = state.tables.filter((t) => parts.has(t.sheet.part)).map((t) => t.name);
  if (!formulasRead(state.pkg, state.structure, { sheets: sheets.map((s) => s.name), tables })) return;
  state.pkg.setText(wb, requestFullCalc(state.pkg.text(wb)));
  state.invalidate();
}
