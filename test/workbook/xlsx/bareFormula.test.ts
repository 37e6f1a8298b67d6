import { bareFormula } from '../../../src/workbook/xlsx/structuredRefs';

describe('bareFormula', () => {
  test.each([
    ['=SUM(A1:A3)', 'SUM(A1:A3)'],
    ['  =A1', 'A1'],
    ['\u00a0=A1', 'A1'],
    ['HYPERLINK("#\'Tiltak drift\'!H2","Tiltak drift!H2")', 'HYPERLINK("#\'Tiltak drift\'!H2","Tiltak drift!H2")'],
    ['A1=B1', 'A1=B1'],
    ['', ''],
  ])('%j', (formula, bare) => {
    expect(bareFormula(formula)).toBe(bare);
  });
});
