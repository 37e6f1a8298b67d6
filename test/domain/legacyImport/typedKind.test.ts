/**
 * A legacy drift table with its own Type column. A row typed «Varig» whose Samlet kostnad is 0 was logged as "Type
 * Engangs, Helårsvirkning 0" while the measure kept the Type typed, Varig: the log said what the importer did not do.
 * The Type typed is the user's and wins (SPEC §11: nothing lost); the importer only decides Engangs for a row whose
 * Type is empty, and only then logs it. Figures worked out by hand.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

const values: CellValue[][] = [
  ['Prioritet', 'Tiltak', 'Type', '2027', '2028', 'Samlet kostnad'],
  ['DRIFT'],
  [1, 'Familieteam', 'Varig', 100, 100, 0], // row 3: typed Varig, Samlet kostnad 0
  [2, 'Leksehjelp', null, 100, 50, null], // row 4: no Type, no Samlet kostnad → Engangs, Helårsvirkning 0
  [3, 'Natteravn', null, 10, 10, 10], // row 5: Varig with Helårsvirkning 10
];
const result = importLegacy(
  { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: [] }], tables: [] },
  { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
);

describe('a Type column beside Samlet kostnad', () => {
  it('keeps the Type typed, and decides Engangs only where none is typed', () => {
    // Period sums: 100 + 100 = 200, 100 + 50 = 150, 10 + 10 = 20; as typed in 1000 kr.
    expect(result.content.operating.map((r) => [r.values.kind, r.values.fullYear, r.years.slice(0, 2)])).toEqual([
      ['Varig', 0, [100, 100]],
      ['Engangs', 0, [100, 50]],
      ['Varig', 10, [10, 10]],
    ]);
  });

  it('logs the one-off decision only for the row it made it for (F4)', () => {
    expect(result.log.filter((d) => d.code === 'one-off').map((d) => d.cell)).toEqual(['F4']);
  });
});
