/** Column widths in a worksheet skeleton's <cols>: a span that covers the column is split around it. */
import { attributesOf, children } from '../xml/tags';
import { withAttributes } from '../xml/patch';
import { rootPrefix, setTopChild, topChild, WORKSHEET_ORDER } from './skeleton';

interface Col {
  min: number;
  max: number;
  tag: string;
}

/** Sets the width of column `col` (1-based), keeping the column's other attributes (style, hidden). */
export function setColumnWidth(xml: string, col: number, width: number): string {
  const p = rootPrefix(xml);
  const cols = topChild(xml, 'cols');
  const list: Col[] = (cols ? children(xml, cols) : []).map((c) => {
    const tag = xml.slice(c.start, c.end);
    const a = attributesOf(tag);
    return { min: Number(a.get('min')), max: Number(a.get('max')), tag };
  });
  const sized = (tag: string, min: number, max: number, w?: number): Col => ({
    min,
    max,
    tag: withAttributes(tag, {
      min: String(min),
      max: String(max),
      ...(w === undefined ? {} : { width: String(w), customWidth: '1' }),
    }),
  });
  const out: Col[] = [];
  let placed = false;
  for (const c of list) {
    if (col < c.min || col > c.max) {
      out.push(c);
      continue;
    }
    if (c.min < col) out.push(sized(c.tag, c.min, col - 1));
    out.push(sized(c.tag, col, col, width));
    if (c.max > col) out.push(sized(c.tag, col + 1, c.max));
    placed = true;
  }
  if (!placed)
    out.push({ min: col, max: col, tag: `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>` });
  out.sort((a, b) => a.min - b.min);
  return setTopChild(xml, 'cols', `<${p}cols>${out.map((c) => c.tag).join('')}</${p}cols>`, WORKSHEET_ORDER);
}

/** The style index a column gives its empty cells (0 = none). */
export function columnStyle(xml: string, col: number): number {
  const cols = topChild(xml, 'cols');
  for (const c of cols ? children(xml, cols) : []) {
    const a = attributesOf(xml.slice(c.start, c.end));
    if (col >= Number(a.get('min')) && col <= Number(a.get('max'))) return Number(a.get('style') ?? 0);
  }
  return 0;
}
