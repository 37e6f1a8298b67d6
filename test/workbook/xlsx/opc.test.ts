/**
 * The package's plumbing written with a namespace prefix (Apache POI's 58760.xlsx, rewritten by Python's
 * ElementTree: <ns0:Types xmlns:ns0="…">, <ns0:Override …/>). A content type or relationship the product adds
 * must be in the same namespace: an unprefixed <Override> there is in no namespace, and Excel refuses the file.
 */
import { DOMParser } from '@xmldom/xmldom';
import { addOverride, addRel, CONTENT_TYPE, REL } from '../../../src/workbook/xlsx/opc';
import { OpcPackage } from '../../../src/workbook/xlsx/package';

const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const TYPES =
  `<ns0:Types xmlns:ns0="${TYPES_NS}">\n` +
  '  <ns0:Default ContentType="application/xml" Extension="xml" />\n' +
  '  <ns0:Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml" />\n' +
  '</ns0:Types>\n';
const RELS =
  `<ns0:Relationships xmlns:ns0="${RELS_NS}">\n` +
  '  <ns0:Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" />\n' +
  '</ns0:Relationships>\n';

/** The local names of the document element's children in namespace `ns`. */
function childrenIn(xml: string, ns: string): string[] {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  return Array.from(root?.childNodes ?? [])
    .filter((n) => n.nodeType === 1)
    .map((n) =>
      n.namespaceURI === ns ? (n as unknown as { localName: string }).localName : `(not in ns) ${n.nodeName}`,
    );
}

describe('plumbing with a namespace prefix', () => {
  const pkg = (): OpcPackage =>
    OpcPackage.fromParts({
      '[Content_Types].xml': TYPES,
      'xl/_rels/workbook.xml.rels': RELS,
      'xl/workbook.xml': '<workbook/>',
    });

  it('adds an Override in the content types namespace', () => {
    const p = pkg();
    addOverride(p, 'xl/worksheets/sheet2.xml', CONTENT_TYPE.worksheet);
    expect(childrenIn(p.text('[Content_Types].xml'), TYPES_NS)).toEqual(['Default', 'Override', 'Override']);
  });

  it('adds a Relationship in the relationships namespace, with the next free id', () => {
    const p = pkg();
    expect(addRel(p, 'xl/workbook.xml', REL.worksheet, 'xl/worksheets/sheet2.xml')).toBe('rId2');
    expect(childrenIn(p.text('xl/_rels/workbook.xml.rels'), RELS_NS)).toEqual(['Relationship', 'Relationship']);
  });

  it('declares the rels Default in that namespace when it adds the first relationships part', () => {
    const p = pkg();
    addRel(p, 'xl/worksheets/sheet2.xml', REL.table, 'xl/tables/table1.xml');
    expect(childrenIn(p.text('[Content_Types].xml'), TYPES_NS)).toEqual(['Default', 'Override', 'Default']);
  });
});
