/**
 * The formula a shared-formula follower stands for. Excel stores a formula filled over a range once, in the range's
 * first cell (`<f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f>`); every other cell of the range only names it
 * (`<f t="shared" si="0"/>`) and means it moved by its own offset (SUM(H6:K6) in L6), as the reader spells it out
 * (read/sheetCells.ts). Nothing here writes: the rows searched for first cells are read as stored (sheetDoc.ts
 * rowTexts) and split only to read (sheetRows.ts), so an untouched row stays byte for byte.
 *
 * The first cells are found in one pass over the sheet, when the first follower is asked for, and each is kept by
 * its place: the product never writes a shared formula, so no first cell appears later, and one overwritten or
 * cleared is seen when its place is read again at each question. A sheet's followers are asked for after every
 * cell edit (rowSums.ts): searching the sheet per edit cost time in the square of the rows written.
 */
import { shiftFormula } from '../read/shiftFormula';
import { decodeXml } from '../xml/escape';
import { tagAttr } from '../xml/sheetData';
import { parseSqref, type Box } from './ranges';
import type { SheetDoc } from './sheetDoc';

/** The formula of a follower at (r, c) without "=", or null (see followerFormulas). */
export type FollowerFormulas = (xml: string, r: number, c: number) => string | null;

interface Master {
  readonly si: string;
  readonly formula: string;
  readonly box: Box;
}

interface Place {
  readonly row: number;
  readonly col: number;
}

const FOLLOWER = /<(?:[\w.-]+:)?f(\s[^>]*)\/>/;
/** A formula element with text: its attributes and text. */
const OWN = /<(?:[\w.-]+:)?f(\s[^>]*)>([^<]+)<\/(?:[\w.-]+:)?f>/;

/** The shared formula whose first cell a cell's XML is, or null. */
function masterIn(xml: string): Master | null {
  const f = xml.includes('shared') ? OWN.exec(xml) : null;
  if (!f) return null;
  const attrs = `<f${f[1] ?? ''}>`;
  const si = tagAttr(attrs, 't') === 'shared' ? tagAttr(attrs, 'si') : undefined;
  const box = parseSqref(tagAttr(attrs, 'ref') ?? '')[0];
  return si !== undefined && box ? { si, formula: decodeXml(f[2] ?? ''), box } : null;
}

/**
 * The place of each shared formula's first cell on the sheet, by si (the first in the sheet's order when a file
 * has two), placed as the sheet's rows and cells are numbered (sheetRows.ts, rowXml.ts: a cell without "r" is the
 * one after the cell before it), not by an "r" the cell may lack.
 */
function firstCells(doc: SheetDoc): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const [row, text] of doc.rowTexts()) {
    if (!text.includes('ref=') || !text.includes('shared')) continue;
    for (const [col, xml] of doc.rowCells(row) ?? []) {
      const si = masterIn(xml)?.si;
      if (si !== undefined && !places.has(si)) places.set(si, { row, col });
    }
  }
  return places;
}

/**
 * Reads the formulas of followers on one sheet: `of(xml, r, c)` is the formula (without "=") that the cell at
 * (r, c) shares, or null when its XML is not a follower or names no first cell whose range holds it. The sheet
 * is searched for first cells once (keep one reader per open sheet: bookState.ts followers).
 */
export function followerFormulas(doc: SheetDoc): FollowerFormulas {
  let places: Map<string, Place> | null = null;
  return (xml, r, c) => {
    const f = xml.includes('shared') ? FOLLOWER.exec(xml) : null;
    const attrs = `<f${f?.[1] ?? ''}>`;
    const si = f && tagAttr(attrs, 't') === 'shared' ? tagAttr(attrs, 'si') : undefined;
    if (si === undefined) return null;
    places ??= firstCells(doc);
    const at = places.get(si);
    const first = at && doc.cell(at.row, at.col);
    const m = first ? masterIn(first) : null;
    if (!at || !m || m.si !== si) return null;
    if (r < m.box.top || r > m.box.bottom || c < m.box.left || c > m.box.right) return null;
    return shiftFormula(m.formula, r - at.row, c - at.col);
  };
}
