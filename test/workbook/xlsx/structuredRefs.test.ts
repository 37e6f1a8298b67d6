import { fileCalculatedFormula } from '../../../src/workbook/xlsx/structuredRefs';

describe('structured references', () => {
  it.each([
    ['=SUM(T[@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['SUM([@[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['[@Pris]*2', 'T[[#This Row],[Pris]]*2'],
    ['SUM(T[[#This Row],[2027]:[2030]])', 'SUM(T[[#This Row],[2027]:[2030]])'],
    ['=SUM(H2:K2)', 'SUM(H2:K2)'],
  ])('%s is stored as %s', (ui, file) => {
    expect(fileCalculatedFormula(ui, 'T')).toBe(file);
  });
});
