/**
 * What is anchored on the cells of a block the product empties to write other rows there (a roll forward:
 * a finished measure leaves and the rows below it move up, every year column gets the next year): conditional
 * formats, hyperlinks, notes and threaded comments, the look of a row coloured whole, the height of a row set by hand
 * and a row's place in her outline (grouped rows). Kept by address they
 * would describe another measure or year, so the ones that touch the block go (each kind recorded, for the roll
 * to name it); those wholly outside it stay as they were. Drawings (charts, pictures) float over the sheet and are no cell's: they stay.
 */
import { removeRel } from '../opc';
import { splice, type Splice } from '../xml/patch';
import { attributesOf, children, rootElement } from '../xml/tags';
import type { SheetEntry } from '../book';
import type { AnchoredExtra, BookState } from './bookState';
import { descendants, dropNotes } from './anchoredNotes';
import { overlaps, parseSqref, type Box } from './ranges';
import { uncollapse, ungroup, unheight, unstyle } from './rowXml';
import { setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

const touches = (sqref: string, box: Box): boolean => parseSqref(sqref).some((b) => overlaps(b, box));

/** The skeleton without the conditional formats (main list, and x14 in extLst) that touch `box`. */
function dropConditionalFormats(xml: string, box: Box): { xml: string; dropped: boolean } {
  const top = children(xml, rootElement(xml));
  const splices: Splice[] = top
    .filter((c) => c.local === 'conditionalFormatting')
    .filter((c) => touches(attributesOf(xml.slice(c.open.start, c.open.end)).get('sqref') ?? '', box))
    .map((c) => ({ start: c.start, end: c.end, text: '' }));
  const extLst = top.find((c) => c.local === 'extLst');
  for (const ext of extLst ? children(xml, extLst) : []) {
    for (const list of descendants(xml, ext, 'conditionalFormattings')) {
      const rules = children(xml, list);
      const gone = rules.filter((r) => {
        const sq = children(xml, r).find((c) => c.local === 'sqref');
        return sq !== undefined && touches(xml.slice(sq.open.end, sq.inner), box);
      });
      if (gone.length === 0) continue;
      if (gone.length === rules.length) splices.push({ start: ext.start, end: ext.end, text: '' });
      else for (const r of gone) splices.push({ start: r.start, end: r.end, text: '' });
    }
  }
  return splices.length === 0 ? { xml, dropped: false } : { xml: splice(xml, splices), dropped: true };
}

/** The skeleton without the hyperlinks that touch `box`; their relationships (an external address) go too. */
function dropHyperlinks(state: BookState, sheet: SheetEntry, xml: string, box: Box): { xml: string; dropped: boolean } {
  const list = topChild(xml, 'hyperlinks');
  if (!list) return { xml, dropped: false };
  const links = children(xml, list);
  const attrs = links.map((l) => attributesOf(xml.slice(l.open.start, l.open.end)));
  const gone = links.filter((_, i) => touches(attrs[i]?.get('ref') ?? '', box));
  if (gone.length === 0) return { xml, dropped: false };
  for (const [i, l] of links.entries()) {
    if (!gone.includes(l)) continue;
    const rid = [...(attrs[i] ?? new Map<string, string>())].find(([k]) => k.endsWith(':id'))?.[1];
    if (rid) removeRel(state.pkg, sheet.part, rid);
  }
  const kept = links.filter((l) => !gone.includes(l)).map((l) => xml.slice(l.start, l.end));
  const open = xml.slice(list.open.start, list.open.end);
  const text = kept.length === 0 ? null : `${open.replace(/\/>$/, '>')}${kept.join('')}</${list.name}>`;
  return { xml: setTopChild(xml, 'hyperlinks', text, WORKSHEET_ORDER), dropped: true };
}

/** Drops what is anchored on `box` of `sheet` and records each kind that went (state.dropped). */
export function dropAnchored(state: BookState, sheet: SheetEntry, box: Box): void {
  const doc = state.doc(sheet);
  const record = (extra: AnchoredExtra) => {
    if (!state.dropped.some((d) => d.sheet === sheet.name && d.extra === extra))
      state.dropped.push({ sheet: sheet.name, extra });
  };
  const cf = dropConditionalFormats(doc.skeleton, box);
  if (cf.dropped) record('conditionalFormats');
  const links = dropHyperlinks(state, sheet, cf.xml, box);
  if (links.dropped) record('hyperlinks');
  const notes = dropNotes(state, sheet, links.xml, box);
  if (notes.dropped) record('notes');
  doc.skeleton = notes.xml;
  // A row coloured whole (its own look, which its empty cells take) would colour the row's new content, another
  // measure's or line's: it goes.
  if (doc.editRows(box.top, box.bottom, unstyle)) record('cellFormats');
  // So would a height set by hand on a row under the header (the header stays where it is, so its height stays).
  if (doc.editRows(box.top + 1, box.bottom, unheight)) record('rowHeights');
  // Her row groups (outline) would hold other measures' rows, and a folded one hide them: they go from the rows
  // under the header, with the collapsed mark a group folded over the table's last rows left on the row below.
  if (doc.editRows(box.top + 1, box.bottom, ungroup)) {
    record('rowGroups');
    doc.editRows(box.bottom + 1, box.bottom + 1, uncollapse);
  }
}
