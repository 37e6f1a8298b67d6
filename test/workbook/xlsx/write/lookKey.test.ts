/**
 * A look spelled two ways is one look (lookKey.ts): the header look of the product's workbook as Excel writes it and
 * as LibreOffice writes it back (its fixture, test/fixtures/libreoffice), and a yellow fill is another look.
 */
import { alignmentKey, borderKey, fillKey, fontKey } from '../../../../src/workbook/xlsx/write/lookKey';

describe('lookKey', () => {
  it('reads a bold font the same whether written <b/> or <b val="true"/>, with or without charset', () => {
    const excel = '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
    const calc = '<font><b val="true"/><sz val="11"/><name val="Calibri"/><family val="2"/><charset val="1"/></font>';
    expect(fontKey(calc)).toBe(fontKey(excel));
    expect(fontKey('<font><b val="false"/><sz val="11"/><name val="Calibri"/></font>')).toBe(
      fontKey('<font><sz val="11"/><name val="Calibri"/></font>'),
    );
    expect(fontKey('<font><i/><sz val="11"/><name val="Calibri"/></font>')).not.toBe(fontKey(excel));
  });

  it('reads a solid fill by its colour alone, and tells yellow from blue', () => {
    const blue =
      '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>';
    const calc =
      '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor rgb="FFD9D9D9"/></patternFill></fill>';
    const yellow = '<fill><patternFill patternType="solid"><fgColor rgb="ffffff00"/></patternFill></fill>';
    expect(fillKey(calc)).toBe(fillKey(blue));
    expect(fillKey(yellow)).toBe('solid:FFFFFF00,,,');
    expect(fillKey('<fill><patternFill patternType="none"/></fill>')).toBe('none');
  });

  it('reads a border by its sides, and an alignment by what differs from the defaults', () => {
    const excel =
      '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9DB"/></bottom><diagonal/></border>';
    const calc =
      '<border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9DB"/></bottom><diagonal/></border>';
    expect(borderKey(calc)).toBe(borderKey(excel));
    expect(borderKey(excel)).toBe('///bottom:thin:FF8EA9DB,,,/');
    expect(borderKey('<border><left/><right/><top/><bottom/><diagonal/></border>')).toBe('////');
    const defaults =
      '<alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/>';
    expect(alignmentKey(defaults)).toBe('');
    expect(alignmentKey('<alignment wrapText="1" vertical="top"/>')).toBe('vertical=top,wrapText=1');
  });
});
