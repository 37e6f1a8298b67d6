import { fileCalculatedFormula, rowFormula } from '../../../src/workbook/xlsx/structuredRefs';
import { injectDefinedNames, stripDefinedNames, stripTableColumns } from '../../../src/workbook/xlsx/zipParts';

const LETTERS = new Map([
  ['2027', 'H'],
  ['2030', 'K'],
  ['Pris', 'C'],
]);

describe('structured references', () => {
  it.each([
    ['=SUM(T[@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['SUM([@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['[@Pris]*2', 'T[[#This Row],[Pris]]*2'],
    ['SUM(T[[#This Row],[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
  ])('%s is stored as %s', (ui, file) => {
    expect(fileCalculatedFormula(ui, 'T')).toBe(file);
  });

  it.each([
    ['=SUM(T[@[2027]:[2030]])', 'SUM(H5:K5)'],
    ['[@Pris]*2', 'C5*2'],
    ['[@Ukjent]', null],
    ['SUM(T[2027])', null],
  ])('%s in row 5 → %s', (f, a1) => {
    expect(rowFormula(f, 'T', 5, LETTERS)).toBe(a1);
  });
});

describe('package XML patches', () => {
  it('strips table column children, remembering calculated formulas, and keeps later columns', () => {
    const xml =
      '<table name="tbl" ref="A1:C2"><tableColumns count="3"><tableColumn id="1" name="A"/>' +
      '<tableColumn id="2" xr3:uid="{X}" name="S"><calculatedColumnFormula>SUM(tbl[[#This Row],[A]])</calculatedColumnFormula></tableColumn>' +
      '<tableColumn id="3" name="C &amp; D"/></tableColumns></table>';
    const found = new Map<string, Map<string, string>>();
    const out = stripTableColumns(xml, found);
    expect(out).toContain('<tableColumn id="2" xr3:uid="{X}" name="S"/>');
    expect(out).toContain('<tableColumn id="3" name="C &amp; D"/>');
    expect(found.get('tbl')?.get('S')).toBe('SUM(tbl[[#This Row],[A]])');
  });

  it('round-trips defined names through strip and inject', () => {
    const xml =
      '<workbook><sheets/><definedNames><definedName name="lst">tbl[A]</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;S&apos;!$A$1:$B$2</definedName></definedNames><calcPr/></workbook>';
    const { xml: bare, names } = stripDefinedNames(xml);
    expect(bare).not.toContain('definedName');
    expect(names).toEqual([
      { name: 'lst', ref: 'tbl[A]', attrs: '' },
      { name: '_xlnm.Print_Area', ref: "'S'!$A$1:$B$2", attrs: ' localSheetId="0"' },
    ]);
    const back = injectDefinedNames(bare, names);
    expect(back.indexOf('<definedNames>')).toBeLessThan(back.indexOf('<calcPr'));
    expect(stripDefinedNames(back).names).toEqual(names);
  });
});
