/**
 * A measure row after a table's end that has a priority as well as its text and amounts (SPEC §11, Measures not
 * read): the table ended at the empty row because a note followed it, not because the row lacks a priority. The
 * log said "give it a priority", which it has; now it names the priority and asks for what stands between.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

const result = importLegacy(
  {
    sheets: [
      {
        sheet: 'Ark1',
        origin: 'A1',
        values: [
          ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
          [1, 'Familieteam', 100, 200, 'Rektor'],
          [],
          ['Se også vedlegg 2'],
          [2, 'Leksehjelp', 20, 20, 'NAV'],
          [],
          [null, 'Natteravn', 30, 30, null],
        ],
        merges: [],
      },
    ],
    tables: [],
  },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
);

describe('a row under a table’s end with a priority, a text and amounts', () => {
  const unread = result.log.filter((d) => d.code.startsWith('unread-row'));

  it('is logged at its Tiltak cell with its priority (row 5, priority 2); a row without one as before (row 7)', () => {
    expect(unread.map((d) => [d.cell, d.code, d.params])).toEqual([
      ['B5', 'unread-row-ranked', { row: 5, text: 'Leksehjelp', priority: 2, last: 2 }],
      ['B7', 'unread-row', { row: 7, text: 'Natteravn', last: 2 }],
    ]);
  });

  it('does not ask for a priority it has', () => {
    const text = unread[0] ? renderImportDecision(unread[0], 'nb') : '';
    expect(text).toContain('prioritet 2');
    expect(text).not.toContain('gi den et prioritetsnummer');
  });
});
