/**
 * A table part's calculated-column formula set on one column (tableXml.ts calculatedColumnXml, repair's Sum periode of
 * year runs): the one there rewritten, one added to a column that had none, the rest of the part as it was.
 */
import { calculatedColumnXml } from '../../../../src/workbook/xlsx/write/tableXml';

const part = (columns: string, p = '') =>
  `<?xml version="1.0"?>\n<${p}table xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="2" name="T" displayName="T" ref="A1:C3"><${p}tableColumns count="3">${columns}</${p}tableColumns></${p}table>`;

test.each([
  [
    'the formula there rewritten, the column’s totals-row function kept',
    '<tableColumn id="3" name="Sum periode" totalsRowFunction="sum"><calculatedColumnFormula>SUM(T[[#This Row],[A]:[B]])</calculatedColumnFormula></tableColumn>',
    '<tableColumn id="3" name="Sum periode" totalsRowFunction="sum"><calculatedColumnFormula>SUM(T[[#This Row],[A]],T[[#This Row],[B]])</calculatedColumnFormula></tableColumn>',
  ],
  [
    'a column with none (self-closed) given one',
    '<tableColumn id="3" name="Sum periode"/>',
    '<tableColumn id="3" name="Sum periode"><calculatedColumnFormula>SUM(T[[#This Row],[A]],T[[#This Row],[B]])</calculatedColumnFormula></tableColumn>',
  ],
  [
    'a column with a totals-row formula only: the calculated one goes first, as the schema orders them',
    '<tableColumn id="3" name="sum periode"><totalsRowFormula>1</totalsRowFormula></tableColumn>',
    '<tableColumn id="3" name="sum periode"><calculatedColumnFormula>SUM(T[[#This Row],[A]],T[[#This Row],[B]])</calculatedColumnFormula><totalsRowFormula>1</totalsRowFormula></tableColumn>',
  ],
])('%s', (_name, column, expected) => {
  const others = '<tableColumn id="1" name="A"/><tableColumn id="2" name="B"/>';
  const out = calculatedColumnXml(part(others + column), 'Sum periode', 'SUM(T[[#This Row],[A]],T[[#This Row],[B]])');
  expect(out).toBe(part(others + expected));
});

test('a prefixed part keeps its prefix; a column it lacks gives null', () => {
  const xml = part('<x:tableColumn id="1" name="Sum periode"/>', 'x:');
  expect(calculatedColumnXml(xml, 'Sum periode', 'SUM(A2:B2)')).toBe(
    part(
      '<x:tableColumn id="1" name="Sum periode"><x:calculatedColumnFormula>SUM(A2:B2)</x:calculatedColumnFormula></x:tableColumn>',
      'x:',
    ),
  );
  expect(calculatedColumnXml(xml, 'Kommentar', 'SUM(A2:B2)')).toBeNull();
});
