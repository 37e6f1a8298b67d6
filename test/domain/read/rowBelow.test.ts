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
        message: 'row-below-table {"table":"tblTiltakDrift","row":3}',
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
});
