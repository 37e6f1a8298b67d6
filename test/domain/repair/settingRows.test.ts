import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { planRepair } from '../../../src/domain/repair/repair';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { defaultContent } from '../../../src/domain/sheets/template';
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';

const opts = { defaultStartYear: 2027 };

/** A workbook made before Plannavn existed: tblInnstillinger A1:B7 with six settings, row 8 empty. */
function olderWorkbook(): WorkbookSnapshot {
  const wb = snapshotFromContent({
    ...defaultContent({ startYear: 2027 }),
    settings: { ...defaultContent({ startYear: 2027 }).settings, planName: '' },
  });
  const cleared = setCell(setCell(wb, 'Innstillinger', 'A8', null), 'Innstillinger', 'B8', null);
  return {
    ...cleared,
    tables: cleared.tables.map((t) => (t.name === 'tblInnstillinger' ? { ...t, ref: 'A1:B7' } : t)),
  };
}

describe('repair of the settings rows (SPEC §3 Plannavn)', () => {
  it('the template has Plannavn as the last row of tblInnstillinger', () => {
    const wb = snapshotFromContent(defaultContent({ startYear: 2027 }));
    expect(wb.tables.find((t) => t.name === 'tblInnstillinger')?.ref).toBe('A1:B8');
    expect(wb.sheets.find((s) => s.sheet === 'Innstillinger')?.values[7]?.[0]).toBe('Plannavn');
  });

  it('an older workbook without the row is still valid and repair adds it below the table', () => {
    const older = olderWorkbook();
    const read = readPlan(older, opts);
    expect(read.plan.settings.planName).toBe('');
    expect(read.findings.filter((f) => f.sheet === 'Innstillinger')).toEqual([]);
    const { changes, edits, blocked } = planRepair(older, opts);
    expect(blocked).toEqual([]);
    expect(changes).toEqual([{ kind: 'add-setting', sheet: 'Innstillinger', target: 'Plannavn', detail: 'A8' }]);
    const repaired = setCell(applyEdits(older, edits), 'Innstillinger', 'B8', 'Helse og omsorg');
    expect(repaired.tables.find((t) => t.name === 'tblInnstillinger')?.ref).toBe('A1:B8');
    expect(readPlan(repaired, opts).plan.settings.planName).toBe('Helse og omsorg');
  });

  it('a user cell below the table keeps the row out and is named', () => {
    const older = setCell(olderWorkbook(), 'Innstillinger', 'B8', 'notat');
    const { changes, blocked } = planRepair(older, opts);
    expect(changes.filter((c) => c.kind === 'add-setting')).toEqual([]);
    expect(blocked).toEqual([{ sheet: 'Innstillinger', cell: 'B8' }]);
  });
});
