import { DOMParser } from '@xmldom/xmldom';
import { addSheet, setDefinedName } from '../../../../src/workbook/xlsx/write/workbookXml';

const book = (names: string): string =>
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/>' +
  `<definedNames>${names}</definedNames><calcPr/></workbook>`;

// How LibreOffice writes every name it saves (all four attributes at their defaults).
const LIBREOFFICE =
  '<definedName function="false" hidden="false" name="omrSammendrag" vbProcedure="false">Sammendrag!$A$1:$L$65</definedName>';

describe('setDefinedName', () => {
  it('changes only the formula of a name that exists, keeping its attributes', () => {
    const xml = book(`${LIBREOFFICE}<definedName name="Mine">Ark!$A$1</definedName>`);
    expect(setDefinedName(xml, 'omrSammendrag', 'Sammendrag!$A$1:$L$70')).toBe(
      book(
        '<definedName function="false" hidden="false" name="omrSammendrag" vbProcedure="false">Sammendrag!$A$1:$L$70</definedName>' +
          '<definedName name="Mine">Ark!$A$1</definedName>',
      ),
    );
  });

  it('leaves a name that already says the same byte for byte', () => {
    const xml = book(LIBREOFFICE);
    expect(setDefinedName(xml, 'OMRSAMMENDRAG', '=Sammendrag!$A$1:$L$65')).toBe(xml);
  });

  it('keeps a comment and hidden flag the user gave the name, and replaces a #REF! left by a deleted sheet', () => {
    const xml = book('<definedName name="omrSammendrag" comment="Utskrift &amp; møte" hidden="1">#REF!</definedName>');
    expect(setDefinedName(xml, 'omrSammendrag', "'Sum & rest'!$A$1")).toBe(
      book(
        '<definedName name="omrSammendrag" comment="Utskrift &amp; møte" hidden="1">\'Sum &amp; rest\'!$A$1</definedName>',
      ),
    );
  });

  it('does not touch a sheet-scoped name of the same name, and adds the workbook one after the others', () => {
    const local = '<definedName name="omrSammendrag" localSheetId="0">Ark!$A$1</definedName>';
    expect(setDefinedName(book(local), 'omrSammendrag', 'Sammendrag!$A$1')).toBe(
      book(`${local}<definedName name="omrSammendrag">Sammendrag!$A$1</definedName>`),
    );
  });

  it('makes the list when the workbook has none', () => {
    const xml = '<workbook><sheets/><calcPr/></workbook>';
    expect(setDefinedName(xml, 'lstSeksjoner', 'tblSeksjoner[Seksjon]')).toBe(
      '<workbook><sheets/><definedNames><definedName name="lstSeksjoner">tblSeksjoner[Seksjon]</definedName></definedNames><calcPr/></workbook>',
    );
  });
});

// workbook.xml as Apache POI's 59021.xlsx holds it (written by the Open XML SDK): the relationships prefix is
// declared on the one <x:sheet> that uses it, not on the document element.
const SDK_BOOK =
  '<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:sheets><x:sheet name="ERIS Rates &amp; Codes" sheetId="1" r:id="rId1" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" /></x:sheets></x:workbook>';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('addSheet', () => {
  it('binds the relationships prefix of a new sheet when the document element does not', () => {
    const xml = addSheet(SDK_BOOK, 'Sammendrag', 'rId7');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => void (level !== 'warning' && errors.push(message)),
    }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    const sheets = Array.from(
      doc.getElementsByTagNameNS('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'sheet'),
    );
    // The user's sheet keeps its id; the new one is sheetId 2 (1 + the largest) with its id in that namespace.
    expect(
      sheets.map((s) => [s.getAttribute('name'), s.getAttribute('sheetId'), s.getAttributeNS(RELATIONSHIPS, 'id')]),
    ).toEqual([
      ['ERIS Rates & Codes', '1', 'rId1'],
      ['Sammendrag', '2', 'rId7'],
    ]);
    expect(xml.startsWith(SDK_BOOK.slice(0, SDK_BOOK.indexOf('</x:sheets>')))).toBe(true);
  });

  it('uses the prefix the document element declares, without declaring it again', () => {
    const book = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${RELATIONSHIPS}"><sheets/></workbook>`;
    expect(addSheet(book, 'Ny', 'rId2')).toBe(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${RELATIONSHIPS}"><sheets><sheet name="Ny" sheetId="1" rel:id="rId2"/></sheets></workbook>`,
    );
  });
});
