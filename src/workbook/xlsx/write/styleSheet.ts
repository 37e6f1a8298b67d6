/**
 * styles.xml opened for adding the styles the product writes: cell formats (xf) derived from a cell's
 * current one with another number format or a product look. Existing fonts, fills, borders, formats and
 * xfs keep their index (only appended to); a font is written whole, from the workbook's default font
 * (name, size, family, scheme), so that a product cell looks like the rest of the workbook.
 */
import type { CellStyle } from '../../../domain';
import { builtInFormat } from '../read/numberFormats';
import { encodeXml } from '../xml/escape';
import { withAttributes } from '../xml/patch';
import { attributesOf, children } from '../xml/tags';
import { alignmentKey, borderKey, fillKey, fontKey } from './lookKey';
import { LOOKS, type Look } from './looks';
import { rootPrefix, setTopChild, topChild } from './skeleton';

const STYLES_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

/**
 * What Excel takes for a list styles.xml leaves out (or empty): its default font, the two fills it reserves,
 * an empty border, and the Normal cell format with its style. Written first, so that xf 0 (every cell
 * without `s`) stays the default and the product's looks come after.
 */
const DEFAULTS: Readonly<Record<string, (p: string) => string[]>> = {
  fonts: (p) => [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`],
  fills: (p) => [
    `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
    `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
  ],
  borders: (p) => [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
  cellStyleXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
  cellXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
  cellStyles: (p) => [`<${p}cellStyle name="Normal" xfId="0" builtinId="0"/>`],
};

export type StyleChange = { readonly numFmt: string } | { readonly look: CellStyle };

interface List {
  readonly local: string;
  readonly items: string[];
  /** How many of the items the part holds already. */
  written: number;
  /** How many items there were before the product added any (the part's, or the defaults put in for none). */
  readonly base: number;
}

export class StyleSheet {
  private xml: string;
  private readonly p: string;
  private readonly lists = new Map<string, List>();
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private readonly newFormats: string[] = [];
  /** Derived xfs by change, then by base xf (a check --write restyles tens of thousands of cells). */
  private readonly memo = new Map<string, Map<number, number>>();
  /** lookKey per xf: xfs, fonts, fills and borders are only ever appended, so an xf's look never changes. */
  private readonly looks = new Map<number, string>();

  constructor(xml: string) {
    this.xml = xml;
    this.p = rootPrefix(xml);
    const itemsOf = (local: string): string[] => {
      const e = topChild(xml, local);
      return e ? children(xml, e).map((c) => xml.slice(c.start, c.end)) : [];
    };
    const noFormats = itemsOf('cellXfs').length === 0;
    // A Normal style for the default format only when the part has no formats at all (then it has none).
    const lists = noFormats
      ? ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']
      : ['fonts', 'fills', 'borders', 'cellXfs'];
    for (const local of lists) {
      const items = itemsOf(local);
      const written = items.length;
      if (written === 0) items.push(...(DEFAULTS[local]?.(this.p) ?? []));
      this.lists.set(local, { local, items, written, base: items.length });
    }
    const numFmts = topChild(xml, 'numFmts');
    for (const n of numFmts ? children(xml, numFmts) : []) {
      const a = attributesOf(xml.slice(n.start, n.end));
      const id = Number(a.get('numFmtId'));
      this.formats.set(a.get('formatCode') ?? '', id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
  }

  /** Whether anything was added since the part was last written (defaults put in for a missing list are not). */
  get changed(): boolean {
    return (
      this.newFormats.length > 0 || [...this.lists.values()].some((l) => l.items.length > Math.max(l.written, l.base))
    );
  }

  private list(local: string): string[] {
    return this.lists.get(local)?.items ?? [];
  }

  /** The index of `item` in a list, appended when it is not there yet. */
  private indexIn(local: string, item: string): number {
    const items = this.list(local);
    const at = items.indexOf(item);
    if (at >= 0) return at;
    items.push(item);
    return items.length - 1;
  }

  /** The id of a number format code (built-in, declared, or declared now). */
  private formatId(code: string): number {
    if (code.toLowerCase() === 'general') return 0;
    for (let id = 1; id < 164; id++) if (builtInFormat(id) === code) return id;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.newFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
    return id;
  }

  /** The workbook's default font with a look's changes, whole. */
  private fontOf(look: NonNullable<Look['font']>): string {
    const p = this.p;
    const base = this.list('fonts')[0] ?? '';
    const parts = new Map<string, string>();
    for (const m of base.matchAll(/<(?:[\w.-]+:)?(\w+)(?:\s[^>]*)?\/>/g)) parts.set(m[1] ?? '', m[0]);
    parts.delete('b');
    parts.delete('i');
    if (!parts.has('name')) parts.set('name', `<${p}name val="Calibri"/>`);
    if (!parts.has('sz') || look.size !== undefined) parts.set('sz', `<${p}sz val="${look.size ?? 11}"/>`);
    if (look.bold) parts.set('b', `<${p}b/>`);
    if (look.italic) parts.set('i', `<${p}i/>`);
    if (look.color) parts.set('color', `<${p}color rgb="${look.color}"/>`);
    return `<${p}font>${FONT_ORDER.map((k) => parts.get(k) ?? '').join('')}</${p}font>`;
  }

  /** What a cell of xf `index` looks like but for its number format: its font, fill, border and alignment (lookKey.ts). */
  lookKey(index: number): string {
    let key = this.looks.get(index);
    if (key === undefined) this.looks.set(index, (key = this.computeLookKey(index)));
    return key;
  }

  private computeLookKey(index: number): string {
    const xfs = this.list('cellXfs');
    const xf = xfs[index] ?? xfs[0] ?? '';
    const a = attributesOf(xf.slice(0, xf.indexOf('>') + 1));
    const item = (local: string, id: string) => this.list(local)[Number(a.get(id) ?? 0)] ?? '';
    const alignment = alignmentKey(/<(?:[\w.-]+:)?alignment\b[^>]*>/.exec(xf)?.[0] ?? '<alignment/>');
    const font = fontKey(item('fonts', 'fontId'));
    return [font, fillKey(item('fills', 'fillId')), borderKey(item('borders', 'borderId')), alignment].join('|');
  }

  /** The xf of `base` changed; returns its index (an identical existing xf is reused). */
  derive(base: number, change: StyleChange): number {
    const key = 'numFmt' in change ? `f:${change.numFmt}` : `l:${change.look}`;
    let byBase = this.memo.get(key);
    if (!byBase) this.memo.set(key, (byBase = new Map()));
    const memo = byBase.get(base);
    if (memo !== undefined) return memo;
    const p = this.p;
    const xfs = this.list('cellXfs');
    const from = xfs[base] ?? xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const attrs: Record<string, string> = {};
    if ('numFmt' in change) {
      attrs.numFmtId = String(this.formatId(change.numFmt));
      attrs.applyNumberFormat = '1';
    } else {
      const look = LOOKS[change.look];
      if (look.font)
        Object.assign(attrs, { fontId: String(this.indexIn('fonts', this.fontOf(look.font))), applyFont: '1' });
      if (look.fill) {
        const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${look.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
        Object.assign(attrs, { fillId: String(this.indexIn('fills', fill)), applyFill: '1' });
      }
      if (look.bottomBorder) {
        const { style, color } = look.bottomBorder;
        const border = `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom style="${style}"><${p}color rgb="${color}"/></${p}bottom><${p}diagonal/></${p}border>`;
        Object.assign(attrs, { borderId: String(this.indexIn('borders', border)), applyBorder: '1' });
      }
    }
    const end = from.indexOf('>') + 1;
    const index = this.indexIn('cellXfs', withAttributes(from.slice(0, end), attrs) + from.slice(end));
    byBase.set(base, index);
    return index;
  }

  /** A list element with items appended, its open tag (and count) kept. */
  private appended(xml: string, local: string, added: readonly string[]): string {
    const p = this.p;
    const e = topChild(xml, local);
    if (!e)
      return setTopChild(
        xml,
        local,
        `<${p}${local} count="${added.length}">${added.join('')}</${p}${local}>`,
        STYLES_ORDER,
      );
    const count = children(xml, e).length + added.length;
    const open = withAttributes(xml.slice(e.open.start, e.open.end), { count: String(count) });
    const start = e.open.kind === 'empty' ? `${open.slice(0, -2).trimEnd()}>` : open;
    const text = `${start}${xml.slice(e.open.end, e.inner)}${added.join('')}</${e.name}>`;
    return setTopChild(xml, local, text, STYLES_ORDER);
  }

  /** styles.xml with what was added. */
  toXml(): string {
    let xml = this.xml;
    if (this.newFormats.length > 0) xml = this.appended(xml, 'numFmts', this.newFormats.splice(0));
    for (const l of this.lists.values()) {
      if (l.items.length === l.written) continue;
      xml = this.appended(xml, l.local, l.items.slice(l.written));
      l.written = l.items.length;
    }
    this.xml = xml;
    return xml;
  }
}

/**
 * styles.xml for a package that has none (a new workbook, or one whose package lacks the part): the
 * defaults above written into an empty root, so a new part and a part without lists get the same ones.
 */
export const MINIMAL_STYLES = new StyleSheet(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
).toXml();
