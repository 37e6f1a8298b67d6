/**
 * Struktur (repair) on a plan whose measure table the user renamed in Excel (tblTiltakDrift → «Driftstiltak»),
 * with a note typed two rows below it: the renamed table is the measure table (read/locateTable.ts). Repair
 * creates no second table over it (two tables on one range is a file Excel repairs by removing one) and takes
 * the note into none; Nytt tiltak writes the new measure into the table, above the note.
 */
import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import { planRepair } from '../../../src/domain/repair/repair';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import { editsOf } from '../../helpers/writePlan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const opts = { defaultStartYear: 2027 };

/** Two operating measures (rows 2–3 under the header in row 1), the table renamed, a note in A5. */
function renamedPlan(): WorkbookSnapshot {
  const wb = canonicalSnapshot({
    operating: [operatingRow({ ID: 'D-001', Prioritet: 1 }), operatingRow({ ID: 'D-002', Prioritet: 2 })],
  });
  const tables = wb.tables.map((t) => (t.name === 'tblTiltakDrift' ? { ...t, name: 'Driftstiltak' } : t));
  return setCell({ ...wb, tables }, 'Tiltak drift', 'A5', 'Merknad: tallene for 2030 er foreløpige');
}

describe('a measure table the user renamed', () => {
  it('is read as the table: its two rows, not the note below it', () => {
    const { plan } = readPlan(renamedPlan(), opts);
    expect(plan.operating.map((m) => m.id)).toEqual(['D-001', 'D-002']);
    expect(plan.layouts.operating?.tableName).toBe('Driftstiltak');
    // Header in row 1, D-001 and D-002 in rows 2 and 3.
    expect(plan.layouts.operating?.lastDataRow).toBe(3);
  });

  it('gets no second table from Struktur on Tiltak drift', () => {
    const { edits } = planRepair(renamedPlan(), opts);
    const onDrift = edits.filter((e) => e.kind === 'createTable' && e.sheet === 'Tiltak drift');
    expect(onDrift).toEqual([]);
  });

  it('takes Nytt tiltak into the table, in row 4 right under D-002, and the note in A5 stays', () => {
    const wb = renamedPlan();
    const row = { values: { section: 'Organisasjon', measure: 'Boligsosial veileder' }, years: [] };
    const edits = editsOf(planAddMeasure(readPlan(wb, opts).plan, 'operating', row, wb));
    const tables = edits.flatMap((e) => (e.kind === 'resizeTable' ? [[e.name, e.ref.replace(/:[A-Z]+/, ':')]] : []));
    // Header row 1, D-001 in 2, D-002 in 3: the new row is 4, the table A1:…4.
    expect(tables).toEqual([['Driftstiltak', 'A1:4']]);
    const rows = edits.flatMap((e) => (e.kind === 'setCells' && e.sheet === 'Tiltak drift' ? [e.origin] : []));
    expect(rows.every((origin) => /^[A-Z]+4$/.test(origin))).toBe(true);
  });
});
