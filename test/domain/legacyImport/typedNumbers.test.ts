/**
 * An amount typed as text is read as SPEC §7 reads it, and the log names the text as typed beside the number read:
 * «2.5» (an English decimal point in a Norwegian file) was logged only as «lest som 2,5», so the user could not see
 * that a point had been taken as the decimal sign, nor tell it from «2,5» typed as text.
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
          ['Prioritet', 'Tiltak', '2027', '2028', '2029'],
          [1, 'Familieteam', '2.5', '2,5', '1 250'],
        ],
        merges: [],
      },
    ],
    tables: [],
  },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
);

describe('a number typed as text', () => {
  it('is read as SPEC §7 reads it: 2.5, 2.5 and 1 250 thousand', () => {
    expect(result.content.operating[0]?.years.slice(0, 3)).toEqual([2.5, 2.5, 1250]);
  });

  it('is logged with its text as typed, in nb, nn and en', () => {
    const lines = result.log.filter((d) => d.code === 'number-from-text');
    expect(lines.map((d) => [d.cell, d.params])).toEqual([
      ['C2', { number: 2.5, typed: '2.5' }],
      ['D2', { number: 2.5, typed: '2,5' }],
      ['E2', { number: 1250, typed: '1 250' }],
    ]);
    const first = lines[0];
    expect(first && renderImportDecision(first, 'nb')).toBe('Tallet er skrevet som tekst, «2.5»; lest som 2,5.');
    expect(first && renderImportDecision(first, 'nn')).toBe('Talet er skrive som tekst, «2.5»; lese som 2,5.');
    expect(first && renderImportDecision(first, 'en')).toBe('The number is written as text, "2.5"; read as 2.5.');
  });
});

describe('a decimal point in a legacy table, which the check does not read (SPEC §7: a dot groups thousands)', () => {
  // SPEC §11 lets the importer decide what an old table means, logging each decision; the workbook it writes holds
  // the number, so the check never sees the text. "0.5 mill" = 500 thousand; "2.500" is a thousands group = 2 500.
  const imported = importLegacy(
    {
      sheets: [
        {
          sheet: 'Ark1',
          origin: 'A1',
          values: [
            ['Prioritet', 'Tiltak', '2027', '2028', '2029'],
            [1, 'Familieteam', '0.5 mill', '-1.5 kr', '2.500'],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('is read as a decimal point by the importer: 500, −1.5 and 2 500 thousand', () => {
    expect(imported.content.operating[0]?.years.slice(0, 3)).toEqual([500, -1.5, 2500]);
  });

  it('is logged with the text as typed, with or without its own unit', () => {
    const codes = ['number-from-text', 'number-with-unit', 'kroner-word-ignored'];
    const lines = imported.log.filter((d) => codes.includes(d.code));
    // "-1.5 kr" in the 1000 kr column: kroner have no decimals, so it is −1,5 in the column's unit, said so.
    expect(lines.map((d) => [d.cell, d.params])).toEqual([
      ['C2', { number: 0.5, unit: 'mill kr', typed: '0.5 mill' }],
      ['D2', { number: -1.5, unit: '1000 kr', typed: '-1.5 kr' }],
      ['E2', { number: 2500, typed: '2.500' }],
    ]);
    const first = lines[0];
    expect(first && renderImportDecision(first, 'nb')).toBe(
      'Tallet er skrevet som tekst med egen enhet, «0.5 mill»; lest som 0,5 (mill kr).',
    );
  });
});
