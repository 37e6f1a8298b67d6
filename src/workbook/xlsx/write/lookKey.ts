/**
 * What a cell format looks like, as text that is the same for the same look however a program spelled it: Excel
 * writes `<b/>`, LibreOffice `<b val="true"/>`, a solid fill's background colour or a border's unused diagonal
 * flags show nothing, and an alignment's defaults (general, bottom, no wrap) are no look. Compared by lostLooks.ts.
 */
import { attributesOf } from '../xml/tags';

const ELEMENT = /<(?:[\w.-]+:)?(\w+)\b([^>]*?)\/?>/g;

/** The leaf elements of a part of styles.xml: local name → its attributes. */
function leaves(xml: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of xml.matchAll(ELEMENT))
    if (!out.has(m[1] ?? '')) out.set(m[1] ?? '', attributesOf(`<x${m[2] ?? ''}>`));
  return out;
}

const on = (v: string | undefined): boolean => v === undefined || v === '1' || v === 'true';

const colour = (a: Map<string, string> | undefined): string =>
  a ? ['rgb', 'theme', 'indexed', 'tint'].map((k) => a.get(k)?.toUpperCase() ?? '').join(',') : '';

/** A font: its flags, size, colour and name (family, charset and scheme show nothing more). */
export function fontKey(xml: string): string {
  const e = leaves(xml);
  const flags = ['b', 'i', 'strike', 'u', 'vertAlign'].map((k) => (e.has(k) && on(e.get(k)?.get('val')) ? k : ''));
  return [...flags, e.get('sz')?.get('val') ?? '', colour(e.get('color')), e.get('name')?.get('val') ?? ''].join('/');
}

/** A fill: none, a solid colour (its foreground), or a pattern with both colours. */
export function fillKey(xml: string): string {
  const e = leaves(xml);
  const type = e.get('patternFill')?.get('patternType') ?? (e.has('gradientFill') ? 'gradient' : 'none');
  if (type === 'none' || type === 'gray125') return type;
  if (type === 'solid') return `solid:${colour(e.get('fgColor'))}`;
  return `${type}:${colour(e.get('fgColor'))}:${colour(e.get('bgColor'))}:${xml.includes('gradientFill') ? xml : ''}`;
}

/** A border: each side's style and colour. */
export function borderKey(xml: string): string {
  return ['left', 'right', 'top', 'bottom', 'diagonal']
    .map((side) => {
      const m = new RegExp(`<(?:[\\w.-]+:)?${side}\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${side}>)`).exec(xml);
      const style = m ? (attributesOf(`<x${m[1] ?? ''}>`).get('style') ?? 'none') : 'none';
      return style === 'none' ? '' : `${side}:${style}:${colour(leaves(m?.[3] ?? '').get('color'))}`;
    })
    .join('/');
}

const ALIGNMENT_DEFAULTS: Readonly<Record<string, string>> = {
  horizontal: 'general',
  vertical: 'bottom',
  textRotation: '0',
  wrapText: '0',
  indent: '0',
  shrinkToFit: '0',
  relativeIndent: '0',
  justifyLastLine: '0',
  readingOrder: '0',
};

/** An alignment: the attributes that differ from Excel's defaults. */
export function alignmentKey(tag: string): string {
  return [...attributesOf(tag)]
    .map(([k, v]): [string, string] => [k, v === 'true' ? '1' : v === 'false' ? '0' : v])
    .filter(([k, v]) => ALIGNMENT_DEFAULTS[k] !== v)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
}
