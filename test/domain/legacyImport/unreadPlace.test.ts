/**
 * An amount cell the import cannot read goes to Kommentar with where it stood (amounts.ts placeOf): its year
 * («2027: ca. 0,6»), or the column of the new workbook it maps to («Nye midler: se vedlegg», «Kostnadsramme: …»),
 * as the import's other notes name theirs («Planlagt år: 2012»). With two such years, each keeps its own.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import { UNCALCULATED, type CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const run = (values: CellValue[][], lang: 'nb' | 'en' = 'nb', formulas?: (string | null)[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Ark1', origin: 'A1', values, ...(formulas ? { formulas } : {}) }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote(lang) },
  );

const DRIFT: CellValue[] = ['Prioritet', 'Tiltak', 'Samlet kostnad', '2027', '2028', '2029', '2030', 'Nye midler'];

describe('unread amount texts in a drift table', () => {
  const rows = [DRIFT, ['DRIFT'], [1, 'Spredt bosetting', 600, 'ca. 0,6', 'ca. 1,2', 600, 600, 'se vedlegg']];

  it('name each year and the Nye midler column, in the order of the columns', () => {
    const row = run(rows).content.operating[0];
    expect(row?.values.comment).toBe('2027: ca. 0,6; 2028: ca. 1,2; Nye midler: se vedlegg');
    expect(row?.years).toEqual([null, null, 600, 600]);
  });

  it('keep the same words in English (a year and a column name are no words to translate)', () => {
    expect(run(rows, 'en').content.operating[0]?.values.comment).toBe(
      '2027: ca. 0,6; 2028: ca. 1,2; Nye midler: se vedlegg',
    );
  });

  it('name Helårsvirkning for an unread Samlet kostnad, and the year of a number too large', () => {
    const row = run([DRIFT, ['DRIFT'], [1, 'Team', 'ca. 2 000', 1e300, 100, 100, 100, null]]).content.operating[0];
    expect(row?.values.comment).toBe('Helårsvirkning: ca. 2 000; 2027: 1e+300');
  });
});

describe('a formula saved without its result', () => {
  // Samlet kostnad =G3 and 2028 =D3*2, neither with a stored result (a file not saved by Excel).
  const rows = [DRIFT, ['DRIFT'], [1, 'Miljøteam', UNCALCULATED, 100, UNCALCULATED, 300, 400, 400]];
  const formulas = [[], [], [null, null, '=G3', null, '=D3*2']];

  it('names its place as an unread text does: the column it maps to, or its year', () => {
    expect(run(rows, 'nb', formulas).content.operating[0]?.values.comment).toBe(
      'Helårsvirkning: =G3 (formel uten lagret resultat); 2028: =D3*2 (formel uten lagret resultat)',
    );
  });

  it('in English too', () => {
    expect(run(rows, 'en', formulas).content.operating[0]?.values.comment).toBe(
      'Helårsvirkning: =G3 (formula without a stored result); 2028: =D3*2 (formula without a stored result)',
    );
  });
});

describe('unread amount texts in an investment table', () => {
  it('name Kostnadsramme for an unread Samlet kostnad and Lån for its column', () => {
    const header: CellValue[] = ['Prioritet', 'Tiltak', 'Samlet kostnad', '2027', '2028', 'Lån'];
    const row = run([header, ['INVESTERING'], [1, 'Småhus', 'ca. 3 000', 1500, 1500, 'etter vedtak']]).content
      .investment[0];
    expect(row?.values.comment).toBe('Kostnadsramme: ca. 3 000; Lån: etter vedtak');
  });
});
