/**
 * An amount typed as text with a kroner word around it (cells.ts, SPEC §7 "a trailing kr", §11): «2 000 kroner»,
 * «NOK 500», «2 000 kr,-» are the number, in the column's unit, as «2 000 kr», «kr 2 000» and «2 000,-» already
 * were, logged as a number typed as text (number-from-text, with the text as typed). Text that is no one number
 * («ca. 2 000», «2-3 000») stays unread: logged at its cell (text-not-amount) and put in Kommentar. Figures by hand,
 * in the assumed 1000 kr of titledTable's header.
 */
import { classifyAmount } from '../../../src/domain/legacyImport/cells';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { figures, importTitled } from './titledTable';

describe('an amount cell with a kroner word', () => {
  it.each([
    ['2 000 kroner', 2000],
    ['2 000 Kroner.', 2000],
    ['-2 000 kroner', -2000],
    ['kroner 2 000', 2000],
    ['2 000 NOK', 2000],
    ['NOK 2 000', 2000],
    ['2 000 kr,-', 2000],
    ['2,5 kroner', 2.5],
    // read before, unchanged
    ['2 000 kr', 2000],
    ['kr 2 000', 2000],
    ['2 000,-', 2000],
  ])('%p is %p', (text, value) => {
    expect(classifyAmount(text)).toEqual({ kind: 'number', value, fromText: true });
  });

  it.each([['ca. 2 000'], ['2-3 000'], ['ca. 2 000 kroner'], ['2 000 kroner i 2027'], ['nok'], ['kroner']])(
    '%p stays text',
    (text) => {
      expect(classifyAmount(text)).toEqual({ kind: 'text', text });
    },
  );
});

describe('a legacy table with amounts typed with kroner words', () => {
  const body: CellValue[][] = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', '2 000 kroner', '500 kr', 'kr 500', '500,-', 'NOK 500', '----', '2 000 kr,-', 'R'],
    [2, '4. Samordnet saksbehandling', 'ca. 2 000', '2-3 000', 1, 1, 1, 0, 1, 'R'],
  ];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift', { body });
  const logged = (code: string): unknown[] => r.log.flatMap((d) => (d.code === code ? [[d.cell, d.params]] : []));

  it('reads each as its number in the column’s unit (1000 kr)', () => {
    expect(figures(r)).toEqual([
      [2000, 500, 500, 500, 500, 0, 2000],
      [null, null, 1, 1, 1, 0, 1],
    ]);
  });

  it('logs each as a number typed as text, with the text as typed', () => {
    expect(logged('number-from-text')).toEqual([
      ['D7', { number: 2000, typed: '2 000 kroner' }],
      ['E7', { number: 500, typed: '500 kr' }],
      ['F7', { number: 500, typed: 'kr 500' }],
      ['G7', { number: 500, typed: '500,-' }],
      ['H7', { number: 500, typed: 'NOK 500' }],
      ['J7', { number: 2000, typed: '2 000 kr,-' }],
    ]);
  });

  it('leaves «ca. 2 000» and «2-3 000» unread, logged at their cells and kept in Kommentar', () => {
    expect(logged('text-not-amount')).toEqual([
      ['D8', { text: 'ca. 2 000' }],
      ['E8', { text: '2-3 000' }],
    ]);
    expect(r.content.operating[1]?.values.comment).toEqual(expect.stringContaining('ca. 2 000'));
    expect(r.content.operating[1]?.values.comment).toEqual(expect.stringContaining('2-3 000'));
  });
});

describe('a dot that may be a decimal point, with a kroner word around it, in a mill kr table', () => {
  const body: CellValue[][] = [
    ['SAMFUNN OG TJENESTER'],
    [1, '14. Utvidelse miljøteam', 1, '1.275 kroner', 'kr 1.275', 'NOK 1.275', '1.275 kr', 0, 1, 'R'],
  ];
  const r = importTitled('Tabell 6.1 Utviklingstiltak drift (mill kr)', { body });

  it('keeps the value SPEC §7 reads (1 275 mill kr = 1 275 000 thousand) and warns at each cell, as for «1.275 kr»', () => {
    expect(r.content.operating[0]?.years).toEqual([1_275_000, 1_275_000, 1_275_000, 1_275_000]);
    expect(r.log.flatMap((d) => (d.code === 'dot-ambiguous' ? [[d.cell, d.params]] : []))).toEqual([
      ['E7', { text: '1.275 kroner', number: 1275, unit: 'mill kr' }],
      ['F7', { text: 'kr 1.275', number: 1275, unit: 'mill kr' }],
      ['G7', { text: 'NOK 1.275', number: 1275, unit: 'mill kr' }],
      ['H7', { text: '1.275 kr', number: 1275, unit: 'mill kr' }],
    ]);
  });
});
