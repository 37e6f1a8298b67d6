/**
 * styles.xml with nothing in it, as Apache POI's 47889.xlsx holds it (`<styleSheet …/>`: an empty root, no
 * fonts, fills, borders or cell formats; Excel opens it with its defaults). Adding the product's looks must
 * give one well-formed document whose lists stand in schema order, and must not make the workbook's default
 * format (xf 0, which every cell without `s` uses) one of the product's looks.
 */
import { DOMParser, type Element as DomElement } from '@xmldom/xmldom';
import { MINIMAL_STYLES, StyleSheet } from '../../../../src/workbook/xlsx/write/styleSheet';
import { newPackage } from '../../../../src/workbook/xlsx/write/template';

const EMPTY =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xml:space="preserve"/>\n';

/** The document element, parsed strictly (any well-formedness error throws). */
function parse(xml: string): DomElement {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new Error('no document element');
  return doc.documentElement;
}

const childElements = (e: DomElement): DomElement[] =>
  Array.from(e.childNodes).filter((n): n is DomElement => n.nodeType === 1);

/** The items of a top-level list (fonts → font elements). */
const items = (root: DomElement, list: string): DomElement[] =>
  childElements(childElements(root).find((e) => e.localName === list) ?? root).filter((e) => e.localName !== list);

describe('StyleSheet on an empty <styleSheet/>', () => {
  it('writes one document root with the lists inside it, in schema order', () => {
    const styles = new StyleSheet(EMPTY);
    styles.derive(0, { look: 'header' });
    styles.derive(0, { numFmt: '# ##0' });
    const root = parse(styles.toXml());
    expect(childElements(root).map((e) => e.localName)).toEqual([
      'numFmts',
      'fonts',
      'fills',
      'borders',
      'cellStyleXfs',
      'cellXfs',
      'cellStyles',
    ]);
  });

  it("keeps Excel's defaults at index 0 (and the two fills Excel reserves), the header look after them", () => {
    const styles = new StyleSheet(EMPTY);
    // Defaults first: font 0 plain, fills 0 and 1 none and gray125, border 0 empty, xf 0 all zero. The header
    // look then adds font 1 (bold), fill 2 (solid D9E1F2), border 1 (thin bottom) and derives xf 1 from xf 0.
    expect(styles.derive(0, { look: 'header' })).toBe(1);
    const root = parse(styles.toXml());
    const fonts = items(root, 'fonts');
    expect(fonts.map((f) => childElements(f).some((c) => c.localName === 'b'))).toEqual([false, true]);
    const fills = items(root, 'fills').map((f) => childElements(f)[0]?.getAttribute('patternType'));
    expect(fills).toEqual(['none', 'gray125', 'solid']);
    const xf = (e: DomElement | undefined): string[] =>
      ['numFmtId', 'fontId', 'fillId', 'borderId'].map((a) => e?.getAttribute(a) ?? '');
    const xfs = items(root, 'cellXfs');
    expect(xfs.map(xf)).toEqual([
      ['0', '0', '0', '0'],
      ['0', '1', '2', '1'],
    ]);
    const count = (list: string): string | null | undefined =>
      childElements(root)
        .find((e) => e.localName === list)
        ?.getAttribute('count');
    expect([count('fonts'), count('fills'), count('borders'), count('cellXfs')]).toEqual(['2', '3', '2', '2']);
  });

  it('counts as changed only once a look is added, and not again after it is written', () => {
    const styles = new StyleSheet(EMPTY);
    expect(styles.changed).toBe(false); // the defaults alone are no reason to rewrite the part
    styles.derive(0, { look: 'note' });
    expect(styles.changed).toBe(true);
    styles.toXml();
    expect(styles.changed).toBe(false);
  });
});

describe("a new package's styles.xml", () => {
  const NO_LISTS =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

  it('is the defaults StyleSheet puts into a part without lists (one truth, written out once)', () => {
    expect(newPackage().text('xl/styles.xml')).toBe(MINIMAL_STYLES);
    expect(new StyleSheet(NO_LISTS).toXml()).toBe(MINIMAL_STYLES);
  });

  it("holds Excel's defaults: one font, fills none and gray125, one border, the Normal style and its xf", () => {
    const root = parse(MINIMAL_STYLES);
    const count = (list: string): string | null | undefined =>
      childElements(root)
        .find((e) => e.localName === list)
        ?.getAttribute('count');
    const lists = ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles'];
    expect(childElements(root).map((e) => e.localName)).toEqual(lists);
    expect(lists.map(count)).toEqual(['1', '2', '1', '1', '1', '1']);
    const font = childElements(items(root, 'fonts')[0] as DomElement).map(
      (e) => `${e.localName}=${e.getAttribute('val')}`,
    );
    expect(font).toEqual(['sz=11', 'name=Calibri', 'family=2']);
    expect(items(root, 'fills').map((f) => childElements(f)[0]?.getAttribute('patternType'))).toEqual([
      'none',
      'gray125',
    ]);
    expect(items(root, 'cellStyles')[0]?.getAttribute('name')).toBe('Normal');
  });
});
