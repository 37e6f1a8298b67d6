/**
 * placedFormulas (read/placedFormulas.ts): the user's formulas in no cell and no workbook name, as Excel saves them.
 * On the "as Excel saves it" plan (its chart «Diagram 1» on the sheet Diagram plots 'Tiltak drift'!$H$1:$K$1 and
 * $H$2:$K$2; its data bar on Tiltak drift!M2:M12 has no formula), with a chart sheet «Kostnad» added whose drawing
 * holds a waterfall chart (chartEx, behind mc:AlternateContent) reading 'Tiltak drift'!$K$2:$K$12.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const CX = 'http://schemas.microsoft.com/office/drawing/2014/chartex';

function withChartSheet(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const sheet = 'xl/chartsheets/sheet1.xml';
  pkg.set(
    sheet,
    `<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
  );
  pkg.override(sheet, 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml');
  const rid = pkg.rel('xl/workbook.xml', `${R}/chartsheet`, 'chartsheets/sheet1.xml');
  pkg.edit('xl/workbook.xml', (x) =>
    x.replace('</sheets>', `<sheet name="Kostnad" sheetId="99" r:id="${rid}"/></sheets>`),
  );
  const drawing = 'xl/drawings/drawing9.xml';
  pkg.rel(sheet, `${R}/drawing`, '../drawings/drawing9.xml');
  pkg.set(
    drawing,
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="1" cy="1"/>` +
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">` +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex">' +
      `<cx:chart xmlns:cx="${CX}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice>` +
      '<mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Diagram 2"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp></mc:Fallback>' +
      '</mc:AlternateContent><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>',
  );
  pkg.override(drawing, 'application/vnd.openxmlformats-officedocument.drawing+xml');
  pkg.rel(drawing, 'http://schemas.microsoft.com/office/2014/relationships/chartEx', '../charts/chartEx1.xml');
  pkg.set(
    'xl/charts/chartEx1.xml',
    `<cx:chartSpace xmlns:cx="${CX}"><cx:chartData><cx:data id="0"><cx:numDim type="val">` +
      '<cx:f dir="row">&apos;Tiltak drift&apos;!$K$2:$K$12</cx:f></cx:numDim></cx:data></cx:chartData><cx:chart/></cx:chartSpace>',
  );
  pkg.override('xl/charts/chartEx1.xml', 'application/vnd.ms-office.chartex+xml');
  return pkg.bytes();
}

describe('placedFormulas', () => {
  it("reads the charts' formulas of worksheets and chart sheets, chartEx too, by chart name", async () => {
    const wb = await XlsxWorkbook.fromBuffer(withChartSheet());
    const charts = wb.placedFormulas().filter((p) => p.at.kind === 'chart');
    expect(charts).toEqual([
      { formula: "'Tiltak drift'!$H$1:$K$1", at: { kind: 'chart', sheet: 'Diagram', chart: 'Diagram 1' } },
      { formula: "'Tiltak drift'!$H$2:$K$2", at: { kind: 'chart', sheet: 'Diagram', chart: 'Diagram 1' } },
      { formula: "'Tiltak drift'!$K$2:$K$12", at: { kind: 'chart', sheet: 'Kostnad', chart: 'Diagram 2' } },
    ]);
  });

  it("reads a drop-down's formulas with its cells, and a data bar (no formula) not at all", async () => {
    const wb = await XlsxWorkbook.fromBuffer(withChartSheet());
    const placed = wb.placedFormulas();
    // tblTiltakDrift's drop-down on B2:B212 is the list lstSeksjoner (a name, read as written).
    expect(placed).toContainEqual({
      formula: 'lstSeksjoner',
      at: { kind: 'validation', sheet: 'Tiltak drift', range: 'B2:B212' },
      over: 'B2:B212',
    });
    expect(placed.filter((p) => p.at.kind === 'rule' && p.at.range === 'M2:M12')).toEqual([]);
  });
});
