/**
 * A small XML tag scanner for patching parts in place: it finds elements by position, so that a change
 * replaces exactly the bytes it must and everything else of the part stays as it was. It skips comments,
 * processing instructions and CDATA, and respects quoted attribute values. It does not validate (the
 * parts were parsed by saxes when read); a DOCTYPE never reaches it (see dom.ts / noDoctype).
 */
import { decodeXml } from './escape';

export interface Tag {
  readonly kind: 'open' | 'close' | 'empty';
  /** Qualified name, e.g. "sheetData" or "x:sheetData". */
  readonly name: string;
  /** Index of "<" and index after ">". */
  readonly start: number;
  readonly end: number;
}

/** An element: its open tag and the index after its end (after "/>" or its close tag). */
export interface Element {
  readonly name: string;
  readonly local: string;
  readonly start: number;
  readonly end: number;
  readonly open: Tag;
  /** Start of its close tag (= end for an empty element). */
  readonly inner: number;
}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The prefix of a qualified name with its colon ("x:" or ""). */
export const prefixOf = (name: string): string => name.slice(0, name.indexOf(':') + 1);

const skipTo = (xml: string, token: string, from: number): number => {
  const at = xml.indexOf(token, from);
  if (at < 0) throw new Error(`unterminated markup: no ${token}`);
  return at + token.length;
};

/** The next element tag at or after `from`, or null at the end. */
export function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf('<', from);
  while (i >= 0) {
    const c = xml.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', i)) i = skipTo(xml, '-->', i + 4);
      else if (xml.startsWith('<![CDATA[', i)) i = skipTo(xml, ']]>', i + 9);
      else i = skipTo(xml, '>', i + 2);
      i = xml.indexOf('<', i);
      continue;
    }
    if (c === 63 /* ? */) {
      i = xml.indexOf('<', skipTo(xml, '?>', i + 2));
      continue;
    }
    if (c === 47 /* / */) {
      const end = skipTo(xml, '>', i + 2);
      return { kind: 'close', name: xml.slice(i + 2, end - 1).trim(), start: i, end };
    }
    let j = i + 1;
    while (j < xml.length) {
      const ch = xml.charCodeAt(j);
      if (ch === 34 || ch === 39) j = skipTo(xml, ch === 34 ? '"' : "'", j + 1);
      else if (ch === 62 /* > */) break;
      else j++;
    }
    if (j >= xml.length) throw new Error('unterminated tag');
    const selfClosing = xml.charCodeAt(j - 1) === 47;
    let nameEnd = i + 1;
    for (let c = xml.charCodeAt(nameEnd); c !== 47 && c !== 62 && c !== 32 && c !== 9 && c !== 10 && c !== 13;) {
      c = xml.charCodeAt(++nameEnd);
    }
    return { kind: selfClosing ? 'empty' : 'open', name: xml.slice(i + 1, nameEnd), start: i, end: j + 1 };
  }
  return null;
}

/** The element whose open tag is `open`, with its extent. */
export function elementOf(xml: string, open: Tag): Element {
  const local = localName(open.name);
  if (open.kind === 'empty') return { name: open.name, local, start: open.start, end: open.end, open, inner: open.end };
  let depth = 1;
  let at = open.end;
  for (;;) {
    const t = nextTag(xml, at);
    if (!t) throw new Error(`no end of <${open.name}>`);
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') depth--;
    if (depth === 0) return { name: open.name, local, start: open.start, end: t.end, open, inner: t.start };
    at = t.end;
  }
}

/** The document element of a part. */
export function rootElement(xml: string): Element {
  const open = nextTag(xml, 0);
  if (!open || open.kind === 'close') throw new Error('no document element');
  return elementOf(xml, open);
}

/** The child elements of `parent`, in order. */
export function children(xml: string, parent: Element): Element[] {
  const out: Element[] = [];
  let at = parent.open.end;
  while (at < parent.inner) {
    const t = nextTag(xml, at);
    if (!t || t.start >= parent.inner || t.kind === 'close') break;
    const e = elementOf(xml, t);
    out.push(e);
    at = e.end;
  }
  return out;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of an open tag's text, values decoded. */
export function attributesOf(tagText: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tagText.slice(tagText.search(/[\s/>]/));
  for (const m of body.matchAll(ATTRIBUTE)) out.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}
