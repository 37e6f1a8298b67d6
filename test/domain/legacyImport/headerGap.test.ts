/**
 * An empty row typed between a legacy table's two header rows (the headings in row 1, the years under their group
 * in row 3). Before, the table ended at the empty row: no measure was read, the plan came out empty, and the log
 * asked for a priority the rows already had. Now the row of year headings after one empty row is the header's second
 * row, logged at the empty row (`header-gap`), as long as measure rows follow it.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote, renderImportDecision } from '../../../src/i18n/importLog';

function imported(values: readonly (readonly CellValue[])[]): ReturnType<typeof importLegacy> {
  return importLegacy(
    { sheets: [{ sheet: 'Ark1', origin: 'A1', values: values.map((r) => [...r]), merges: [] }], tables: [] },
    { defaultStartYear: 2030, commentNote: importCommentNote('nb') },
  );
}

describe('an empty row between the header rows', () => {
  // Kostnad (1000 kr) over C–F, the years 2027–2030 in row 3 under it. Familieteam 100, 200, 300, 400 (1000 kr,
  // the import's unit), Leksehjelp 20 a year.
  const result = imported([
    ['Prioritet', 'Tiltak', 'Kostnad (1000 kr)', null, null, null, 'Ansvarlig'],
    [],
    [null, null, '2027', '2028', '2029', '2030', null],
    [1, 'Familieteam', 100, 200, 300, 400, 'Rektor'],
    [2, 'Leksehjelp', 20, 20, 20, 20, 'NAV'],
  ]);

  it('reads row 3 as the second header row: the years, from 2027 (not the default 2030)', () => {
    expect(result.content.settings.startYear).toBe(2027);
    expect(result.content.operating.map((r) => [r.values.measure, r.years, r.values.responsible])).toEqual([
      ['Familieteam', [100, 200, 300, 400], 'Rektor'],
      ['Leksehjelp', [20, 20, 20, 20], 'NAV'],
    ]);
  });

  it('logs the empty row at A2, naming both rows, and no row as unread', () => {
    const gap = result.log.filter((d) => d.code === 'header-gap');
    expect(gap.map((d) => [d.sheet, d.cell, d.params])).toEqual([['Ark1', 'A2', { empty: 2, row: 3 }]]);
    expect(gap[0] && renderImportDecision(gap[0], 'nb')).toContain('rad 3');
    expect(result.log.filter((d) => d.code.startsWith('unread'))).toEqual([]);
  });
});

describe('an empty row under a one-row header stays what it was', () => {
  it('a section row after it is no header: the measures are read under row 1’s headings', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
      [],
      ['DRIFT'],
      [1, 'Familieteam', 100, 200, 'Rektor'],
    ]);
    expect(result.content.operating.map((r) => [r.values.section, r.years.slice(0, 2)])).toEqual([
      ['Drift', [100, 200]],
    ]);
    expect(result.log.filter((d) => d.code === 'header-gap')).toEqual([]);
  });

  it('a row of headings with no measure under it is not taken as the header', () => {
    const result = imported([
      ['Prioritet', 'Tiltak', 'Kostnad (1000 kr)', null, 'Ansvarlig'],
      [],
      [null, null, '2027', '2028', null],
    ]);
    expect(result.log.filter((d) => d.code === 'header-gap')).toEqual([]);
  });
});
