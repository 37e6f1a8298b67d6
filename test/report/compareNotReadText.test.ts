/**
 * The change report's sentence that a version's year headers are not the period (compareApart.ts notReadTexts): the
 * years without a column and the headers found are lists in a sentence, said as the language writes a list
 * («2030 og 2031»), not joined by commas only. Expected sentences written by hand.
 */
import type { ChangeSet, YearsNotRead } from '../../src/domain/model/changeSet';
import { notReadTexts } from '../../src/report/compareApart';

const notRead: YearsNotRead = {
  version: 'new',
  table: 'operating',
  sheet: 'Tiltak drift',
  cell: 'H1',
  years: [2030, 2031],
  found: '2027, 2028, 2029',
};
const diff = (n: YearsNotRead) => ({ years: { notRead: [n] } }) as unknown as ChangeSet;

it('nb: two years without a column, and the headers found', () => {
  expect(notReadTexts('nb', diff(notRead))).toEqual([
    'Årskolonnene i «Tiltak drift» i den nyere versjonen stemmer ikke med planperioden (Tiltak drift!H1: fant ' +
      '2027, 2028 og 2029). 2030 og 2031 har ingen kolonne der og er ikke lest, så beløpene for 2030 og 2031 i den ' +
      'tabellen er ikke sammenlignet: de vises som «–», ikke som 0. Rett overskriftene og sammenlign på nytt.',
  ]);
});

it('nn and en: the same lists in their language', () => {
  expect(notReadTexts('nn', diff(notRead))[0]).toContain('fann 2027, 2028 og 2029). 2030 og 2031 har ingen kolonne');
  expect(notReadTexts('en', diff({ ...notRead, years: [2029, 2030, 2031] }))[0]).toContain(
    'found 2027, 2028 and 2029). There is no column there for 2029, 2030 and 2031, so ',
  );
});

it('one year, and no headers found', () => {
  const one = notReadTexts('nb', diff({ ...notRead, years: [2031], found: undefined }))[0];
  expect(one).toContain('(Tiltak drift!H1: fant –). 2031 har ingen kolonne der');
});
