/**
 * A line typed right under a product table that did not grow over it (LibreOffice never grows one): SPEC §2
 * reads the table's range, so the line is neither checked nor counted, and the check says so at the row.
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { economyLine, operatingRow } from '../../helpers/rows';
import { canonicalSnapshot, setCell, shrinkTable as shrunk } from '../../helpers/workbook';

const render = (f: Finding) => `${f.code} ${JSON.stringify(f.params)}`;
const check = (wb: WorkbookSnapshot) => checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });
const below = (wb: WorkbookSnapshot) =>
  check(wb)
    .report.issues.filter((f) => f.code === 'row-below-table')
    .map((f) => `${f.sheet}!${f.cell}`);

// Two costed measures of 600/1 200/1 800/2 400 each (1000 kr); the second is typed on row 3.
const rows: Record<string, CellValue>[] = [
  operatingRow(),
  operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Skrevet under tabellen' }),
];

describe('row-below-table', () => {
  it('warns at a measure typed under tblTiltakDrift, which counts in no total', () => {
    const wb = shrunk(canonicalSnapshot({ operating: rows }), 'tblTiltakDrift');
    const result = check(wb);
    const found = result.report.issues.filter((f) => f.code === 'row-below-table');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Tiltak drift',
        cell: 'A3',
        message: 'row-below-table {"table":"tblTiltakDrift","row":3,"reason":"id"}',
      }),
    ]);
    // Only D-001 is in the table: 600 + 1 200 + 1 800 + 2 400 = 6 000 (thousand kroner) for the period.
    expect(result.plan.operating.map((m) => m.id)).toEqual(['D-001']);
    expect(result.report.totals.operating.all.period).toBe(6_000_000);
  });

  it('says nothing of the same measure inside the table (both count: 12 000 thousand)', () => {
    const result = check(canonicalSnapshot({ operating: rows }));
    expect(below(canonicalSnapshot({ operating: rows }))).toEqual([]);
    expect(result.report.totals.operating.all.period).toBe(12_000_000);
  });

  it('says nothing of a note typed in one cell under the table', () => {
    const wb = setCell(
      canonicalSnapshot({ operating: [operatingRow()] }),
      'Tiltak drift',
      'A3',
      'Notat under tabellen',
    );
    expect(below(wb)).toEqual([]);
  });

  it('says nothing of a totals row under the table', () => {
    const wb = shrunk(canonicalSnapshot({ operating: rows }), 'tblTiltakDrift', { totalsRow: true });
    expect(below(wb)).toEqual([]);
  });

  it('warns at an economy plan line pasted under tblOkonomiplan', () => {
    const lines = [economyLine(), economyLine({ Ref: 'D-002', Beskrivelse: 'Limt inn under tabellen' })];
    const wb = shrunk(canonicalSnapshot({ operating: [operatingRow()], economyPlan: lines }), 'tblOkonomiplan');
    expect(below(wb)).toEqual(['Økonomiplan!A3']);
  });

  it('warns at each line of a run typed under the table, down to the first row that is not a line', () => {
    // D-001 in the table (A1:U2); D-002, D-003, D-004 typed on rows 3-5; a one-cell note on row 6; D-006 on row 7.
    const five = [1, 2, 3, 4].map((n) => operatingRow({ ID: `D-00${n}`, Prioritet: n }));
    let wb = shrunk(canonicalSnapshot({ operating: five }), 'tblTiltakDrift', {}, 3);
    wb = setCell(wb, 'Tiltak drift', 'A6', 'Notat');
    wb = setCell(wb, 'Tiltak drift', 'A7', 'D-006');
    wb = setCell(wb, 'Tiltak drift', 'B7', 6);
    expect(below(wb)).toEqual(['Tiltak drift!A3', 'Tiltak drift!A4', 'Tiltak drift!A5']);
    // Only D-001 counts: 600 + 1 200 + 1 800 + 2 400 = 6 000 thousand.
    expect(check(wb).report.totals.operating.all.period).toBe(6_000_000);
  });

  it('stops at another table of the sheet right under the measure table', () => {
    const three = [1, 2, 3].map((n) => operatingRow({ ID: `D-00${n}`, Prioritet: n }));
    const wb0 = shrunk(canonicalSnapshot({ operating: three }), 'tblTiltakDrift', {}, 2);
    // The user's own table over rows 4-4 (A4:C4): only row 3 is a line typed under tblTiltakDrift.
    const wb = { ...wb0, tables: [...wb0.tables, { name: 'tblMine', sheet: 'Tiltak drift', ref: 'A4:C4' }] };
    expect(below(wb)).toEqual(['Tiltak drift!A3']);
  });

  it('is not stopped by a table of the user’s beside it, in other columns', () => {
    const three = [1, 2, 3].map((n) => operatingRow({ ID: `D-00${n}`, Prioritet: n }));
    const wb0 = shrunk(canonicalSnapshot({ operating: three }), 'tblTiltakDrift', {}, 2);
    // tblMine at X4:Y6, right of tblTiltakDrift's A:U: rows 3 and 4 are both lines typed under it.
    const wb = { ...wb0, tables: [...wb0.tables, { name: 'tblMine', sheet: 'Tiltak drift', ref: 'X4:Y6' }] };
    expect(below(wb)).toEqual(['Tiltak drift!A3', 'Tiltak drift!A4']);
  });
});
