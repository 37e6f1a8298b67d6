/**
 * The cells of a sheet that carry a hyperlink, a note or a threaded comment (all anchored by address: they stay
 * on their cell when the product writes another row's value there). Read only, for the user to be told.
 */
import { isRelType, readRels } from '../opc';
import type { OpcPackage } from '../package';
import type { SheetEntry } from '../book';
import { attributesOf, children, rootElement, type Element } from '../xml/tags';

/** A cell (A1, or a range for a hyperlink over several) and what is anchored on it. */
export interface CellAnchor {
  readonly ref: string;
  readonly kind: 'hyperlink' | 'note';
}

function descendants(xml: string, e: Element, local: string): Element[] {
  return children(xml, e).flatMap((c) => (c.local === local ? [c] : descendants(xml, c, local)));
}

const refsOf = (xml: string, local: string): string[] =>
  descendants(xml, rootElement(xml), local).flatMap((e) => {
    const ref = attributesOf(xml.slice(e.open.start, e.open.end)).get('ref');
    return ref ? [ref] : [];
  });

/** The hyperlinks, notes and threaded comments of `sheet`, in that order (a cell with a note and a thread: once). */
export function cellAnchors(pkg: OpcPackage, sheet: SheetEntry): CellAnchor[] {
  // The sheet's XML holds every cell: its hyperlinks are found as text (a cell's text has its "<" escaped).
  const links = [...pkg.text(sheet.part).matchAll(/<(?:[\w.-]+:)?hyperlink\s[^>]*>/g)].flatMap((m): CellAnchor[] => {
    const ref = attributesOf(m[0]).get('ref');
    return ref ? [{ ref, kind: 'hyperlink' }] : [];
  });
  const notes = new Set<string>();
  for (const rel of readRels(pkg, sheet.part)) {
    if (rel.external || !pkg.has(rel.target)) continue;
    if (isRelType(rel.type, 'comments')) for (const r of refsOf(pkg.text(rel.target), 'comment')) notes.add(r);
    if (isRelType(rel.type, 'threadedComment'))
      for (const r of refsOf(pkg.text(rel.target), 'threadedComment')) notes.add(r);
  }
  return [...links, ...[...notes].map((ref): CellAnchor => ({ ref, kind: 'note' }))];
}
