/**
 * The roll's note on amounts typed as text (src/i18n/roll.ts): the roll writes "200" typed as text as the number
 * 200, so Excel's own sums now count it. One line: how many, the first five cells, the archive sheet; written out
 * by hand in each language.
 */
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';

const notes = (textAmounts: string[]): RollNotes => ({
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [],
  unknownBefore: [],
  unit: 'kr',
  notCarried: [],
  textAmounts,
});

describe('a note on the amounts typed as text that the roll wrote as numbers', () => {
  it('names one amount in the singular, in each language', () => {
    const one = notes(['Tiltak drift!I5']);
    expect(rollNoteLines(one, 'nb')).toEqual([
      '1 beløp stod som tekst i tabellene (Tiltak drift!I5). Rulleringen har skrevet det som tall i de nye tabellene og på arket «Arkiv 2027–2030»: beløpene er de samme, men Excels egne summer regner det med nå. Kontroller summene dine.',
    ]);
    expect(rollNoteLines(one, 'nn')).toEqual([
      '1 beløp stod som tekst i tabellane (Tiltak drift!I5). Rulleringa har skrive det som tal i dei nye tabellane og på arket «Arkiv 2027–2030»: beløpa er dei same, men summane i Excel reknar det med no. Kontroller summane dine.',
    ]);
    expect(rollNoteLines(one, 'en')).toEqual([
      '1 amount was stored as text in the tables (Tiltak drift!I5). The roll wrote it as a number in the new tables and on the sheet "Arkiv 2027–2030": the figures are the same, but Excel\'s own sums now include it. Check your sums.',
    ]);
  });

  it('names seven by their count and the first five cells', () => {
    const cells = [5, 6, 7, 8, 9, 10, 11].map((r) => `Tiltak drift!I${r}`);
    expect(rollNoteLines(notes(cells), 'en')).toEqual([
      '7 amounts were stored as text in the tables (Tiltak drift!I5, Tiltak drift!I6, Tiltak drift!I7, Tiltak drift!I8, Tiltak drift!I9, …). The roll wrote them as numbers in the new tables and on the sheet "Arkiv 2027–2030": the figures are the same, but Excel\'s own sums now include them. Check your sums.',
    ]);
  });

  it('says nothing when no amount was typed as text', () => {
    expect(rollNoteLines(notes([]), 'nb')).toEqual([]);
  });
});
