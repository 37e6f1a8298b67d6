/**
 * Headings that start with «Tiltak» but name another column (SPEC §11, import decisions: "Headings that start with
 * Tiltak"). They matched Tiltak by its first word, so they were a second Tiltak column: beside Verdal's long Tiltak
 * heading (not exactly «Tiltak») the first of them was read as the measure's text and the real text went to
 * Kommentar. «Tiltak» (or «Tiltakets», «Tiltaks») followed by another column's heading is that column.
 */
import { matchLegacyHeader, TOTAL } from '../../../src/domain/legacyImport/columns';
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const run = (drift: CellValue[][]): ImportResult =>
  importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values: drift, merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

const VERDAL = 'Tiltak inkl. investeringer med en kostnad under kr. 100.000';

describe('«Tiltak» followed by another column’s heading', () => {
  it.each([
    ['Tiltak type', 'kind'],
    ['Tiltakets type', 'kind'],
    ['Tiltak ansvarlig', 'responsible'],
    ['Tiltakets ansvarlig', 'responsible'],
    ['Tiltaks ansvarlig', 'responsible'],
    ['Tiltak\nansvarlig', 'responsible'],
    ['Tiltak ref.', 'ref'],
    ['Tiltak kostnadsstatus', 'costStatus'],
    ['Tiltak prioritet', 'priority'],
    ['Tiltak kommentar', 'comment'],
    ['Tiltakets kostnad', TOTAL],
    ['Tiltak kostnad (mill kr)', TOTAL],
    ['Tiltak ID', 'id'],
  ])('%p is that column (%p), not Tiltak', (header, key) => {
    expect(matchLegacyHeader(header)).toBe(key);
  });

  it.each(['Tiltak status', 'Tiltakets status', 'Tiltak fremdrift', 'Tiltakets frist'])(
    '%p is about the measure’s progress, not its text: a column with no place',
    (header) => {
      expect(matchLegacyHeader(header)).toBeNull();
    },
  );

  it.each([
    'Tiltak',
    'Tiltaket',
    VERDAL,
    'Tiltak beskrivelse',
    'Tiltak for barn og unge',
    'Tiltak/prosjekt',
    'Tiltak / ansvarlig',
    // Etter, Annet and År after «Tiltak» are words of the heading, and would make the table an investment table.
    'Tiltak etter prioritet',
    'Tiltak annet',
    'Tiltak år',
  ])('%p is still the Tiltak heading', (header) => {
    expect(matchLegacyHeader(header)).toBe('measure');
  });
});

describe('Verdal’s long Tiltak heading beside «Tiltak type», «Tiltakets kostnad», «Tiltak ansvarlig», «Tiltak status»', () => {
  const result = run([
    ['Prioritet', 'Tiltak type', VERDAL, 'Tiltakets kostnad', '2027', '2028', 'Tiltak ansvarlig', 'Tiltak status'],
    ['DRIFT'],
    [1, 'Varig', 'Familieteam', 650, 250, 400, 'Rådmannen', 'Pågår'],
    [2, 'Engangs', 'Leksehjelp', 100, 100, null, 'Skolesjef', null],
  ]);
  const rows = result.content.operating;

  it('reads the measure’s text from the long heading, its Type and Ansvarlig from theirs', () => {
    expect(rows.map((r) => [r.values.measure, r.values.kind, r.values.responsible])).toEqual([
      ['Familieteam', 'Varig', 'Rådmannen'],
      ['Leksehjelp', 'Engangs', 'Skolesjef'],
    ]);
  });

  it('reads «Tiltakets kostnad» as Helårsvirkning (a drift table’s Samlet kostnad): 650 and 100, in 1000 kr as typed', () => {
    expect(rows.map((r) => [r.values.fullYear, ...r.years])).toEqual([
      [650, 250, 400, null, null],
      [100, 100, null, null, null],
    ]);
  });

  it('puts «Tiltak status» in Kommentar (it has no column), and nothing else', () => {
    expect(rows.map((r) => r.values.comment)).toEqual(['Tiltak status: Pågår', '']);
  });

  it('logs no repeated Tiltak column, and each heading as what it is', () => {
    expect(result.log.filter((d) => d.code === 'column-repeated')).toEqual([]);
    const columns = result.log
      .filter((d) => d.code === 'column-mapped' || d.code === 'column-unknown')
      .map((d) => [d.cell, d.code, d.params]);
    expect(columns).toEqual([
      ['A1', 'column-mapped', { column: 'Prioritet', header: 'Prioritet' }],
      ['B1', 'column-mapped', { column: 'Tiltak type', header: 'Type' }],
      ['C1', 'column-mapped', { column: VERDAL, header: 'Tiltak' }],
      ['D1', 'column-mapped', { column: 'Tiltakets kostnad', header: 'Helårsvirkning' }],
      ['G1', 'column-mapped', { column: 'Tiltak ansvarlig', header: 'Ansvarlig' }],
      ['H1', 'column-unknown', { column: 'Tiltak status' }],
    ]);
  });
});

describe('two tables side by side, each with a «Tiltak ansvarlig» column', () => {
  // A second Tiltak heading right before the next Prioritet starts the next table («Tiltak | Prioritet» order):
  // «Tiltak ansvarlig» (C) was such a Tiltak, so the drift table ended at B and lost its Ansvarlig and 2027.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Plan',
          origin: 'A1',
          values: [
            [
              'Prioritet',
              'Tiltak',
              'Tiltak ansvarlig',
              '2027',
              null,
              'Prioritet',
              'Tiltak',
              'Tiltak ansvarlig',
              'År',
              'Lån',
            ],
            ['DRIFT', null, null, null, null, 'INVESTERING'],
            [1, 'Familieteam', 'Rådmannen', 250, null, 1, 'Kunstgress', 'Kultursjef', 2027, 2000],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );

  it('reads A–D as the drift table and F–J as the investment table, each with its Ansvarlig', () => {
    expect(result.tables.map((t) => [t.cell, t.kind])).toEqual([
      ['A1', 'operating'],
      ['F1', 'investment'],
    ]);
    const drift = result.content.operating.map((r) => [r.values.measure, r.values.responsible, r.years[0]]);
    expect(drift).toEqual([['Familieteam', 'Rådmannen', 250]]);
    const investment = result.content.investment.map((r) => [r.values.measure, r.values.responsible, r.values.finLoan]);
    expect(investment).toEqual([['Kunstgress', 'Kultursjef', 2000]]);
  });
});
