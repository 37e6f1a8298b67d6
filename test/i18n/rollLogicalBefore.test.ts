/**
 * The roll's note for an investment whose Tidligere bevilget held a logical TRUE beside a «?» in the year that
 * leaves (rollover/unknown.ts): the kept value and the part it was are named as her Excel shows them, SANN in
 * Norwegian (nynorsk as bokmål Excel, i18n/excelValues.ts), TRUE in English — never JavaScript's «true».
 */
import { rollNoteLines } from '../../src/i18n/roll';

const lines = (lang: 'nb' | 'nn' | 'en') =>
  rollNoteLines(
    {
      archiveSheet: 'Arkiv 2027–2030',
      finished: [],
      rescaled: [],
      afterPeriod: [],
      unknownBefore: [
        {
          id: 'I-003',
          year: 2027,
          kept: true,
          before: true,
          first: '?',
          beforeCell: 'Tiltak investering!J4',
          firstCell: 'Tiltak investering!K4',
        },
      ],
      unit: '1000 kr',
      notCarried: [],
    },
    lang,
  );

it.each([
  [
    'nb',
    'Tidligere bevilget for I-003 står som «SANN»: «SANN» (Tiltak investering!J4) og «?» for 2027 (Tiltak investering!K4) kan ikke legges sammen før det ukjente beløpet er fylt inn. Begge står på arket «Arkiv 2027–2030».',
  ],
  [
    'nn',
    'Tidligere bevilget for I-003 står som «SANN»: «SANN» (Tiltak investering!J4) og «?» for 2027 (Tiltak investering!K4) kan ikkje leggjast saman før det ukjende beløpet er fylt inn. Begge står på arket «Arkiv 2027–2030».',
  ],
  [
    'en',
    'Tidligere bevilget of I-003 is written as "TRUE": "TRUE" (Tiltak investering!J4) and "?" for 2027 (Tiltak investering!K4) cannot be added until the unknown amount is filled in. Both are on the sheet "Arkiv 2027–2030".',
  ],
] as const)('%s names a kept logical TRUE as her Excel shows it', (lang, line) => {
  expect(lines(lang)).toEqual([line]);
});
