/**
 * Review r27 (high, import): a legacy subtotal row labelled «Delsum» (Norwegian for subtotal), or «Sum.» /
 * «Totalt.» with a full stop, is imported as a costed measure, so the new workbook counts the section's money twice.
 *
 * SPEC §11: «A total row is never a measure: a row whose first text is a total word ("Sum", "Sum drift",
 * "Totalt", "I alt", "SUM INVESTERING" …) … is skipped and logged.» «Delsum» is the word Norwegian budget tables use
 * for a section's subtotal; «Sum.» and «Totalt.» are «Sum» and «Totalt» with a full stop. docs/spec.md §11 (as
 * built) keeps a total word as a measure only when the row has a priority, ID or Ref. of its own: these rows have
 * none, and their figures are the sum of the two measures above.
 *
 * What she did (CLI): a legacy sheet «Tiltak» pasted from Word, section SAMFUNN OG TJENESTER with two measures and a
 * row «Delsum» under them (no priority), then `import L.xlsx --out F.xlsx --start 2027`: «Skrev …: 3 driftstiltak»,
 * the third one «Delsum», Beregnet, with 750 / 1 350 and Nye midler 2 550; `check F.xlsx` counts 2027 as 1 500.
 *
 * By hand: the measures are Miljøteam (600, 1 200) and Bo Kart (150, 150): two measures, 2027 = 600 + 150 = 750,
 * 2028 = 1 200 + 150 = 1 350 (1000 kr). The subtotal row is skipped and logged as a total row.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const HEADER: CellValue[] = ['Prioritet', 'Tiltak', '2027', '2028', 'Samlet kostnad', 'Nye midler', 'Ansvarlig'];

function importWith(total: CellValue[]) {
  const values: CellValue[][] = [
    HEADER,
    ['SAMFUNN OG TJENESTER'],
    [1, 'Miljøteam', 600, 1200, 2400, 2400, 'Rådmannen'],
    [2, 'Bo Kart', 150, 150, 150, 150, 'Boligkontoret'],
    total,
  ];
  return importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
}

const ROWS: [string, CellValue[]][] = [
  ['«Delsum» in the Tiltak column', [null, 'Delsum', 750, 1350, 2550, 2550, null]],
  [
    '«Delsum samfunn og tjenester» in the Tiltak column',
    [null, 'Delsum samfunn og tjenester', 750, 1350, 2550, 2550, null],
  ],
  ['«Sum.» in the Tiltak column', [null, 'Sum.', 750, 1350, 2550, 2550, null]],
  ['«Totalt.» in the Prioritet column', ['Totalt.', null, 750, 1350, 2550, 2550, null]],
];

test.each(ROWS)('a subtotal row with %s is no measure: the money is not counted twice', (_, total) => {
  const result = importWith(total);
  expect(result.content.operating.map((r) => r.values.measure)).toEqual(['Miljøteam', 'Bo Kart']);
  const year = (i: number) => result.content.operating.reduce((s, r) => s + (r.years[i] ?? 0), 0);
  expect([year(0), year(1)]).toEqual([750, 1350]);
  expect(result.log.some((d) => d.code.startsWith('total-row') && d.cell === 'A5')).toBe(true);
});
