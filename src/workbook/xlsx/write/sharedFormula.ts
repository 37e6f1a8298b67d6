/**
 * The formula a shared-formula follower stands for. Excel stores a formula filled over a range once, in the range's
 * first cell (`<f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f>`); every other cell of the range only names it
 * (`<f t="shared" si="0"/>`) and means it moved by its own offset (SUM(H6:K6) in L6), as the reader spells it out
 * (read/sheetCells.ts). Nothing here writes: the cells keep their XML.
 */
import { shiftFormula } from '../read/shiftFormula';
import { decodeXml } from '../xml/escape';
import { tagAttr } from '../xml/sheetData';
import { parseSqref, type Box } from './ranges';
import type { SheetDoc } from './sheetDoc';

interface Master {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
  readonly box: Box;
}

const MASTER = /<(?:[\w.-]+:)?f(\s[^>]*\bt="shared"[^>]*)>([^<]+)<\/(?:[\w.-]+:)?f>/;
const FOLLOWER = /<(?:[\w.-]+:)?f(\s[^>]*)\/>/;

/** Every shared formula's first cell on the sheet, by its si. */
function mastersOf(doc: SheetDoc): Map<string, Master> {
  const out = new Map<string, Master>();
  for (const row of doc.rowNumbers())
    for (const [col, xml] of doc.rowCells(row) ?? []) {
      const m = xml.includes('shared') ? MASTER.exec(xml) : null;
      const si = m ? tagAttr(`<f${m[1] ?? ''}>`, 'si') : undefined;
      const box = m ? parseSqref(tagAttr(`<f${m[1] ?? ''}>`, 'ref') ?? '')[0] : undefined;
      if (m && si !== undefined && box) out.set(si, { formula: decodeXml(m[2] ?? ''), row, col, box });
    }
  return out;
}

/**
 * Reads the formulas of followers on one sheet: `of(xml, r, c)` is the formula (without "=") that the cell at
 * (r, c) shares, or null when its XML is not a follower or names no first cell whose range holds it. The sheet
 * is searched for first cells once, at the first follower asked about.
 */
export function followerFormulas(doc: SheetDoc): (xml: string, r: number, c: number) => string | null {
  let masters: Map<string, Master> | null = null;
  return (xml, r, c) => {
    const f = xml.includes('shared') ? FOLLOWER.exec(xml) : null;
    const attrs = `<f${f?.[1] ?? ''}>`;
    const si = f && tagAttr(attrs, 't') === 'shared' ? tagAttr(attrs, 'si') : undefined;
    if (si === undefined) return null;
    masters ??= mastersOf(doc);
    const m = masters.get(si);
    if (!m || r < m.box.top || r > m.box.bottom || c < m.box.left || c > m.box.right) return null;
    return shiftFormula(m.formula, r - m.row, c - m.col);
  };
}
