/** keepTableLook: the user's look of a table made again (its style, filter buttons, alt text); what went, reported. */
import { keepTableLook } from '../../../../src/workbook/xlsx/write/tableLook';
import { newTableXml } from '../../../../src/workbook/xlsx/write/tableXml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const FRESH = newTableXml(3, 'tblX', 'A1:B4', [{ name: 'A' }, { name: 'B' }]);

describe('keepTableLook', () => {
  it('takes the style of a table whose tags carry a prefix, without the prefix (the new part has none)', () => {
    const old =
      `<x:table xmlns:x="${MAIN}" id="3" name="tblX" displayName="tblX" ref="A1:B9"><x:autoFilter ref="A1:B9"/>` +
      '<x:tableColumns count="2"><x:tableColumn id="1" name="A"/><x:tableColumn id="2" name="B"/></x:tableColumns>' +
      '<x:tableStyleInfo name="TableStyleDark1" showRowStripes="0"/></x:table>';
    const look = keepTableLook(old, FRESH);
    expect(look.xml).toContain('<tableStyleInfo name="TableStyleDark1" showRowStripes="0"/></table>');
    expect(look.xml).toContain('<autoFilter ref="A1:B4"/>');
    expect([look.filterDropped, look.totalsDropped]).toEqual([false, false]);
  });

  it('leaves out an extLst whose prefix is declared only on the old root (it would not stand under the new one)', () => {
    const old =
      `<table xmlns="${MAIN}" xmlns:x14="${X14}" id="3" name="tblX" displayName="tblX" ref="A1:B9" totalsRowCount="1">` +
      '<autoFilter ref="A1:B8"/><sortState ref="A2:B8"><sortCondition ref="A2:A8"/></sortState>' +
      '<tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns>' +
      '<extLst><ext uri="{504A1905-F514-4f6f-8877-14C23A59335A}"><x14:table altText="x"/></ext></extLst></table>';
    const look = keepTableLook(old, FRESH);
    expect(look.xml).not.toContain('extLst');
    // No tableStyleInfo in the old part: the product's stays. A sort is the old rows' order: reported with the totals row.
    expect(look.xml).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect([look.filterDropped, look.totalsDropped]).toEqual([true, true]);
  });

  it('a table without a header row has no filter buttons to keep off: the new part keeps its autoFilter', () => {
    const old = `<table xmlns="${MAIN}" id="3" name="tblX" displayName="tblX" ref="A1:B9" headerRowCount="0"><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`;
    expect(keepTableLook(old, FRESH).xml).toContain('<autoFilter ref="A1:B4"/>');
  });

  it('gives each column the id its name had (a table slicer names its column by id), a new one the next free', () => {
    // Old: ID 1, Seksjon 2, Status 22 (added by the user after Kommentar, 21); the new part puts them in another order.
    const old =
      `<table xmlns="${MAIN}" id="6" name="tblX" displayName="tblX" ref="A1:D9"><autoFilter ref="A1:D9"/><tableColumns count="4">` +
      '<tableColumn id="1" name="ID"/><tableColumn id="2" name="Seksjon"/><tableColumn id="21" name="Kommentar"/><tableColumn id="22" name="Status"/>' +
      '</tableColumns></table>';
    const fresh = newTableXml(
      6,
      'tblX',
      'A1:E4',
      ['ID', 'Status', 'seksjon', 'Ny', 'Kommentar'].map((name) => ({ name })),
    );
    const ids = [...keepTableLook(old, fresh).xml.matchAll(/<tableColumn id="(\d+)" name="([^"]+)"/g)].map(
      (m) => `${m[2]}=${m[1]}`,
    );
    // Ny is new: one above the highest old id, 22.
    expect(ids).toEqual(['ID=1', 'Status=22', 'seksjon=2', 'Ny=23', 'Kommentar=21']);
  });

  it('a Total Row made again keeps what it was of each column, a custom formula after a calculated column’s', () => {
    const old =
      `<table xmlns="${MAIN}" id="3" name="tblX" displayName="tblX" ref="A1:B9" totalsRowCount="1" totalsRowDxfId="4">` +
      '<autoFilter ref="A1:B8"/><tableColumns count="2"><tableColumn id="1" name="A" totalsRowLabel="Summer"/>' +
      '<tableColumn id="2" name="B" totalsRowFunction="custom"><totalsRowFormula>SUBTOTAL(109,tblX[B])*2</totalsRowFormula>' +
      '</tableColumn></tableColumns></table>';
    const fresh = newTableXml(
      3,
      'tblX',
      'A1:B4',
      [{ name: 'A' }, { name: 'B', formula: 'tblX[[#This Row],[A]]' }],
      true,
    );
    const look = keepTableLook(old, fresh);
    expect(look.xml).toContain('ref="A1:B5" totalsRowCount="1" totalsRowDxfId="4"><autoFilter ref="A1:B4"/>');
    expect(look.xml).toContain('<tableColumn id="1" name="A" totalsRowLabel="Summer"/>');
    expect(look.xml).toContain(
      '<tableColumn id="2" name="B" totalsRowFunction="custom"><calculatedColumnFormula>tblX[[#This Row],[A]]' +
        '</calculatedColumnFormula><totalsRowFormula>SUBTOTAL(109,tblX[B])*2</totalsRowFormula></tableColumn>',
    );
    expect([look.filterDropped, look.totalsDropped]).toEqual([false, false]);
  });
});
