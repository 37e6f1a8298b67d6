/**
 * Where a worksheet's <sheetData> is and how its tags read, for the two hot paths over a sheet: reading
 * its cells and splitting it into rows to patch. Plain string scanning (indexOf), measured about five
 * times as fast as a general SAX parser on a 1 000-measure sheet; elements may carry a namespace prefix.
 */

export interface SheetDataSpan {
  /** The prefix of the worksheet's elements ("" or "x:"). */
  readonly prefix: string;
  /** Index of "<sheetData", of its content, of its close tag, and after its end. */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
}

const OPEN = /<([\w.-]+:)?sheetData(?=[\s/>])/;

/**
 * The <sheetData> element of a worksheet part; null when it has none. `cut`: the text may end inside it
 * (a part read only down to the rows needed).
 */
export function findSheetData(xml: string, cut = false): SheetDataSpan | null {
  const m = OPEN.exec(xml);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const tagEnd = xml.indexOf('>', m.index);
  if (tagEnd < 0) return null;
  if (xml.charCodeAt(tagEnd - 1) === 47 /* / */)
    return { prefix, start: m.index, contentStart: tagEnd + 1, contentEnd: tagEnd + 1, end: tagEnd + 1 };
  const close = `</${prefix}sheetData>`;
  const found = xml.indexOf(close, tagEnd);
  if (found < 0 && !cut) throw new Error('no end of <sheetData>');
  const contentEnd = found < 0 ? xml.length : found;
  return {
    prefix,
    start: m.index,
    contentStart: tagEnd + 1,
    contentEnd,
    end: found < 0 ? xml.length : contentEnd + close.length,
  };
}

/** Whether the tag at `at` ("<") is named `name` (followed by space, ">" or "/"). */
export function isTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at + 1)) return false;
  const c = xml.charCodeAt(at + 1 + name.length);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** The index after the ">" of the tag starting at `at` (quoted values may hold ">"). */
export function tagEnd(xml: string, at: number): number {
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  throw new Error('unterminated tag');
}

/** The raw value of attribute `name` in a tag's text, or undefined. */
export function tagAttr(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at + 1);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = at + name.length;
    while (tag.charCodeAt(i) === 32) i++;
    if (tag.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (tag.charCodeAt(i) === 32) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    return close < 0 ? undefined : tag.slice(i + 1, close);
  }
}

/** 1-based column of the letters at the start of a cell reference ("AB12" → 28); 0 when none. */
export function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36 /* $ */) break;
  }
  return n;
}

/** The 1-based row of a cell reference ("AB12" → 12); 0 when none. */
export function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && !(ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57)) i++;
  const n = Number(ref.slice(i));
  return Number.isInteger(n) ? n : 0;
}
