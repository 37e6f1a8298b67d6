/**
 * The roll's notes (src/i18n/roll.ts) for what it changed or left for the user besides the figures it moved:
 * priorities numbered again, kept years whose new money the rounding moved, and the economy plan's empty new last
 * year, in each language, amounts in the workbook unit. Figures by hand.
 */
import { kr } from '../../src/domain';
import { rollNoteLines, type RollNotes } from '../../src/i18n/roll';

const none: RollNotes = {
  archiveSheet: 'Arkiv 2027–2030',
  finished: [],
  rescaled: [],
  afterPeriod: [],
  unknownBefore: [],
  unit: '1000 kr',
  notCarried: [],
};

const renumbered: RollNotes = {
  ...none,
  followUp: {
    newMoneyShifts: [],
    renumbered: [
      {
        section: 'Samfunn og tjenester',
        changes: [
          { id: 'D-003', from: 3, to: 2 },
          { id: 'D-004', from: 4, to: 3 },
        ],
      },
    ],
    economyPlanEmptyYears: [],
  },
};

// 1000 kr: 0 kr → 1 000 kr shows 0 → 1, 2 000 kr → 1 000 kr shows 2 → 1.
const shifted = (unit: RollNotes['unit'], changes: { year: number; before: number; after: number }[]): RollNotes => ({
  ...none,
  unit,
  followUp: {
    newMoneyShifts: [
      { id: 'D-001', changes: changes.map((c) => ({ ...c, before: kr(c.before), after: kr(c.after) })) },
    ],
    renumbered: [],
    economyPlanEmptyYears: [],
  },
});
const twoYears = [
  { year: 2028, before: 0, after: 1000 },
  { year: 2030, before: 2000, after: 1000 },
];

const emptyYear: RollNotes = {
  ...none,
  followUp: { newMoneyShifts: [], renumbered: [], economyPlanEmptyYears: [2031] },
};

// Rolled twice without typing the first roll's new year: 2031 and 2032 both empty.
const twoEmpty: RollNotes = {
  ...none,
  followUp: { newMoneyShifts: [], renumbered: [], economyPlanEmptyYears: [2031, 2032] },
};

describe('a note per section whose priorities the roll numbered again', () => {
  it.each([
    [
      'nb',
      'Prioritetene i seksjonen «Samfunn og tjenester» er nummerert på nytt etter at ferdige engangstiltak gikk ut: D-003 3 → 2, D-004 4 → 3 (de gamle står på arket «Arkiv 2027–2030»).',
    ],
    [
      'nn',
      'Prioritetane i seksjonen «Samfunn og tjenester» er nummererte på nytt etter at ferdige eingongstiltak gjekk ut: D-003 3 → 2, D-004 4 → 3 (dei gamle står på arket «Arkiv 2027–2030»).',
    ],
    [
      'en',
      'The priorities in section "Samfunn og tjenester" are numbered again after finished one-off measures left: D-003 3 → 2, D-004 4 → 3 (the old ones are on the sheet "Arkiv 2027–2030").',
    ],
  ] as const)('%s', (lang, line) => {
    expect(rollNoteLines(renumbered, lang)).toEqual([line]);
  });
});

describe('a note per measure whose new money in a year that stays is not what it was', () => {
  it.each([
    [
      'nb',
      'Nye midler for D-001 er ikke de samme i alle årene som er igjen, fordi de fordeles og avrundes på nytt over den nye perioden: 2028 fra 0 til 1, 2030 fra 2 til 1. Kontroller tiltaket mot økonomiplanen for disse årene.',
    ],
    [
      'nn',
      'Nye midlar for D-001 er ikkje dei same i alle åra som er att, fordi dei blir fordelte og avrunda på nytt over den nye perioden: 2028 frå 0 til 1, 2030 frå 2 til 1. Kontroller tiltaket mot økonomiplanen for desse åra.',
    ],
    [
      'en',
      'The new money of D-001 is not the same in every year that stays, because it is spread and rounded again over the new period: 2028 from 0 to 1, 2030 from 2 to 1. Check the measure against the economy plan for those years.',
    ],
  ] as const)('%s, two years (1000 kr)', (lang, line) => {
    expect(rollNoteLines(shifted('1000 kr', twoYears), lang)).toEqual([line]);
  });

  it('one year, in mill kr: 33 000 kr → 34 000 kr shows 0,033 → 0,034', () => {
    const line = rollNoteLines(shifted('mill kr', [{ year: 2028, before: 33_000, after: 34_000 }]), 'nb')[0];
    expect(line).toContain(': 2028 fra 0,033 til 0,034. Kontroller tiltaket mot økonomiplanen for dette året.');
  });
});

describe("a note of the economy plan's empty new last year", () => {
  it.each([
    [
      'nb',
      'Økonomiplanen har ingen beløp for 2031 ennå: kontrollen avstemmer ikke 2031 før tallene fra den nye økonomiplanen er lagt inn.',
    ],
    [
      'nn',
      'Økonomiplanen har ingen beløp for 2031 enno: kontrollen avstemmer ikkje 2031 før tala frå den nye økonomiplanen er lagde inn.',
    ],
    [
      'en',
      'The economy plan has no amounts for 2031 yet: the check does not reconcile 2031 until the figures of the new economy plan are entered.',
    ],
  ] as const)('%s', (lang, line) => {
    expect(rollNoteLines(emptyYear, lang)).toEqual([line]);
  });

  it.each([
    [
      'nb',
      'Økonomiplanen har ingen beløp for 2031 og 2032 ennå: kontrollen avstemmer ikke 2031 og 2032 før tallene fra den nye økonomiplanen er lagt inn.',
    ],
    [
      'nn',
      'Økonomiplanen har ingen beløp for 2031 og 2032 enno: kontrollen avstemmer ikkje 2031 og 2032 før tala frå den nye økonomiplanen er lagde inn.',
    ],
    [
      'en',
      'The economy plan has no amounts for 2031 and 2032 yet: the check does not reconcile 2031 and 2032 until the figures of the new economy plan are entered.',
    ],
  ] as const)('names every empty year, joined as the language reads (%s)', (lang, line) => {
    expect(rollNoteLines(twoEmpty, lang)).toEqual([line]);
  });

  it('is not said when the roll gives no year', () => {
    expect(rollNoteLines(none, 'nb')).toEqual([]);
  });
});
