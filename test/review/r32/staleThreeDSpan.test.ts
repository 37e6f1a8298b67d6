/**
 * Review r32 — severity: medium (a stale figure shown: SPEC §11, a wrong figure is worse than none). A write asks
 * Excel to recalculate on open when a formula of hers reads a block it rewrote (staleReaders.ts formulasRead). A 3D
 * reference reads every sheet standing between its two ends in the tab order, but the search finds a rewritten sheet
 * only where it is one of the ends (`Sammendrag:Notat!B1`). Her «Totalt» sheet's =SUM(Ark1:Ark3!B2) with Sammendrag
 * standing between Ark1 and Ark3 reads Sammendrag!B2; after a write that changed it, Excel (Protected View, a
 * preview, or manual calculation) shows the old total.
 *
 * Hand-computed: tab order Ark1, Sammendrag, Ark3, Totalt; Totalt!A1 = SUM(Ark1:Ark3!B2) spans Ark1, Sammendrag,
 * Ark3 → it reads Sammendrag → formulasRead(...{ sheets: ['Sammendrag'] }) is true. Today: false.
 * Control: a span not crossing it, =SUM(Ark3:Ark3!B2) → false.
 */
import { readStructure } from '../../../src/workbook/xlsx/book';
import { OpcPackage } from '../../../src/workbook/xlsx/package';
import { formulasRead } from '../../../src/workbook/xlsx/write/staleReaders';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Sheets Ark1, Sammendrag, Ark3 and Totalt (A1: `cell`, raw XML), in that tab order. */
function book(cell: string): OpcPackage {
  const sheets = ['Ark1', 'Sammendrag', 'Ark3', 'Totalt'];
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      '</Relationships>',
  };
  for (let i = 1; i <= 3; i++)
    parts[`xl/worksheets/sheet${i}.xml`] = `<worksheet xmlns="${NS}"><sheetData/></worksheet>`;
  parts['xl/worksheets/sheet4.xml'] =
    `<worksheet xmlns="${NS}"><sheetData><row r="1">${cell}</row></sheetData></worksheet>`;
  return OpcPackage.fromParts(parts);
}

const reads = (cell: string): boolean =>
  formulasRead(book(cell), readStructure(book(cell)), { sheets: ['Sammendrag'], tables: [] });

test('a 3D reference whose span holds Sammendrag between its ends reads it', () => {
  expect(reads('<c r="A1"><f>SUM(Ark1:Ark3!B2)</f><v>300</v></c>')).toBe(true);
});

test('a 3D reference not crossing Sammendrag does not read it (control)', () => {
  expect(reads('<c r="A1"><f>SUM(Ark3:Ark3!B2)</f><v>300</v></c>')).toBe(false);
});

test('a quoted 3D reference (its quotes escaped in XML) spanning Sammendrag reads it', () => {
  expect(reads('<c r="A1"><f>SUM(&apos;Ark3:Ark1&apos;!B2)</f><v>300</v></c>')).toBe(true);
});
