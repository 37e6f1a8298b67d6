import { fileCalculatedFormula } from '../../../src/workbook/xlsx/structuredRefs';

describe('structured references', () => {
  it.each([
    ['=SUM(T[@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['SUM([@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['[@Pris]*2', 'T[[#This Row],[Pris]]*2'],
    ['SUM(T[[#This Row],[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['=SUM(H2:K2)', 'SUM(H2:K2)'],
    // Text in quotes is not a reference; another table's reference keeps its name; "[@]" is the whole row.
    ['IF([@Pris]>0,"[@x]","")', 'IF(T[[#This Row],[Pris]]>0,"[@x]","")'],
    ['U[@Pris]+[@Pris]', 'U[[#This Row],[Pris]]+T[[#This Row],[Pris]]'],
    ['COUNTA(T[@])', 'COUNTA(T[#This Row])'],
  ])('%s is stored as %s', (ui, file) => {
    expect(fileCalculatedFormula(ui, 'T')).toBe(file);
  });
});
