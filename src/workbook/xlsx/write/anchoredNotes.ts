/**
 * Notes and threaded comments anchored on a block (see anchored.ts): each lives in up to three parts — the
 * legacy comments part (every note, and a copy of each thread for older Excel), the threaded comments part
 * (Excel 365), and the VML drawing that shows a note's box. The entries on the block's cells go from all
 * three; a part left with none goes with its relationship, its content type and (the VML) its
 * <legacyDrawing> reference. Notes on other cells stay as they were.
 */
import { isRelType, readRels, removeOverride, removeRel, type Relationship } from '../opc';
import { splice } from '../xml/patch';
import { attributesOf, children, rootElement, type Element } from '../xml/tags';
import { parseA1 } from '../../../domain';
import type { SheetEntry } from '../book';
import type { BookState } from './bookState';
import type { Box } from './ranges';
import { setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

const inBox = (row: number, col: number, b: Box): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

const refInBox = (ref: string, b: Box): boolean => {
  const at = parseA1(ref);
  return at !== null && inBox(at.row, at.col, b);
};

/** Every element named `local` under `e`, depth first. */
export function descendants(xml: string, e: Element, local: string): Element[] {
  return children(xml, e).flatMap((c) => (c.local === local ? [c] : descendants(xml, c, local)));
}

/** Removes a part with its relationship from the sheet and its content type. */
function removePart(state: BookState, sheet: SheetEntry, rel: Relationship): void {
  removeRel(state.pkg, sheet.part, rel.id);
  state.pkg.remove(rel.target);
  removeOverride(state.pkg, rel.target);
}

/**
 * The entries of an XML part (elements named `local` anywhere under its root) whose `ref` lies in `box`
 * removed: 'none' when none did, 'empty' when no entry is left (the caller removes the part), else 'kept'.
 */
function dropEntries(state: BookState, part: string, local: string, box: Box): 'none' | 'kept' | 'empty' {
  const xml = state.pkg.text(part);
  const entries = descendants(xml, rootElement(xml), local);
  const gone = entries.filter((e) => refInBox(attributesOf(xml.slice(e.open.start, e.open.end)).get('ref') ?? '', box));
  return cut(state, part, xml, gone, entries.length);
}

/** A note's box in the VML drawing: its shapes (ObjectType "Note") anchored on a cell of `box` removed. */
function dropShapes(state: BookState, part: string, box: Box): 'none' | 'kept' | 'empty' {
  // VML is not always well-formed XML (Excel writes <br> in it): its shapes are found as text.
  const vml = state.pkg.text(part);
  const shapes = [...vml.matchAll(/<v:shape\s[\s\S]*?<\/v:shape>/g)];
  const gone = shapes.filter((m) => {
    const s = m[0];
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s)?.[1];
    return /ObjectType="Note"/.test(s) && row !== undefined && col !== undefined && inBox(+row + 1, +col + 1, box);
  });
  const spans = gone.map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return cut(state, part, vml, spans, shapes.length);
}

/**
 * Cuts the spans `gone` out of `part`'s text (`of` entries in all): 'none' when there is nothing to cut, 'empty'
 * when every entry goes (the caller drops the part; nothing is written), else 'kept' with the rest written back.
 */
function cut(
  state: BookState,
  part: string,
  text: string,
  gone: readonly { readonly start: number; readonly end: number }[],
  of: number,
): 'none' | 'kept' | 'empty' {
  if (gone.length === 0) return 'none';
  if (gone.length === of) return 'empty';
  state.pkg.setText(
    part,
    splice(
      text,
      gone.map((e) => ({ start: e.start, end: e.end, text: '' })),
    ),
  );
  return 'kept';
}

/** The skeleton and parts without the notes on `box`; `dropped` when one went. */
export function dropNotes(
  state: BookState,
  sheet: SheetEntry,
  xml: string,
  box: Box,
): { xml: string; dropped: boolean } {
  const rels = readRels(state.pkg, sheet.part).filter((r) => !r.external && state.pkg.has(r.target));
  let dropped = false;
  for (const rel of rels) {
    const local = isRelType(rel.type, 'comments')
      ? 'comment'
      : isRelType(rel.type, 'threadedComment')
        ? 'threadedComment'
        : null;
    if (local === null) continue;
    const left = dropEntries(state, rel.target, local, box);
    if (left !== 'none') dropped = true;
    if (left === 'empty') removePart(state, sheet, rel);
  }
  const legacy = topChild(xml, 'legacyDrawing');
  const rid =
    legacy && [...attributesOf(xml.slice(legacy.open.start, legacy.open.end))].find(([k]) => k.endsWith(':id'))?.[1];
  const vml = rels.find((r) => r.id === rid && isRelType(r.type, 'vmlDrawing'));
  if (!dropped || !vml) return { xml, dropped };
  if (dropShapes(state, vml.target, box) !== 'empty') return { xml, dropped };
  removePart(state, sheet, vml);
  return { xml: setTopChild(xml, 'legacyDrawing', null, WORKSHEET_ORDER), dropped };
}
