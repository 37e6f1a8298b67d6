/** A worksheet's <dimension> grown over the cells written, and a row's number written into its tag. */
import { parseRange } from '../../../domain';
import { withAttributes } from '../xml/patch';
import { tagAttr, tagEnd } from '../xml/sheetData';
import { boxText, type Box } from './ranges';

/** The skeleton's <dimension> grown over `t`, the cells written (as it was when null or without one). */
export function grownDimension(xml: string, t: Box | null): string {
  const m = /<(?:[\w.-]+:)?dimension\s[^>]*>/.exec(xml);
  if (!t || !m) return xml;
  const old = parseRange(tagAttr(m[0], 'ref') ?? '');
  const b = old
    ? {
        top: Math.min(old.top, t.top),
        left: Math.min(old.left, t.left),
        bottom: Math.max(old.bottom, t.bottom),
        right: Math.max(old.right, t.right),
      }
    : t;
  return xml.slice(0, m.index) + withAttributes(m[0], { ref: boxText(b) }) + xml.slice(m.index + m[0].length);
}

/** A row's XML with its number written into its open tag. */
export function numbered(raw: string, r: number): string {
  const end = tagEnd(raw, 0);
  return withAttributes(raw.slice(0, end), { r: String(r) }) + raw.slice(end);
}
