/**
 * A Prioritet cell merged down over several measure rows (SPEC §11, import decisions: "Merged cells: text
 * follows, numbers count once"). The rows it covered got no priority and no log line, so check's priority-invalid
 * was the first the user heard of it. A priority names one measure (unique in its section, SPEC §4), like an ID:
 * it is the merge's first row's only, and each covered row's log line names the merge and that row.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderImportDecision } from '../../../src/i18n/importLog';

describe('a Prioritet merged down over three measure rows (A3:A5)', () => {
  const values: CellValue[][] = [
    ['Prioritet', 'Tiltak', '2027', '2028', 'Ansvarlig'],
    ['DRIFT'],
    [1, 'Familieteam', 250, 400, 'Rådmannen'], // row 3: the merge's first row, priority 1
    [null, 'Leksehjelp', 100, 100, 'Skolesjef'], // row 4: covered
    [null, 'Natteravn', 10, 10, 'Rådmannen'], // row 5: covered
    [2, 'Skolehelse', 20, 20, 'Helsesjef'], // row 6: its own
  ];
  const result = importLegacy(
    { sheets: [{ sheet: 'Drift', origin: 'A1', values, merges: ['A3:A5'] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code },
  );
  const rows = result.content.operating;

  it('gives priority 1 to row 3 only: no duplicate 1 in the section; rows 4 and 5 have none, row 6 its 2', () => {
    expect(rows.map((r) => [r.values.measure, r.values.priority])).toEqual([
      ['Familieteam', 1],
      ['Leksehjelp', null],
      ['Natteravn', null],
      ['Skolehelse', 2],
    ]);
  });

  it('keeps every measure with its own money and nothing in Kommentar: 250 + 100 + 10 + 20 = 380 in 2027', () => {
    expect(rows.reduce((s, r) => s + (r.years[0] ?? 0), 0)).toBe(380);
    expect(rows.map((r) => r.values.comment)).toEqual(['', '', '', '']);
  });

  it('logs each covered cell with the merge and the row whose priority it is, not as a value for this row too', () => {
    const logged = result.log.filter((d) => d.cell.startsWith('A') && d.code.includes('merged'));
    expect(logged.map((d) => [d.cell, d.code, d.params])).toEqual([
      ['A4', 'priority-merged', { value: '1', range: 'A3:A5', row: 3 }],
      ['A5', 'priority-merged', { value: '1', range: 'A3:A5', row: 3 }],
    ]);
    const a4 = result.log.find((d) => d.cell === 'A4' && d.code === 'priority-merged');
    expect(a4 && renderImportDecision(a4, 'nb')).toBe(
      'Prioriteten «1» står i en sammenslått celle (A3:A5) og hører til tiltaket på rad 3: dette tiltaket har ' +
        'ingen prioritet. Gi det sin egen.',
    );
  });
});
