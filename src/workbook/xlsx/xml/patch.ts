/** Rewriting parts of an XML string by position, so that the bytes around a change stay as they were. */
import { encodeXml } from './escape';
import { children, type Element } from './tags';

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies splices that do not overlap (in any order). */
export function splice(xml: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

const ATTRIBUTE = /(\s+)([^\s=/>]+)(\s*=\s*)(?:"[^"]*"|'[^']*')/g;

/**
 * An open (or empty) tag's text with attributes set (a string value) or removed (null); the others keep
 * their bytes. New attributes go at the end, in the order given.
 */
export function withAttributes(tagText: string, changes: Readonly<Record<string, string | null>>): string {
  const pending = new Map(Object.entries(changes));
  const kept = tagText.replace(ATTRIBUTE, (whole, space: string, name: string, eq: string) => {
    if (!pending.has(name)) return whole;
    const value = pending.get(name);
    pending.delete(name);
    return value === null || value === undefined ? '' : `${space}${name}${eq}"${encodeXml(value)}"`;
  });
  const added = [...pending]
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([name, value]) => ` ${name}="${encodeXml(value)}"`)
    .join('');
  const close = kept.endsWith('/>') ? kept.length - 2 : kept.length - 1;
  return `${kept.slice(0, close).replace(/\s+$/, '')}${added}${kept.slice(close)}`;
}

/**
 * Where to insert a new child into `parent` so that the children keep the schema's order: after the last
 * child whose name comes before `local` in `order`, else right after the open tag.
 */
export function insertionPoint(xml: string, parent: Element, local: string, order: readonly string[]): number {
  const rank = order.indexOf(local);
  let at = parent.open.end;
  for (const c of children(xml, parent)) {
    const r = order.indexOf(c.local);
    if (r >= 0 && r < rank) at = c.end;
    else if (r > rank) break;
  }
  return at;
}

/** `<prefix:name attrs/>` text, attribute values escaped. */
export function emptyTag(name: string, attrs: Readonly<Record<string, string | number>>): string {
  return `<${name}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${encodeXml(String(v))}"`)
    .join('')}/>`;
}
