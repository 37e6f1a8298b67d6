/**
 * Review of 30f0a13: the whole row of a table in this row is stored by Excel as `tblAvstemming[#This Row]` (one
 * bracket group, no column), and that is also the spelling the product's own reader gives for `tblAvstemming[@]`
 * (src/workbook/thisRow.ts, fileGroup: '' → '[#This Row]'). Excel shows it to her with "@". displayThisRow only
 * knows `[[#This Row],…]` and `[[#This Row]]` (test/i18n/formulaDisplay.test.ts's `COUNTA(tblAvstemming[[#This
 * Row]])`, a spelling neither Excel nor fileThisRow writes), so the note shows her the file's `#This Row`.
 */
import { shownFormula } from '../../src/i18n/formulaDisplay';
import { fileThisRow } from '../../src/workbook/thisRow';

it('the product itself stores [@] of tblAvstemming as tblAvstemming[#This Row] (control, passes today)', () => {
  expect(fileThisRow('=COUNTA([@])', 'tblAvstemming')).toBe('=COUNTA(tblAvstemming[#This Row])');
});

it.each([
  ['=COUNTA(tblAvstemming[#This Row])', 'tblAvstemming'],
  ['=COUNTA(tblTiltakDrift[#This Row])', 'tblAvstemming'],
])('%s is shown with "@", not #This Row', (formula, table) => {
  const shown = shownFormula({ cell: 'Avstemming!Q2', formula, value: 3, table });
  expect(shown).not.toContain('#This Row');
  expect(shown).toMatch(/^=COUNTA\((tbl\w+)?\[@\]\)$/);
});
