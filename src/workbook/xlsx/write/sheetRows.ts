/** The rows of a worksheet part as SheetDoc holds them: each row's bytes, split only once a cell changes. */
import { refRow, tagAttr, tagEnd, type findSheetData } from '../xml/sheetData';
import type { Row } from './rowXml';

export interface Slot {
  readonly r: number;
  /** The row's bytes while unchanged (also used when only its number had to be written in). */
  raw: string | null;
  row: Row | null;
}

/** The rows inside <sheetData> (`span`), numbered; `implicit` when some lack their "r". */
export function scanRows(
  xml: string,
  span: NonNullable<ReturnType<typeof findSheetData>>,
): { slots: Slot[]; implicit: boolean } {
  const rowTag = `<${span.prefix}row`;
  const close = `</${span.prefix}row>`;
  const slots: Slot[] = [];
  let r = 0;
  let implicit = false;
  for (let at = xml.indexOf(rowTag, span.contentStart); at >= 0 && at < span.contentEnd;) {
    const openEnd = tagEnd(xml, at);
    const end = xml.charCodeAt(openEnd - 2) === 47 ? openEnd : xml.indexOf(close, openEnd) + close.length;
    const ref = tagAttr(xml.slice(at, openEnd), 'r');
    r = ref ? refRow(ref) || Number(ref) : r + 1;
    implicit ||= ref === undefined;
    slots.push({ r, raw: xml.slice(at, end), row: null });
    at = xml.indexOf(rowTag, end);
  }
  return { slots, implicit };
}
