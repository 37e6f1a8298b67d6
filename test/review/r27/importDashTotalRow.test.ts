/**
 * Review r27 (medium, import): in a table written the Verdal way («----» for an empty financing column), a subtotal
 * row typed under the measures without a label is imported as a costed measure: the «----» on the row is taken as
 * its text, so the rule for a row of bare sums never applies.
 *
 * SPEC §11: «A total row is never a measure». docs/spec.md §11 (as built): «A row with no text, priority, ID or
 * Ref. at all whose amounts are typed (not =SUM) and are each that sum over the measure rows above (…at least two,
 * some amount not 0) is a total row too, logged». SPEC §7: «----» in an amount cell is 0 (a placeholder, not text).
 * The same row with 0 instead of «----» is skipped (`total-row-unlabelled`); with «----» it becomes a measure.
 *
 * What she did (CLI): a legacy sheet like the seed's 6.1 (Samlet kostnad, years, «Endr. drift» «----» on every
 * row, Nye midler), a row 400 | 500 | ---- | 700 under the measures, `import L.xlsx --out F.xlsx --start 2027`:
 * «5 driftstiltak», one of them without Tiltak text, Beregnet, Nye midler 700.
 *
 * By hand: measures A (100, 200) and B (300, 300): 2027 = 400, 2028 = 500; the row under them is 400 | 500 | ---- |
 * 700 = 100 + 300 | 200 + 300 | 0 + 0 | 400 + 300: a total row, skipped and logged at A5.
 *
 * The same root (the row's «first text» is its first string cell, a dash included): a row «----» | «Sum» | … (the
 * dash in the Prioritet cell, as Word tables fill every cell) is imported as a measure named «Sum», though SPEC §11
 * names «Sum» first among the total words and the row has no priority, ID or Ref.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = [
  'Prioritet',
  'Tiltak',
  'Samlet kostnad',
  '2027',
  '2028',
  'Endr. drift',
  'Nye midler',
  'Ansvarlig',
];

const HEADER_ROWS = (total: CellValue[]): CellValue[][] => [
  HEADER,
  ['SAMFUNN OG TJENESTER'],
  [1, 'A', 400, 100, 200, '----', 400, 'Rådmannen'],
  [2, 'B', 300, 300, 300, '----', 300, 'Leder boligkontor'],
  total,
];

test('a «Sum» row with «----» in its Prioritet cell is no measure', () => {
  const result = importLegacy(
    {
      sheets: [
        { sheet: 'Drift', origin: 'A1', values: HEADER_ROWS(['----', 'Sum', 700, 400, 500, '----', 700, null]) },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
  expect(result.content.operating.map((r) => r.values.measure)).toEqual(['A', 'B']);
  const year = (i: number) => result.content.operating.reduce((s, r) => s + (r.years[i] ?? 0), 0);
  expect([year(0), year(1)]).toEqual([400, 500]);
});

test('an unlabelled sum row with «----» where the measures have «----» is no measure', () => {
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN OG TJENESTER'],
    [1, 'A', 400, 100, 200, '----', 400, 'Rådmannen'],
    [2, 'B', 300, 300, 300, '----', 300, 'Leder boligkontor'],
    [null, null, 700, 400, 500, '----', 700, null],
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
  expect(result.content.operating.map((r) => r.values.measure)).toEqual(['A', 'B']);
  const year = (i: number) => result.content.operating.reduce((s, r) => s + (r.years[i] ?? 0), 0);
  expect([year(0), year(1)]).toEqual([400, 500]);
  expect(result.log.some((d) => d.code === 'total-row-unlabelled' && d.cell === 'A5')).toBe(true);
});
