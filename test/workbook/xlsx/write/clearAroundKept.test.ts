/**
 * A clear around her kept cells (clearOwnedRange `keep`): the pieces of the box around them (piecesAround), and the
 * merges and drop-downs taken off all the pieces at once (clearMerges, clearValidation over a list of boxes), as
 * clearing the pieces one after the other takes them. The box A1:L6; kept: C2, D2, E2 (her merge D2:E2) and C4.
 */
import { parseA1 } from '../../../../src/domain';
import { clearAround, piecesAround } from '../../../../src/workbook/clearAround';
import { clearMerges } from '../../../../src/workbook/xlsx/write/sheetParts';
import { clearValidation } from '../../../../src/workbook/xlsx/write/validations';
import { boxText } from '../../../../src/workbook/xlsx/write/ranges';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

const BOX = { top: 1, left: 1, bottom: 6, right: 12 };
const KEEP = ['C2', 'E2', 'D2', 'C4'].map(parseA1);

const rule = (sqref: string, f: string) =>
  `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>${f}</formula1></dataValidation>`;
const x14Rule = (sqref: string) =>
  `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>lst</xm:f></x14:formula1>` +
  `<xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;
const ext = (rules: string) =>
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations ` +
  `xmlns:xm="${XM}" count="1">${rules}</x14:dataValidations></ext></extLst>`;

const skeleton = (merges: string, rules: string, x14: string) =>
  `<worksheet xmlns="${MAIN}"><sheetData/>${merges}${rules}` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${x14}</worksheet>`;

const BEFORE = skeleton(
  '<mergeCells count="4"><mergeCell ref="A1:B1"/><mergeCell ref="D2:E2"/><mergeCell ref="A5:C6"/>' +
    '<mergeCell ref="H8:H9"/></mergeCells>',
  `<dataValidations count="3">${rule('A1:L3', 'a')}${rule('C4', 'b')}${rule('A5:A6', 'c')}</dataValidations>`,
  ext(x14Rule('B2:B3 K9')),
);

it('cuts the box into the pieces around her cells, a row with one beside it, rows without one as one band', () => {
  expect(piecesAround(BOX, KEEP).map(boxText)).toEqual(['A1:L1', 'A2:B2', 'F2:L2', 'A3:L3', 'A4:B4', 'D4:L4', 'A5:L6']);
  expect(piecesAround(BOX, []).map(boxText)).toEqual(['A1:L6']);
  // Office.js clears the same pieces, by their A1 ranges.
  expect(clearAround('A1:L6', ['C2', 'E2', 'D2', 'C4'])).toEqual([
    'A1:L1',
    'A2:B2',
    'F2:L2',
    'A3:L3',
    'A4:B4',
    'D4:L4',
    'A5:L6',
  ]);
});

it('takes off every merge and drop-down of the pieces in one pass, hers on C2:E2 and C4 and the rest outside kept', () => {
  const pieces = piecesAround(BOX, KEEP);
  // A1:B1 and A5:C6 meet a piece; her D2:E2 and H8:H9 below the box meet none.
  // A1:L3 keeps her cells C2:E2; C4 meets no piece (left as it was); A5:A6 goes; the x14 B2:B3 K9 keeps K9.
  const after = skeleton(
    '<mergeCells count="2"><mergeCell ref="D2:E2"/><mergeCell ref="H8:H9"/></mergeCells>',
    `<dataValidations count="2">${rule('C2:E2', 'a')}${rule('C4', 'b')}</dataValidations>`,
    ext(x14Rule('K9')),
  );
  expect(clearValidation(clearMerges(BEFORE, pieces), ...pieces)).toBe(after);
  // The same XML as clearing the pieces one after the other (how it was done before, a pass per piece).
  const oneByOne = pieces.reduce((xml, p) => clearValidation(clearMerges(xml, [p]), p), BEFORE);
  expect(oneByOne).toBe(after);
});

it('changes nothing for no pieces (every cell of the box kept)', () => {
  expect(clearMerges(BEFORE, [])).toBe(BEFORE);
  expect(clearValidation(BEFORE)).toBe(BEFORE);
});
