/**
 * A table's title with a note typed beside it (SPEC §11, import decisions: "A unit in the title above the table").
 * The title was read only when it stood alone on its row, so "Tabell 6.1 … (mill kr) | Vedtatt 14.09.16" gave no
 * unit, and a header with none took the --unit: 0,6 mill kr became 0,6 thousand (600 kr), 1000 times too little.
 * The title is the row's first text when every cell of the row is a text; the note beside it is logged.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';

const run = (title: CellValue[]) =>
  importLegacy(
    {
      sheets: [
        {
          sheet: 'Drift',
          origin: 'A1',
          values: [
            title,
            [],
            ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
            ['SAMFUNN'],
            [1, 'Miljøteam', 0.6, 1.2, 'Rådmannen'],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

describe('«Tabell 6.1 Utviklingstiltak drift (mill kr)» with «Vedtatt 14.09.16» beside it', () => {
  const result = run(['Tabell 6.1 Utviklingstiltak drift (mill kr)', null, null, null, 'Vedtatt 14.09.16']);

  it('reads the years in mill kr: 0,6 and 1,2 mill kr are 600 and 1 200 thousand', () => {
    expect(result.content.operating.map((m) => m.years.slice(0, 2))).toEqual([[600, 1200]]);
    expect(result.log.filter((d) => d.code === 'unit-title').map((d) => [d.cell, d.params])).toEqual([
      ['A1', { title: 'Tabell 6.1 Utviklingstiltak drift (mill kr)', unit: 'mill kr' }],
    ]);
  });

  it('logs the note beside the title at its cell', () => {
    expect(result.log.filter((d) => d.code === 'title-note').map((d) => [d.cell, d.params])).toEqual([
      ['E1', { title: 'Tabell 6.1 Utviklingstiltak drift (mill kr)', typed: 'Vedtatt 14.09.16' }],
    ]);
  });

  it('a row with a number beside the text is no title: the --unit holds, as before', () => {
    const other = run(['Tabell 6.1 Utviklingstiltak drift (mill kr)', null, null, null, 2016]);
    expect(other.content.operating.map((m) => m.years.slice(0, 2))).toEqual([[0.6, 1.2]]);
  });
});

describe('two tables side by side, each under its own title on one row', () => {
  // «Tabell 6.1 … (mill kr)» over A–C and «Tabell 6.2 … (1000 kr)» over E–G: each table's amounts in its title's
  // unit. 0,6 mill kr = 600 thousand; 250 thousand stays 250.
  const result = importLegacy(
    {
      sheets: [
        {
          sheet: 'Plan',
          origin: 'A1',
          values: [
            ['Tabell 6.1 Drift (mill kr)', null, null, null, 'Tabell 6.2 Investering (1000 kr)'],
            [],
            ['Prioritet', 'Tiltak', '2027', null, 'Prioritet', 'Tiltak', 'År', 'Lån'],
            [1, 'Miljøteam', 0.6, null, 1, 'Småhus', 2027, 250],
          ],
          merges: [],
        },
      ],
      tables: [],
    },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );

  it('reads each table in its own title’s unit, and no title as a note of the other', () => {
    expect(result.content.operating.map((m) => m.years[0])).toEqual([600]);
    expect(result.content.investment.map((m) => m.values.finLoan)).toEqual([250]);
    expect(result.log.filter((d) => d.code === 'title-note')).toEqual([]);
  });
});
