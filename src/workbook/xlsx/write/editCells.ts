/**
 * Cell edits: values and formulas (setCells), number formats and product looks over a range, and clearing
 * the cells of a range the product owns. A cell keeps its style when its value is written; a new cell
 * takes its row's or column's style, as in Excel. A shared formula whose first cell is overwritten is
 * first written out into the cells that shared it, so that they keep their formulas; so is one whose first
 * cell a cleared range takes (clearCells).
 */
import { columnLetter, parseA1, parseRange, type CellInput } from '../../../domain';
import type { SheetEntry } from '../book';
import { shiftFormula } from '../read/shiftFormula';
import { fileCalculatedFormula } from '../structuredRefs';
import { decodeXml, encodeText } from '../xml/escape';
import { tagAttr, tagEnd } from '../xml/sheetData';
import type { BookState } from './bookState';
import { cellXml, prefixed, type FileFormula } from './cellXml';
import { putKept, takeKept } from './keptCells';
import { parseSqref, type Box } from './ranges';
import { refreshRowSums } from './rowSums';
import { hasRuns, richCell } from './richText';
import type { SheetDoc } from './sheetDoc';
import type { StyleChange } from './styleSheet';

const SHARED_MASTER = /<(?:[\w.-]+:)?f\s[^>]*\bt="shared"[^>]*>([^<]+)</;

/**
 * When the cell at (r, c) holds the first cell of a shared formula, write the formula out into every
 * other cell that shares it (moved to each), so that overwriting the first cell loses none of them.
 */
function releaseShared(doc: SheetDoc, r: number, c: number): void {
  const own = doc.cell(r, c);
  const m = own ? SHARED_MASTER.exec(own) : null;
  if (!own || !m) return;
  const fTag = /<(?:[\w.-]+:)?f\s[^>]*>/.exec(own)?.[0] ?? '';
  const si = tagAttr(fTag, 'si');
  const box = parseSqref(tagAttr(fTag, 'ref') ?? '')[0];
  if (si === undefined || !box) return;
  const formula = decodeXml(m[1] ?? '');
  for (const row of doc.rowNumbers()) {
    if (row < box.top || row > box.bottom) continue;
    for (const [col, xml] of doc.rowCells(row) ?? []) {
      if (col < box.left || col > box.right || (row === r && col === c)) continue;
      const dep = /<((?:[\w.-]+:)?)f\s[^>]*\bsi="([^"]*)"[^>]*\/>/.exec(xml);
      if (!dep || dep[2] !== si) continue;
      const moved = encodeText(shiftFormula(formula, row - r, col - c));
      doc.putCell(row, col, xml.replace(dep[0], `<${dep[1]}f>${moved}</${dep[1]}f>`));
    }
  }
}

/** The file spelling of a formula written at (r, c): a "this row" reference names the cell's table. */
function toFileFormula(state: BookState, sheet: SheetEntry, r: number, c: number): (f: string) => string {
  const table = state.tableBounds(sheet).find((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
  return (f) => fileCalculatedFormula(f, table?.name ?? null);
}

const asIs = (f: string): string => f;

const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;

/** A value cell's kind: text however stored (shared, inline), else its t attribute (n when none). */
function valueKind(tag: string): string {
  const t = tagAttr(tag, 't') ?? 'n';
  return t === 's' || t === 'inlineStr' || t === 'str' ? 'text' : t;
}

/**
 * Whether a cell is written as it was: the same XML, or the same value and style however spelled — a string
 * Excel stored as a shared string (t="s") goes back as an inline string with the same text.
 */
function sameCell(state: BookState, before: string | null, after: string | null): boolean {
  if (before === after) return true;
  if (before === null || after === null || FORMULA.test(before) || FORMULA.test(after)) return false;
  const [b, a] = [before.slice(0, tagEnd(before, 0)), after.slice(0, tagEnd(after, 0))];
  if ((tagAttr(b, 's') ?? '0') !== (tagAttr(a, 's') ?? '0') || valueKind(b) !== valueKind(a)) return false;
  return cellText(state, before) === cellText(state, after);
}

/** Writes one cell (keeping its style). */
export function writeCell(state: BookState, sheet: SheetEntry, r: number, c: number, input: CellInput): void {
  const doc = state.doc(sheet);
  releaseShared(doc, r, c);
  const style = doc.styleAt(r, c);
  const formula = input !== null && typeof input === 'object';
  // A text a roll emptied with its runs (a word in bold) goes back with them (richText.ts).
  const rich =
    typeof input === 'string' ? richCell(state, sheet.name, input, { r, c, style, prefix: doc.prefix }) : null;
  const xml = cellXml(`${columnLetter(c)}${r}`, style, input, formula ? toFileFormula(state, sheet, r, c) : asIs);
  const before = doc.cell(r, c);
  const after = rich ?? (xml === null ? null : prefixed(xml, doc.prefix));
  doc.putCell(r, c, after);
  // Excel recalculates on open when a formula has no cached value, or when a cell the product does not
  // generate anew changed (formulas elsewhere may depend on it and still show the old result): not when it is
  // written as it was (Status and Kommentar, her own columns, on a run that moved no item: typedColumns.ts).
  const same = sameCell(state, before ?? null, after);
  if ((formula && input.value === undefined) || (!doc.isGenerated(r, c) && !same)) state.needsRecalc = true;
}

/** setCells: a block of values from `origin`. */
export function setCells(
  state: BookState,
  sheetName: string,
  origin: string,
  values: readonly (readonly CellInput[])[],
): void {
  const at = parseA1(origin);
  if (!at) throw new Error(`Not a cell: ${origin}`);
  const sheet = state.sheet(sheetName);
  const [top, left] = [at.row, at.col];
  const bottom = top + values.length - 1;
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  const right = left + width - 1;
  // A block the product generates whole, where no table is (a table's formulas are spelled by its name), is
  // kept as a block (cellBlock.ts); any other is written cell by cell.
  const inTable = state
    .tableBounds(sheet)
    .some((t) => t.top <= bottom && t.bottom >= top && t.left <= right && t.right >= left);
  const doc = state.doc(sheet);
  // Her cells a clear kept (keptCells.ts) go back as they were: in the block, or over what is written cell by cell.
  const kept = takeKept(state, sheet, { top, left, bottom, right });
  const toFile: FileFormula = (f) => fileCalculatedFormula(f, null);
  if (!inTable && !hasRuns(state, values) && doc.addBlock(top, left, values, toFile, kept)) {
    if (values.some((row) => row.some((v) => v !== null && typeof v === 'object' && v.value === undefined)))
      state.needsRecalc = true;
    return;
  }
  values.forEach((row, i) => row.forEach((v, j) => writeCell(state, sheet, top + i, left + j, v)));
  putKept(state, sheet, kept);
  // The per-row sums of the rows written get their result anew, as Excel's recalculation gives them (rowSums.ts).
  refreshRowSums(state, sheet, { top, left, bottom, right }, (xml) => cellText(state, xml));
}

/** A number format or a product look on every cell of a range (empty cells become styled empty cells). */
export function restyleRange(state: BookState, sheetName: string, range: string, change: StyleChange): void {
  const b = parseRange(range);
  if (!b) throw new Error(`Not a range: ${range}`);
  const doc = state.doc(state.sheet(sheetName));
  const styles = state.styles;
  if (doc.restyleBlock(b, (base) => styles.derive(base, change))) return;
  for (let r = b.top; r <= b.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      const base = doc.styleAt(r, c);
      doc.restyle(r, c, styles.derive(base, change));
    }
  }
}

/** The text of a cell as a header (strings, numbers as digits); null for an empty cell. */
export function cellText(state: BookState, xml: string | undefined): string | null {
  if (xml === undefined) return null;
  const tag = xml.slice(0, tagEnd(xml, 0));
  const type = tagAttr(tag, 't');
  if (type === 'inlineStr') {
    const runs = [...xml.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)</g)].map((m) => m[1] ?? '');
    return decodeXml(runs.join(''));
  }
  const v = /<(?:[\w.-]+:)?v>([^<]*)</.exec(xml)?.[1];
  if (v === undefined) return null;
  if (type === 's') return state.sharedStrings[Number(v)] ?? null;
  return decodeXml(v);
}

/** Whether a cell holds a string (inline, shared or a formula's string result). */
export const isTextCell = (xml: string | undefined): boolean =>
  xml !== undefined && /^<[^>]*\st="(?:s|inlineStr|str)"/.test(xml) && !/<(?:[\w.-]+:)?f[\s>]/.test(xml);

/**
 * The cells of `box` (every cell when null) emptied: values, formulas and styles. A shared formula whose first
 * cell is in the box is first written out into the cells that shared it (releaseShared): a cell outside the box
 * would otherwise name a shared formula that is gone, and Excel repairs the file. Rows are searched as stored
 * (rowTexts) and split only to read, so a row without such a first cell is not rewritten by the search.
 */
export function clearCells(state: BookState, sheet: SheetEntry, box: Box | null): void {
  const doc = state.doc(sheet);
  if (box)
    for (const [r, text] of doc.rowTexts()) {
      if (r < box.top || r > box.bottom || !text.includes('shared') || !text.includes('ref=')) continue;
      for (const c of [...(doc.rowCells(r)?.keys() ?? [])])
        if (c >= box.left && c <= box.right) releaseShared(doc, r, c);
    }
  doc.clear(box);
}
