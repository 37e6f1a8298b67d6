/**
 * The formula a shared-formula follower stands for. Excel stores a formula filled over a range once, in the range's
 * first cell (`<f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f>`); every other cell of the range only names it
 * (`<f t="shared" si="0"/>`) and means it moved by its own offset (SUM(H6:K6) in L6), as the reader spells it out
 * (read/sheetCells.ts). Nothing here writes, and the rows searched for a first cell are read as stored, not split
 * (sheetDoc.ts rowTexts): an untouched row stays byte for byte.
 */
import { parseA1 } from '../../../domain';
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

const FOLLOWER = /<(?:[\w.-]+:)?f(\s[^>]*)\/>/;
/** A cell element: its attributes and its content. */
const CELL = /<((?:[\w.-]+:)?)c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1c>)/g;
/** A formula element with text: its attributes and text. */
const OWN = /<(?:[\w.-]+:)?f(\s[^>]*)>([^<]+)<\/(?:[\w.-]+:)?f>/;

/** The first cell of shared formula `si` in a row's XML, or null. */
function masterIn(xml: string, si: string): Master | null {
  for (const cell of xml.matchAll(CELL)) {
    const f = cell[3]?.includes('shared') ? OWN.exec(cell[3]) : null;
    const attrs = `<f${f?.[1] ?? ''}>`;
    if (!f || tagAttr(attrs, 't') !== 'shared' || tagAttr(attrs, 'si') !== si) continue;
    const box = parseSqref(tagAttr(attrs, 'ref') ?? '')[0];
    const at = parseA1(tagAttr(`<c${cell[2] ?? ''}>`, 'r') ?? '');
    if (box && at) return { formula: decodeXml(f[2] ?? ''), row: at.row, col: at.col, box };
  }
  return null;
}

/** The first cell of shared formula `si` on the sheet, or null. */
function masterOf(doc: SheetDoc, si: string): Master | null {
  const needle = `si="${si}"`;
  for (const [, xml] of doc.rowTexts()) {
    const m = xml.includes(needle) && xml.includes('ref=') ? masterIn(xml, si) : null;
    if (m) return m;
  }
  return null;
}

/**
 * Reads the formulas of followers on one sheet: `of(xml, r, c)` is the formula (without "=") that the cell at
 * (r, c) shares, or null when its XML is not a follower or names no first cell whose range holds it. Each first
 * cell is searched for once.
 */
export function followerFormulas(doc: SheetDoc): (xml: string, r: number, c: number) => string | null {
  const masters = new Map<string, Master | null>();
  return (xml, r, c) => {
    const f = xml.includes('shared') ? FOLLOWER.exec(xml) : null;
    const attrs = `<f${f?.[1] ?? ''}>`;
    const si = f && tagAttr(attrs, 't') === 'shared' ? tagAttr(attrs, 'si') : undefined;
    if (si === undefined) return null;
    if (!masters.has(si)) masters.set(si, masterOf(doc, si));
    const m = masters.get(si);
    if (!m || r < m.box.top || r > m.box.bottom || c < m.box.left || c > m.box.right) return null;
    return shiftFormula(m.formula, r - m.row, c - m.col);
  };
}
