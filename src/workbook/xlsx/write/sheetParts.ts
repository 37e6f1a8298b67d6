/** Merged ranges and table part references in a worksheet skeleton. */
import { encodeXml } from '../xml/escape';
import { withAttributes } from '../xml/patch';
import { attributesOf, children, rootElement } from '../xml/tags';
import { overlaps, parseSqref, type Box } from './ranges';
import { rootPrefix, setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Removes merged ranges that touch any of `boxes` (a merge whose ref is no range goes too; nothing changes when
 * `boxes` is empty). One pass over the list for all the boxes: a clear around her kept cells (clearAround.ts) is
 * some 160 boxes on Sammendrag, and a pass per box read the skeleton that many times (measured, docs/performance.md);
 * the XML is what clearing them one by one makes.
 */
export function clearMerges(xml: string, boxes: readonly Box[]): string {
  if (boxes.length === 0) return xml;
  const list = topChild(xml, 'mergeCells');
  if (!list) return xml;
  const all = children(xml, list);
  const kept = all.filter((m) => {
    const b = parseSqref(attributesOf(xml.slice(m.start, m.end)).get('ref') ?? '')[0];
    return b !== undefined && !boxes.some((box) => overlaps(b, box));
  });
  if (kept.length === all.length) return xml;
  const open = withAttributes(xml.slice(list.open.start, list.open.end), { count: String(kept.length) });
  const text =
    kept.length === 0 ? null : `${open}${kept.map((m) => xml.slice(m.start, m.end)).join('')}</${list.name}>`;
  return setTopChild(xml, 'mergeCells', text, WORKSHEET_ORDER);
}

/** The prefix bound to the relationships namespace on the document element, declaring "r" when there is none. */
function relationshipsPrefix(xml: string): { xml: string; prefix: string } {
  const root = rootElement(xml);
  const open = xml.slice(root.open.start, root.open.end);
  for (const [name, value] of attributesOf(open)) {
    if (value === RELATIONSHIPS_NS && name.startsWith('xmlns:')) return { xml, prefix: name.slice(6) };
  }
  const declared = withAttributes(open, { 'xmlns:r': RELATIONSHIPS_NS });
  return { xml: declared + xml.slice(root.open.end), prefix: 'r' };
}

/** The table part ids (relationship ids) of a skeleton. */
function tablePartIds(xml: string): string[] {
  const list = topChild(xml, 'tableParts');
  return (list ? children(xml, list) : []).map(
    (t) => [...attributesOf(xml.slice(t.start, t.end))].find(([k]) => k.endsWith(':id'))?.[1] ?? '',
  );
}

function writeTableParts(xml: string, ids: readonly string[]): string {
  const { xml: declared, prefix } = relationshipsPrefix(xml);
  const p = rootPrefix(declared);
  const text =
    ids.length === 0
      ? null
      : `<${p}tableParts count="${ids.length}">${ids.map((id) => `<${p}tablePart ${prefix}:id="${encodeXml(id)}"/>`).join('')}</${p}tableParts>`;
  return setTopChild(declared, 'tableParts', text, WORKSHEET_ORDER);
}

/** Adds a <tablePart> for relationship `rid`. */
export const addTablePart = (xml: string, rid: string): string => writeTableParts(xml, [...tablePartIds(xml), rid]);

/** Removes the <tablePart> of relationship `rid`. */
export const removeTablePart = (xml: string, rid: string): string =>
  writeTableParts(
    xml,
    tablePartIds(xml).filter((id) => id !== rid),
  );
