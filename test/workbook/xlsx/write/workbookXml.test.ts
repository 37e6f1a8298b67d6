import { setDefinedName } from '../../../../src/workbook/xlsx/write/workbookXml';

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
