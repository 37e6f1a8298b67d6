/**
 * Two product tables missing, one table of the user's elsewhere. She renamed «Tiltak drift»
 * to «Drift 2027» (its table to DriftTabell) and deleted «Økonomiplan» with tblOkonomiplan. The one candidate,
 * DriftTabell, is named for BOTH findings, so the economy plan's finding tells her to rename «Drift 2027» to
 * «Økonomiplan» — following it would make the operating measures table the economy plan. At most one missing table
 * may be offered a given candidate (here: the candidate fits neither for certain, so name it for none, or only
 * when exactly one table is missing).
 */
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const base = canonicalSnapshot({ operating: [operatingRow()] });
const wb: WorkbookSnapshot = {
  ...base,
  sheets: base.sheets
    .filter((s) => s.sheet !== 'Økonomiplan')
    .map((s) => (s.sheet === 'Tiltak drift' ? { ...s, sheet: 'Drift 2027' } : s)),
  tables: base.tables
    .filter((t) => t.name !== 'tblOkonomiplan')
    .map((t) => (t.name === 'tblTiltakDrift' ? { ...t, name: 'DriftTabell', sheet: 'Drift 2027' } : t)),
};

it('does not offer the same table of hers as the sheet of two missing tables', () => {
  const f = readPlan(wb, { defaultStartYear: 2026 }).findings.filter((x) => x.code === 'sheet-missing');
  const offered = f.map((x) => (x.params as { foundTable?: string }).foundTable).filter((t) => t !== undefined);
  expect(f.length).toBe(2); // drift and economy plan both missing
  expect(offered.filter((t) => t === 'DriftTabell').length).toBeLessThanOrEqual(1);
});
