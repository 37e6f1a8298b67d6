/**
 * XlsxWorkbook.cellAnchors: the cells of a sheet that carry a hyperlink (in the sheet), a note (legacy comments
 * part) or a threaded comment (its own part) — a cell with both a note and its thread once.
 */
import { buildNewWorkbook, newContent } from '../../../../src/cli/commands/new';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';

it('reads the hyperlinks, notes and threaded comments of one sheet, by cell', async () => {
  const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: 'kr', example: true }));
  const pkg = new FixturePkg(await wb.toBuffer());
  const part = pkg.sheetPart('Tiltak drift');
  pkg.set(
    'xl/comments1.xml',
    `${XML}<comments xmlns="${MAIN}"><authors><author>Kari</author></authors><commentList>` +
      `<comment ref="W2" authorId="0"><text><t>a</t></text></comment><comment ref="X3" authorId="0"><text><t>b</t></text></comment>` +
      `</commentList></comments>`,
  );
  pkg.override('xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  pkg.rel(part, `${R}/comments`, '../comments1.xml');
  pkg.set(
    'xl/threadedComments/threadedComment1.xml',
    `${XML}<ThreadedComments xmlns="${TC}"><threadedComment ref="X3" dT="2026-11-02T09:14:00.00" personId="{0}" id="{1}"><text>b</text></threadedComment>` +
      `<threadedComment ref="Y4" dT="2026-11-02T09:14:00.00" personId="{0}" id="{2}"><text>c</text></threadedComment></ThreadedComments>`,
  );
  pkg.override('xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  pkg.rel(
    part,
    'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
    '../threadedComments/threadedComment1.xml',
  );
  pkg.insertInSheet(part, `<hyperlinks><hyperlink ref="V5" location="'Tiltak drift'!A1"/></hyperlinks>`, [
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'drawing',
    'legacyDrawing',
    'tableParts',
    'extLst',
  ]);
  const read = await XlsxWorkbook.fromBuffer(pkg.bytes());
  expect(read.cellAnchors('tiltak drift')).toEqual([
    { ref: 'V5', kind: 'hyperlink' },
    { ref: 'W2', kind: 'note' },
    { ref: 'X3', kind: 'note' },
    { ref: 'Y4', kind: 'note' },
  ]);
  expect(read.cellAnchors('Sammendrag')).toEqual([]);
  expect(read.cellAnchors('Finnes ikke')).toEqual([]);
});
