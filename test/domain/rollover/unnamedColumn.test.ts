/**
 * A product column whose header the user emptied (or Excel renamed «Kolonne17»), standing where that one missing
 * column belongs (read/unnamedColumn.ts: the check names its header cell, repair writes the header back). A roll
 * and a saved version take it as that column, as repair would: the product header restored and the values in
 * their column, rolled by the column's own rule — not carried as a user column «Kolonne<n>» at the end while the
 * product column stands empty (a Varig measure's new last year then lost its Helårsvirkning).
 *
 * By hand, 1000 kr, period 2027–2030 rolled to 2028–2031:
 * - D-001 Varig: 600, 1 200, 1 800, 2 400; Helårsvirkning 2 400 = Nye midler; Ansvarlig «Leder boligkontor».
 *   Rolled: 1 200, 1 800, 2 400 and the new last year 2031 = its Helårsvirkning 2 400.
 * - D-002 Varig: 100 each year; Helårsvirkning 150 = Nye midler; Ansvarlig «Rådgiver».
 *   Rolled: 100, 100, 100 and 2031 = 150.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { findVersions } from '../../../src/domain/read/versionHeader';
import { readVersion } from '../../../src/domain/read/version';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const SHEET = 'Tiltak drift';
const opts = { defaultStartYear: 2027 };
const base = canonicalSnapshot({
  operating: [
    operatingRow(),
    operatingRow({
      ID: 'D-002',
      Prioritet: 2,
      '2027': 100,
      '2028': 100,
      '2029': 100,
      '2030': 100,
      Helårsvirkning: 150,
      'Nye midler': 150,
      Ansvarlig: 'Rådgiver',
    }),
  ],
});
const letterOf = (key: string): string => readPlan(base, opts).plan.layouts.operating?.columns[key] ?? '';

function rolled(wb: WorkbookSnapshot) {
  const { plan, findings } = readPlan(wb, opts);
  return planRolledWorkbook(wb, plan, { date: '2027-12-01', findings }).content;
}

describe.each<[string, CellValue]>([
  ['emptied', null],
  ['renamed by Excel', 'Kolonne17'],
])('a product column whose header was %s', (_, header) => {
  it('Ansvarlig: a roll writes the values under Ansvarlig again, no «Kolonne<n>» column', () => {
    const wb = setCell(base, SHEET, `${letterOf('responsible')}1`, header);
    const content = rolled(wb);
    expect(content.operating.map((r) => r.values.responsible)).toEqual(['Leder boligkontor', 'Rådgiver']);
    expect(content.userColumns).toBeUndefined();
    expect(content.operating.map((r) => r.extra)).toEqual([undefined, undefined]);
  });

  it('Helårsvirkning: the values under Helårsvirkning, and a Varig measure gets it in the new last year', () => {
    const wb = setCell(base, SHEET, `${letterOf('fullYear')}1`, header);
    const content = rolled(wb);
    expect(content.operating.map((r) => r.values.fullYear)).toEqual([2400, 150]);
    expect(content.operating.map((r) => r.years)).toEqual([
      [1200, 1800, 2400, 2400],
      [100, 100, 100, 150],
    ]);
    expect(content.userColumns).toBeUndefined();
  });

  it('Lagre versjon keeps the values under their product header too', () => {
    const wb = setCell(base, SHEET, `${letterOf('responsible')}1`, header);
    const { plan, findings } = readPlan(wb, opts);
    const saved = applyEdits(wb, planSaveVersion(wb, plan, { label: 'Vedtatt', date: '2027-06-20' }, findings).edits);
    const [version] = findVersions(saved);
    expect(version).toBeDefined();
    const back = version ? readVersion(saved, version.sheet) : null;
    expect(back?.plan.operating.map((m) => m.responsible)).toEqual(['Leder boligkontor', 'Rådgiver']);
  });
});
