import { inlineText } from '../../../../src/workbook/xlsx/write/cellXml';

describe('inlineText', () => {
  test.each([
    ['Nye midler for D-001 i 2027', '<is><t>Nye midler for D-001 i 2027</t></is>'],
    ['Drift & vedlikehold <2027>', '<is><t>Drift &amp; vedlikehold &lt;2027&gt;</t></is>'],
    [' innrykk', '<is><t xml:space="preserve"> innrykk</t></is>'],
    ['slutt ', '<is><t xml:space="preserve">slutt </t></is>'],
    ['to\nlinjer', '<is><t xml:space="preserve">to\nlinjer</t></is>'],
    ['midt i mellom', '<is><t>midt i mellom</t></is>'],
    ['a\u0001b', '<is><t>a_x0001_b</t></is>'],
    ['kode _x0041_', '<is><t>kode _x005F_x0041_</t></is>'],
    ['kode _x', '<is><t>kode _x</t></is>'],
    ['', '<is><t></t></is>'],
  ])('%j', (text, xml) => {
    expect(inlineText(text)).toBe(xml);
  });
});
