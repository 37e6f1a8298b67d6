/**
 * The roll's note for a calculated column of hers it carried as values (src/i18n/roll.ts): it reads a column the
 * rolled table has not. The column, the table (as the glossary names it), the formula as Excel shows it and the
 * columns gone, in each language; written out by hand.
 */
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';

const notes: RollNotes = {
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [],
  unknownBefore: [],
  unit: '1000 kr',
  notCarried: [],
  calculatedGone: [
    {
      table: 'tblTiltakInvestering',
      column: 'Endring',
      formula: '=tblTiltakInvestering[[#This Row],[2027]]-tblTiltakInvestering[[#This Row],[Tidligere bevilget]]',
      missing: ['2027'],
    },
  ],
};

test.each([
  [
    'nb',
    'Kolonnen «Endring» du har lagt til i tabellen over investeringstiltak, er en beregnet kolonne med formelen =[@2027]-[@[Tidligere bevilget]]. Den viser til «2027», som ikke er i tabellen etter rulleringen, så kolonnen er tatt med som verdiene den viste, uten formel (de står også på arket «Arkiv 2027–2030»). Skriv inn en ny formel i kolonnen om du vil ha den beregnet.',
  ],
  [
    'nn',
    'Kolonnen «Endring» du har lagt til i tabellen over investeringstiltak, er ein berekna kolonne med formelen =[@2027]-[@[Tidligere bevilget]]. Han viser til «2027», som ikkje er i tabellen etter rulleringa, så kolonnen er teken med som verdiane han viste, utan formel (dei står òg på arket «Arkiv 2027–2030»). Skriv inn ein ny formel i kolonnen om du vil ha han berekna.',
  ],
  [
    'en',
    'The column "Endring" you added to the investment measures table is a calculated column with the formula =[@2027]-[@[Tidligere bevilget]]. It refers to "2027", which the table no longer has after the roll, so the column is carried as the values it showed, without a formula (they are also on the sheet "Arkiv 2027–2030"). Type a new formula into the column if you want it calculated.',
  ],
] as const)('%s', (lang, line) => {
  expect(rollNoteLines(notes, lang)).toEqual([line]);
});
