/**
 * The rows of a worksheet part as SheetDoc holds them: each row's bytes, split into cells when a cell is read or
 * changed, and written back from its cells only once one changed (a row rebuilt drops its spans: rowXml.ts).
 */
import { refRow, tagAttr, tagEnd, type findSheetData } from '../xml/sheetData';
import { splitRow, type Row } from './rowXml';

export interface Slot {
  readonly r: number;
  /** The row's bytes while unchanged (also used when only its number had to be written in); null once changed. */
  raw: string | null;
  /** Its cells, once read or changed. */
  row: Row | null;
}

/** The slot's row split into cells; `write`: it is about to change, so its stored bytes no longer stand for it. */
export function openRow(slot: Slot, prefix: string, write = false): Row {
  slot.row ??= splitRow(slot.raw ?? '', slot.r, prefix);
  if (write) slot.raw = null;
  return slot.row;
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
