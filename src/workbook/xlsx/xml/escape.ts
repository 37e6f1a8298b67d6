/** XML text and attribute escaping, and the `_xHHHH_` escapes SpreadsheetML uses for control characters. */

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

/** Escapes text for element content and (double-quoted) attribute values; line breaks in attributes survive. */
export function encodeXml(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`,
  );
}

/** Escapes text for element content: line breaks and tabs stay as they are. */
export function encodeText(s: string): string {
  if (!/[&<>]/.test(s)) return s;
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** `_x000D_` and friends (how Excel stores characters XML cannot hold) back to characters. */
export function decodeExcelEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether a character code cannot stand in XML 1.0 text (control characters other than tab and line breaks). */
const unstorable = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;

/** Characters XML 1.0 cannot hold (and a literal "_xHHHH_") written as Excel does. */
export function encodeExcelEscapes(s: string): string {
  // One scan in the regular expression engine: a write escapes every text cell (measured: a character loop here
  // was a fifth of making Avstemming's cells).
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|_x/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (unstorable(code)) out += `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    else if (code === 0x5f && /^x[0-9A-Fa-f]{4}_/.test(s.slice(i + 1, i + 7))) out += '_x005F_';
    else out += s[i];
  }
  return out;
}
