/**
 * One worksheet part read into its cells: values as the snapshot carries them, formulas with shared
 * formulas expanded to each cell's own text, style indexes, merged ranges, and the styles of rows and
 * columns that empty cells inherit. Reading stops after `lastRow` (the rows a check needs end there), and
 * counts cells against the read's budget, so that no sheet can run the process out of memory.
 * The hot path of a check: a string scan (xml/sheetData.ts), not a SAX parser (measured: five times as fast).
 */
import { MAX_COLUMN, MAX_ROW, toA1, UNCALCULATED, type CellValue } from '../../../domain';
import { UnreadableWorkbookError } from '../unreadable';
import { decodeXml } from '../xml/escape';
import { findSheetData, isTag, refColumn, refRow, tagAttr, tagEnd } from '../xml/sheetData';
import { cellValue, type ValueContext } from './cellValue';
import { shiftFormula } from './shiftFormula';

export interface ReadCell {
  readonly col: number;
  readonly value: CellValue;
  /** Formula text with "=", or null. */
  readonly formula: string | null;
  readonly style: number;
}

export interface SheetCells {
  /** Cells with a value, a formula or a style, by row, in column order. */
  readonly rows: Map<number, ReadCell[]>;
  readonly merges: string[];
  /** Rows the sheet hides (<row hidden="1">), in sheet order. */
  readonly hiddenRows: number[];
  /** Style of rows with customFormat, and of column spans (<col min max style>). */
  readonly rowStyles: Map<number, number>;
  readonly colStyles: { readonly min: number; readonly max: number; readonly style: number }[];
  /** The first sheet view's <pane>: frozen (state frozen or frozenSplit) or split (the schema's default state). */
  pane?: 'frozen' | 'split';
  /** Column spans with a width of their own (<col customWidth="1">). */
  readonly sizedColumns: { readonly min: number; readonly max: number; readonly width?: number }[];
}

/** How many cells with a value a read may still take; shared by the sheets of one read. */
export interface CellBudget {
  left: number;
  readonly limit: number;
}

interface Master {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** The text content of the element whose open tag ends at `from`, up to `close`; entities decoded. */
function textUntil(xml: string, from: number, close: string): string {
  const end = xml.indexOf(close, from);
  if (end < 0) throw new Error(`no ${close}`);
  return decodeXml(xml.slice(from, end));
}

/** The text of an inline string (<is>): its <t> runs joined, phonetic runs (<rPh>) left out. */
function inlineText(inner: string, p: string): string {
  const close = `</${p}t>`;
  let out = '';
  for (let at = inner.indexOf('<'); at >= 0; at = inner.indexOf('<', at + 1)) {
    if (isTag(inner, at, `${p}rPh`)) {
      const end = inner.indexOf(`</${p}rPh>`, at);
      if (end < 0) break;
      at = end;
    } else if (isTag(inner, at, `${p}t`)) {
      const from = tagEnd(inner, at);
      if (inner.charCodeAt(from - 2) === 47) continue;
      const end = inner.indexOf(close, from);
      if (end < 0) break;
      out += inner.slice(from, end);
      at = end;
    }
  }
  return decodeXml(out);
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

/**
 * A cell outside Excel's sheet (only a damaged or forged part has one) is refused before it is kept: a
 * snapshot block reaching down to row 231 999 999 999 940 would run the process out of memory.
 */
function insideSheet(part: string, row: number, col: number, ref: string | undefined): void {
  if (row >= 1 && row <= MAX_ROW && col >= 1 && col <= MAX_COLUMN) return;
  // Where the reader put it: the row of its <row r>, the column of its own r (the two may disagree).
  const cell = col >= 1 && row >= 1 ? toA1(row, col) : (ref ?? `R${row}C${col}`);
  throw new UnreadableWorkbookError('corrupt', `${part}: cell ${cell} is outside the sheet`, undefined, cell);
}

/** The pane of the first <sheetView>, if it has one (its first child, by the schema's order). */
function paneOf(xml: string): 'frozen' | 'split' | undefined {
  const view = /<(?:[\w.-]+:)?sheetView[\s>/][^>]*>/.exec(xml);
  if (!view || view[0].endsWith('/>')) return undefined;
  const pane = /^\s*<(?:[\w.-]+:)?pane[\s/][^>]*>/.exec(xml.slice(view.index + view[0].length))?.[0];
  if (!pane) return undefined;
  return (tagAttr(pane, 'state') ?? 'split').startsWith('frozen') ? 'frozen' : 'split';
}

/** Merged ranges, column styles and widths and the first view's pane, from the parts of the sheet around <sheetData>. */
function around(xml: string, sheet: SheetCells): void {
  const pane = paneOf(xml);
  if (pane) sheet.pane = pane;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*>/g)) {
    const ref = tagAttr(m[0], 'ref');
    if (ref) sheet.merges.push(ref);
  }
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?col\s[^>]*>/g)) {
    const [min, max] = [Number(tagAttr(m[0], 'min')), Number(tagAttr(m[0], 'max'))];
    const width = Number(tagAttr(m[0], 'width'));
    if (truthy(tagAttr(m[0], 'customWidth')) && min >= 1 && max >= min)
      sheet.sizedColumns.push(Number.isFinite(width) && width > 0 ? { min, max, width } : { min, max });
    const style = tagAttr(m[0], 'style');
    if (style !== undefined)
      sheet.colStyles.push({
        min: Number(tagAttr(m[0], 'min')),
        max: Number(tagAttr(m[0], 'max')),
        style: Number(style),
      });
  }
}

/**
 * Reads a worksheet part's cells. Throws UnreadableWorkbookError on damage or past the cell budget. With `columns`
 * (1-based), the cells of other columns are passed over unread (a version's ID columns, versionIdCells.ts): a
 * shared formula whose master stands in such a column then gives its other cells no formula text, only their value.
 */
export function readSheetCells(
  part: string,
  xml: string,
  ctx: ValueContext,
  budget: CellBudget,
  lastRow = Infinity,
  columns?: ReadonlySet<number>,
): SheetCells {
  const sheet: SheetCells = {
    rows: new Map(),
    merges: [],
    hiddenRows: [],
    rowStyles: new Map(),
    colStyles: [],
    sizedColumns: [],
  };
  const span = findSheetData(xml, lastRow !== Infinity);
  if (!span) return sheet;
  around(xml.slice(0, span.start) + xml.slice(span.end), sheet);
  const p = span.prefix;
  const [rowTag, cTag, vTag, fTag, isTagName] = [`${p}row`, `${p}c`, `${p}v`, `${p}f`, `${p}is`];
  const [closeC, closeV, closeF, closeIs] = [`</${p}c>`, `</${p}v>`, `</${p}f>`, `</${p}is>`];
  const masters = new Map<string, Master>();
  let row = 0;
  let col = 0;
  let cells: ReadCell[] = [];
  let at = span.contentStart;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= span.contentEnd) break;
    const end = tagEnd(xml, lt);
    if (isTag(xml, lt, cTag)) {
      const tag = xml.slice(lt, end);
      const r = tagAttr(tag, 'r');
      col = r ? refColumn(r) : col + 1;
      insideSheet(part, row, col, r);
      if (columns && !columns.has(col)) {
        at = xml.charCodeAt(end - 2) === 47 /* / */ ? end : xml.indexOf(closeC, end) + closeC.length;
        if (at < end) throw new Error(`no end of cell ${r ?? ''}`);
        continue;
      }
      const style = Number(tagAttr(tag, 's') ?? 0);
      const type = tagAttr(tag, 't');
      let v: string | null = null;
      let f: string | null = null;
      let inline: string | null = null;
      at = end;
      if (xml.charCodeAt(end - 2) !== 47 /* / */) {
        const close = xml.indexOf(closeC, end);
        if (close < 0) throw new Error(`no end of cell ${r ?? ''}`);
        for (let k = xml.indexOf('<', end); k >= 0 && k < close; k = xml.indexOf('<', k + 1)) {
          if (isTag(xml, k, vTag)) {
            const vEnd = tagEnd(xml, k);
            v = xml.charCodeAt(vEnd - 2) === 47 /* <v/> */ ? '' : textUntil(xml, vEnd, closeV);
          } else if (isTag(xml, k, isTagName)) {
            const from = tagEnd(xml, k);
            inline = inlineText(xml.slice(from, Math.max(from, xml.indexOf(closeIs, from))), p);
          } else if (isTag(xml, k, fTag)) {
            const fEnd = tagEnd(xml, k);
            const fTagText = xml.slice(k, fEnd);
            const own = xml.charCodeAt(fEnd - 2) === 47 ? '' : textUntil(xml, fEnd, closeF);
            const si = tagAttr(fTagText, 'si');
            if (tagAttr(fTagText, 't') === 'shared' && si !== undefined) {
              const m = masters.get(si);
              if (own !== '') masters.set(si, { formula: own, row, col });
              f = own !== '' ? own : m ? shiftFormula(m.formula, row - m.row, col - m.col) : null;
            } else f = own;
          }
        }
        at = close + closeC.length;
      }
      // A formula with no <v> at all (Excel always stores one, "" included) has a result the file does not hold.
      const value = f !== null && v === null && inline === null ? UNCALCULATED : cellValue(type, v, inline, style, ctx);
      if ((value !== null || f !== null) && --budget.left < 0)
        throw new UnreadableWorkbookError('too-many-cells', `more than ${budget.limit} cells (${part})`);
      if (value !== null || f !== null || style !== 0)
        cells.push({ col, value, formula: f === null ? null : `=${f}`, style });
      continue;
    }
    if (isTag(xml, lt, rowTag)) {
      const tag = xml.slice(lt, end);
      const r = tagAttr(tag, 'r');
      row = r ? refRow(r) || Number(r) : row + 1;
      if (row > lastRow) break;
      col = 0;
      cells = [];
      sheet.rows.set(row, cells);
      if (truthy(tagAttr(tag, 'hidden'))) sheet.hiddenRows.push(row);
      if (truthy(tagAttr(tag, 'customFormat'))) sheet.rowStyles.set(row, Number(tagAttr(tag, 's') ?? 0));
    }
    at = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) + 3 : end;
  }
  for (const [r, line] of sheet.rows) if (line.length === 0) sheet.rows.delete(r);
  return sheet;
}
