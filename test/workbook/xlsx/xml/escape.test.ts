import { decodeExcelEscapes, encodeExcelEscapes, encodeText } from '../../../../src/workbook/xlsx/xml/escape';

describe('text as a cell stores it', () => {
  it.each([
    ['plain Norwegian text stays', 'Miljøteam – 5 årsverk', 'Miljøteam – 5 årsverk'],
    ['tab and line breaks stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['a control character becomes _xHHHH_', 'a\u0001b\u001fc', 'a_x0001_b_x001F_c'],
    ['U+FFFF cannot be stored', 'x\uffffy', 'x_xFFFF_y'],
    ['a literal _xHHHH_ has its underscore escaped', 'kode_x0041_', 'kode_x005F_x0041_'],
    ['_x without four hex digits stays', 'max_x1', 'max_x1'],
  ])('%s', (_name, text, stored) => {
    expect(encodeExcelEscapes(text)).toBe(stored);
    expect(decodeExcelEscapes(stored)).toBe(text);
  });

  it('escapes &, < and > in element text, and nothing else', () => {
    expect(encodeText('A & B <C> "d"')).toBe('A &amp; B &lt;C&gt; "d"');
    expect(encodeText('Åpen')).toBe('Åpen');
  });
});
