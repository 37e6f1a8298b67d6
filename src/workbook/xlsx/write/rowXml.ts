/**
 * One row of <sheetData> split into its cells, and put back together. A row is only split when a cell of
 * it is read or changes, and only put back together when one changed (sheetRows.ts openRow); its other cells
 * keep their bytes (a cell without an "r" gets one, so that its place no longer depends on its neighbours).
 */
import { columnLetter } from '../../../domain';
import { withAttributes } from '../xml/patch';
import { isTag, refColumn, tagAttr, tagEnd } from '../xml/sheetData';

export interface Row {
  r: number;
  /** The open tag (with r), without spans: a stale hint once the row's cells change. */
  open: string;
  /** Cell XML by column. */
  cells: Map<number, string>;
  /** Children after the cells (an extLst), verbatim. */
  extra: string;
  /** The style its empty cells take (customFormat), or null. */
  style: number | null;
}

/** The style a row gives its empty cells (its s with customFormat), or null. */
export function rowStyle(open: string): number | null {
  const custom = tagAttr(open, 'customFormat');
  return custom === '1' || custom === 'true' ? Number(tagAttr(open, 's') ?? 0) : null;
}

/** The style index of a cell's XML (its s attribute; 0 without one). */
export function cellStyleOf(xml: string): number {
  const end = xml.indexOf('>');
  const at = xml.indexOf(' s="');
  if (at < 0 || at > end) return Number(tagAttr(xml.slice(0, end + 1), 's') ?? 0);
  return Number(xml.slice(at + 4, xml.indexOf('"', at + 4)));
}

/** A cell's XML with style index `s` (0 removes it). */
export function withCellStyle(xml: string, s: number): string {
  const end = xml.indexOf('>');
  const at = xml.indexOf(' s="');
  // Joined, not concatenated: see cellXml.ts.
  if (at >= 0 && at < end) {
    const close = xml.indexOf('"', at + 4);
    return [xml.slice(0, at), s === 0 ? '' : ` s="${s}"`, xml.slice(close + 1)].join('');
  }
  if (s === 0) return xml;
  const tagEndAt = xml.charCodeAt(end - 1) === 47 ? end - 1 : end;
  return [xml.slice(0, tagEndAt), ` s="${s}"`, xml.slice(tagEndAt)].join('');
}

/** The end of the element whose open tag starts at `at` (named `name`, in a row's text). */
function elementEnd(xml: string, at: number, name: string): number {
  const end = tagEnd(xml, at);
  if (xml.charCodeAt(end - 2) === 47) return end;
  const close = xml.indexOf(`</${name}>`, end);
  if (close < 0) throw new Error(`no end of <${name}>`);
  return close + name.length + 3;
}

/** Splits a row's XML (`<row …>…</row>` or `<row …/>`) into a Row numbered `r`. */
export function splitRow(xml: string, r: number, prefix: string): Row {
  const openEnd = tagEnd(xml, 0);
  const selfClosing = xml.charCodeAt(openEnd - 2) === 47;
  let open = withAttributes(xml.slice(0, openEnd), { r: String(r), spans: null });
  if (selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
  const cells = new Map<number, string>();
  let extra = '';
  if (!selfClosing) {
    const cTag = `${prefix}c`;
    const innerEnd = xml.lastIndexOf('</');
    let col = 0;
    for (let at = xml.indexOf('<', openEnd); at >= 0 && at < innerEnd;) {
      const tagText = xml.slice(at, tagEnd(xml, at));
      const name = tagText.slice(1).split(/[\s/>]/)[0] ?? '';
      const end = elementEnd(xml, at, name);
      if (isTag(xml, at, cTag)) {
        const ref = tagAttr(tagText, 'r');
        col = ref ? refColumn(ref) : col + 1;
        const cell = xml.slice(at, end);
        cells.set(
          col,
          ref ? cell : withAttributes(tagText, { r: `${columnLetter(col)}${r}` }) + cell.slice(tagText.length),
        );
      } else extra += xml.slice(at, end);
      at = xml.indexOf('<', end);
    }
  }
  return { r, open, cells, extra, style: rowStyle(open) };
}

/** Drops the `hidden` of a row slot's tag (splitting the row by `split` only then); whether it was hidden. */
export function unhide<S extends { raw: string | null; row: Row | null }>(slot: S, split: (s: S) => Row): boolean {
  if (!/^<[^>]*\shidden="(?:1|true)"/.test(slot.row?.open ?? slot.raw ?? '')) return false;
  const row = split(slot);
  row.open = withAttributes(row.open, { hidden: null });
  return true;
}

/** A row's own look (its s with customFormat) taken off, so that its empty cells no longer take it. */
export function unstyle<S extends { raw: string | null; row: Row | null }>(slot: S, split: (s: S) => Row): boolean {
  if (!/^<[^>]*\scustomFormat="(?:1|true)"/.test(slot.row?.open ?? slot.raw ?? '')) return false;
  const row = split(slot);
  row.open = withAttributes(row.open, { s: null, customFormat: null });
  row.style = null;
  return true;
}

/** A row's own height (ht with customHeight, set by hand) taken off, so that it takes the sheet's default again. */
export function unheight<S extends { raw: string | null; row: Row | null }>(slot: S, split: (s: S) => Row): boolean {
  if (!/^<[^>]*\scustomHeight="(?:1|true)"/.test(slot.row?.open ?? slot.raw ?? '')) return false;
  const row = split(slot);
  row.open = withAttributes(row.open, { ht: null, customHeight: null });
  return true;
}

/**
 * A row's place in her outline (Data › Group: outlineLevel, and the collapsed mark of a folded group) taken off, so
 * that a group does not hold the rows other measures move up into.
 */
export function ungroup<S extends { raw: string | null; row: Row | null }>(slot: S, split: (s: S) => Row): boolean {
  if (!/^<[^>]*\s(?:outlineLevel="[1-9]|collapsed="(?:1|true))/.test(slot.row?.open ?? slot.raw ?? '')) return false;
  const row = split(slot);
  row.open = withAttributes(row.open, { outlineLevel: null, collapsed: null });
  return true;
}

/** The collapsed mark a folded group left on the row below it, on a row that is in no group of its own. */
export function uncollapse<S extends { raw: string | null; row: Row | null }>(slot: S, split: (s: S) => Row): boolean {
  const open = slot.row?.open ?? slot.raw ?? '';
  if (!/^<[^>]*\scollapsed="(?:1|true)"/.test(open) || /^<[^>]*\soutlineLevel="[1-9]/.test(open)) return false;
  const row = split(slot);
  row.open = withAttributes(row.open, { collapsed: null });
  return true;
}

/** A new empty row. */
export const newRow = (r: number, prefix: string): Row => ({
  r,
  open: `<${prefix}row r="${r}">`,
  cells: new Map(),
  extra: '',
  style: null,
});

/** The row's XML, cells in column order. */
export function joinRow(row: Row, prefix: string): string {
  const parts: string[] = [row.open];
  let last = 0;
  let sorted = true;
  for (const [c, xml] of row.cells) {
    if (c < last) sorted = false;
    last = c;
    parts.push(xml);
  }
  if (!sorted) {
    parts.length = 1;
    for (const c of [...row.cells.keys()].sort((a, b) => a - b)) parts.push(row.cells.get(c) ?? '');
  }
  parts.push(row.extra, `</${prefix}row>`);
  return parts.join('');
}

/** Whether a row's open tag holds nothing but its number and layout hints (spans, dyDescent). */
export const isPlainRow = (open: string): boolean =>
  [...open.matchAll(/\s([\w:.-]+)\s*=/g)].every((m) => /^(?:r|spans|(?:\w+:)?dyDescent)$/.test(m[1] ?? ''));
