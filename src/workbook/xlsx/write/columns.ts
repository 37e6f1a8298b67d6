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

export interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

/** The styles columns give their empty cells (spans without a style left out). */
export function columnStyles(xml: string): ColumnStyle[] {
  const cols = topChild(xml, 'cols');
  return (cols ? children(xml, cols) : []).flatMap((c) => {
    const a = attributesOf(xml.slice(c.start, c.end));
    const style = a.get('style');
    return style === undefined ? [] : [{ min: Number(a.get('min')), max: Number(a.get('max')), style: Number(style) }];
  });
}
