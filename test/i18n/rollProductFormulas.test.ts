/**
 * The roll's notes (src/i18n/roll.ts) for the user's formulas in the product columns, written as their values: each
 * named with its formula and value, ten at most; the rest in one line with how many and their first five cells, so
 * an economy plan of 200 indexed lines (=G2*1,03 in every year) does not print 800 lines. Counts by hand.
 */
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';
import type { ProductFormula } from '../../src/domain';

/** Økonomiplan!H2 … H<n+1>: =G<r>*2 in «2028», showing 2 × 250 = 500 (and 1,5 for the first, in a mill kr plan). */
const formulas = (n: number): ProductFormula[] =>
  Array.from({ length: n }, (_, i) => ({
    cell: `Økonomiplan!H${i + 2}`,
    column: '2028',
    formula: `=G${i + 2}*2`,
    table: 'tblOkonomiplan',
    value: i === 0 ? 1.5 : 500,
  }));

const notes = (n: number): RollNotes => ({
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [],
  unknownBefore: [],
  unit: '1000 kr',
  notCarried: [],
  productFormulas: formulas(n),
});

describe("a note per formula of the user's in a product column", () => {
  it('names each of up to ten, its number as the language shows it, text in quotes', () => {
    const nb = rollNoteLines(notes(2), 'nb');
    expect(nb).toHaveLength(2);
    expect(nb[0]).toMatch(/^Økonomiplan!H2: formelen =G2\*2 i «2028» er skrevet inn som verdien den viste, 1,5: /);
    expect(rollNoteLines(notes(1), 'en')[0]).toMatch(
      /^Økonomiplan!H2: the formula =G2\*2 in "2028" was written as the value it showed, 1\.5: /,
    );
    const text = rollNoteLines(
      {
        ...notes(0),
        productFormulas: [
          {
            cell: 'Tiltak drift!R5',
            column: 'Ansvarlig',
            formula: '=Innstillinger!K3',
            table: 'tblTiltakDrift',
            value: 'NAV-leder',
          },
        ],
      },
      'nn',
    );
    expect(text[0]).toMatch(
      /^Tiltak drift!R5: formelen =Innstillinger!K3 i «Ansvarlig» er skriven inn som verdien han viste, «NAV-leder»: /,
    );
  });

  it('names ten and puts the rest in one line: 17 formulas → 10 lines and «7 formler til», the first five of them', () => {
    // 17 − 10 = 7 left: H12 … H18; the first five H12 … H16, then «…».
    const nb = rollNoteLines(notes(17), 'nb');
    expect(nb).toHaveLength(11);
    expect(nb[9]).toMatch(/^Økonomiplan!H11: /);
    expect(nb[10]).toBe(
      '7 formler til i tabellenes kolonner (Økonomiplan!H12, Økonomiplan!H13, Økonomiplan!H14, Økonomiplan!H15, Økonomiplan!H16, …) er skrevet inn som verdiene de viste, av samme grunn. Skriv dem inn på nytt om du trenger dem.',
    );
    // 11 formulas: one left, said in the singular, with no «…».
    expect(rollNoteLines(notes(11), 'en')[10]).toBe(
      "One more formula in the tables' columns (Økonomiplan!H12) was written as the value it showed, for the same reason. Type it again if you need it.",
    );
    expect(rollNoteLines(notes(11), 'nn')[10]).toBe(
      'Éin formel til i kolonnane i tabellane (Økonomiplan!H12) er skriven inn som verdien han viste, av same grunn. Skriv han inn på nytt om du treng han.',
    );
  });
});

describe('a formula with a this-row reference', () => {
  it('is shown as Excel shows it, [@2027], not as the file spells it', () => {
    const lines = rollNoteLines(
      {
        ...notes(0),
        productFormulas: [
          {
            cell: 'Tiltak drift!I4',
            column: '2028',
            formula: '=tblTiltakDrift[[#This Row],[2027]]*2',
            table: 'tblTiltakDrift',
            value: 400,
          },
        ],
      },
      'nb',
    );
    expect(lines[0]).toMatch(
      /^Tiltak drift!I4: formelen =\[@2027\]\*2 i «2028» er skrevet inn som verdien den viste, 400: /,
    );
  });
});
