/**
 * The roll's note (src/i18n/roll.ts) for measures whose hidden rows it shows again: one line per sheet, each measure
 * by its ID, a measure without one by its Tiltak quoted, ten at most and then «…». Lines written by hand.
 */
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';

const notes = (measures: { id: string; measure: string }[]): RollNotes => ({
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [],
  unknownBefore: [],
  unit: '1000 kr',
  notCarried: [],
  hiddenShown: [{ sheet: 'Tiltak drift', measures }],
});

describe('a note per sheet whose hidden measure rows the roll shows again', () => {
  const two = [
    { id: 'D-005', measure: 'Housing First-team' },
    { id: '', measure: 'Kurs' },
  ];
  it.each([
    [
      'nb',
      'På arket «Tiltak drift» var radene til D-005, «Kurs» skjult. Rulleringen flytter rader, så de vises nå (ellers ville andre tiltak blitt skjult): skjul dem igjen i Excel om de fortsatt skal være skjult.',
    ],
    [
      'nn',
      'På arket «Tiltak drift» var radene til D-005, «Kurs» gøymde. Rulleringa flyttar rader, så dei blir viste no (elles ville andre tiltak blitt gøymde): gøym dei att i Excel om dei framleis skal vere gøymde.',
    ],
    [
      'en',
      'On the sheet "Tiltak drift" the rows of D-005, "Kurs" were hidden. The roll moves rows, so they are shown now (otherwise other measures would be hidden): hide them again in Excel if they should stay hidden.',
    ],
  ] as const)('%s', (lang, line) => {
    expect(rollNoteLines(notes(two), lang)).toEqual([line]);
  });

  it('names ten and then «…»', () => {
    // D-001 … D-012 hidden: D-001 … D-010 named, then ", …".
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `D-0${String(i + 1).padStart(2, '0')}`, measure: '' }));
    const [line] = rollNoteLines(notes(twelve), 'nb');
    expect(line).toContain(
      'radene til D-001, D-002, D-003, D-004, D-005, D-006, D-007, D-008, D-009, D-010, … skjult.',
    );
  });
});
