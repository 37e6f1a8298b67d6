/**
 * A measure whose name merely begins like a total word («Summer av tilskudd til lag», «Sommerskole») stays a
 * measure, even without a priority and with amounts that happen to be the sum of the two rows above; a subtotal
 * «Delsum.» under them, with «----» in its Prioritet cell, is a total row, skipped and logged (SPEC §11,
 * docs/spec.md §11 as built: the total words).
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig'];

const values: CellValue[][] = [
  HEADER,
  ['SAMFUNN OG TJENESTER'],
  [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
  [2, 'Bo Kart', 150, 150, 150, 150, 'Boligkontoret'],
  // No priority, and 750 / 1 350 = 600 + 150 / 1 200 + 150: still a measure, its name is no total word.
  [null, 'Summer av tilskudd til lag', 750, 1350, 2550, 2550, 'Kulturkontoret'],
  ['----', 'Sommerskole', 100, 100, 200, 200, 'Oppvekst'],
  ['----', 'Delsum.', 1600, 2800, 5300, 5300, null],
];

const result = importLegacy(
  { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
);

test('«Summer av tilskudd til lag» and «Sommerskole» are measures; «Delsum.» is not', () => {
  expect(result.content.operating.map((r) => r.values.measure)).toEqual([
    'Miljøteam',
    'Bo Kart',
    'Summer av tilskudd til lag',
    'Sommerskole',
  ]);
});

test('the money counts once: 2027 = 600 + 150 + 750 + 100 = 1 600, 2028 = 1 200 + 150 + 1 350 + 100 = 2 800', () => {
  const year = (i: number) => result.content.operating.reduce((s, r) => s + (r.years[i] ?? 0), 0);
  expect([year(0), year(1)]).toEqual([1600, 2800]);
});

test('only the subtotal is logged as a total row, at A7 with its label', () => {
  const totals = result.log.filter((d) => d.code.startsWith('total-'));
  expect(totals.map((d) => [d.cell, d.code, d.params])).toEqual([
    ['A7', 'total-row-label', { row: 7, label: 'Delsum.' }],
  ]);
});
