/**
 * A formula named to the user in the spelling Excel shows her (what she typed), not the file's: a this-row
 * reference stored as `tblAvstemming[[#This Row],[Kode]]` is shown `[@Kode]` in its own table (Excel leaves the
 * table's name out there), `tblX[@Kode]` when it reads another table; a column name Excel brackets (a space, a
 * special character) keeps its brackets, `[@[Celle tiltak]]`; a span `[@[A]:[B]]`; the whole row `[@]`.
 */
import { shownFormula } from '../../src/i18n/formulaDisplay';
import { userFormulasText } from '../../src/i18n/userFormulas';

const T = 'tblAvstemming';

it.each([
  ['=tblAvstemming[[#This Row],[Kode]]', '=[@Kode]'],
  ['=tblAvstemming[[#This Row],[Kode]]&"!"', '=[@Kode]&"!"'],
  ['=TBLAVSTEMMING[[#This Row],[Avvik]]*2', '=[@Avvik]*2'],
  ['=tblAvstemming[[#This Row],[Celle tiltak]]', '=[@[Celle tiltak]]'],
  ['=SUM(tblAvstemming[[#This Row],[Tiltaksplan]:[Avvik]])', '=SUM([@[Tiltaksplan]:[Avvik]])'],
  ['=COUNTA(tblAvstemming[#This Row])', '=COUNTA([@])'], // the whole row as Excel (and fileThisRow) stores it
  ['=tblTiltakDrift[[#This Row],[2027]]', '=tblTiltakDrift[@2027]'],
  ['=tblAvstemming[Kode]', '=tblAvstemming[Kode]'],
  ['="tblAvstemming[[#This Row],[Kode]]"', '="tblAvstemming[[#This Row],[Kode]]"'],
  ['=I2*2', '=I2*2'],
])('%s is shown %s in tblAvstemming', (formula, shown) => {
  expect(shownFormula({ cell: 'Avstemming!Q2', formula, value: 1, table: T })).toBe(shown);
});

it('keeps the table name when the cell is in no known table', () => {
  expect(shownFormula({ cell: 'Avstemming!Q2', formula: '=tblAvstemming[[#This Row],[Kode]]', value: 1 })).toBe(
    '=tblAvstemming[@Kode]',
  );
});

it('names the formula in the note as she typed it', () => {
  const note = userFormulasText(
    [{ cell: 'Avstemming!Q2', formula: '=tblAvstemming[[#This Row],[Kode]]&"!"', value: 'D-001!', table: T }],
    'nb',
  );
  expect(note).toContain('Avstemming!Q2 (=[@Kode]&"!")');
  expect(note).not.toContain('#This Row');
});
