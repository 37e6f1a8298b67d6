import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { findVersions, serialToIsoDate } from '../../../src/domain/read/versionHeader';
import { readVersion } from '../../../src/domain/read/version';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { economyLine } from '../../helpers/rows';
import { comparePlans } from '../../../src/domain/compare/compare';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import type { Unit } from '../../../src/domain/model/money';
import type { Measure } from '../../../src/domain/model/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const stamp = { label: 'Vedtatt K-sak 45/2027', date: '2027-11-15' };

function saved(unit: Unit = '1000 kr'): WorkbookSnapshot {
  const wb = snapshotFromContent(exampleContent({ startYear: 2027, unit }));
  const { plan } = readPlan(wb, { defaultStartYear: 2027 });
  return applyEdits(wb, planSaveVersion(wb, plan, stamp).edits);
}

/** A measure without where it was read (sheet, row, columns): what a version must keep. */
const content = (m: Measure) => {
  const { sheet: _s, row: _r, cellColumns: _c, ...rest } = m;
  return rest;
};

describe('findVersions', () => {
  it('finds a saved version by its header, with label, date, period and unit', () => {
    expect(findVersions(saved())).toEqual([
      { sheet: 'Versjon 1', ...stamp, startYear: 2027, yearCount: 4, unit: '1000 kr' },
    ]);
  });

  it('goes by the header, not by the name: a renamed version is found, a sheet named Versjon is not', () => {
    const wb = saved();
    const renamed = wb.sheets.map((s): SheetSnapshot => (s.sheet === 'Versjon 1' ? { ...s, sheet: 'Vedtatt' } : s));
    const impostor: SheetSnapshot = { sheet: 'Versjon 2', origin: 'A1', values: [['Versjon', 'ikke en versjon']] };
    expect(findVersions({ ...wb, sheets: [...renamed, impostor] }).map((v) => v.sheet)).toEqual(['Vedtatt']);
  });

  it('does not take a header without a valid period for a version', () => {
    const broken: SheetSnapshot = {
      sheet: 'X',
      origin: 'A1',
      values: [
        ['Innstilling', 'Verdi'],
        ['Versjon', 'a'],
        ['Første planår', 'neste år'],
        ['Beløpsenhet', '1000 kr'],
      ],
    };
    expect(findVersions({ sheets: [broken], tables: [] })).toEqual([]);
  });

  it.each([
    [46706, '2027-11-15'],
    [36585, '2000-02-29'],
    [73110, '2100-03-01'],
  ])('reads a date Excel turned into serial %d as %s', (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
  });
});

describe('readVersion', () => {
  it.each<Unit>(['1000 kr', 'mill kr', 'kr'])('reads back every measure and line of the plan (%s)', (unit) => {
    const wb = saved(unit);
    const { plan } = readPlan(wb, { defaultStartYear: 2027 });
    const version = readVersion(wb, 'Versjon 1');
    expect(version?.info.label).toBe(stamp.label);
    expect(version?.plan.settings).toEqual(plan.settings);
    expect(version?.plan.operating.map(content)).toEqual(plan.operating.map(content));
    expect(version?.plan.investment.map(content)).toEqual(plan.investment.map(content));
    const lines = (p: typeof plan) => p.economyPlan.map(({ sheet: _s, row: _r, cellColumns: _c, ...l }) => l);
    expect(version && lines(version.plan)).toEqual(lines(plan));
  });

  it('keeps the version sheet and its rows in what it reads', () => {
    const version = readVersion(saved(), 'Versjon 1');
    const d1 = version?.plan.operating.find((m) => m.id === 'D-001');
    const sheet = saved().sheets.find((s) => s.sheet === 'Versjon 1');
    expect(d1?.sheet).toBe('Versjon 1');
    expect(sheet?.values[(d1?.row ?? 0) - 1]?.[0]).toBe('D-001');
  });

  it('reads the measures of a version whose blank row under its header the user deleted', () => {
    // The example's version: header A2:B11, blank row 12, "Tiltak drift" in A13. With row 12 deleted the title
    // follows the header directly; the 11 operating measures D-001 … D-011 are still the version's.
    const wb = saved();
    const sheets = wb.sheets.map((s) =>
      s.sheet === 'Versjon 1' ? { ...s, values: s.values.filter((_, i) => i !== 11) } : s,
    );
    expect(wb.sheets.find((s) => s.sheet === 'Versjon 1')?.values[12]?.[0]).toBe('Tiltak drift');
    const version = readVersion({ ...wb, sheets }, 'Versjon 1');
    expect(version?.info.label).toBe(stamp.label);
    expect(version?.plan.operating.map((m) => m.id)).toEqual([
      ...['D-001', 'D-002', 'D-003', 'D-004', 'D-005', 'D-006', 'D-007', 'D-008', 'D-009', 'D-010', 'D-011'],
    ]);
    expect(version?.plan.operating[0]?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(version?.plan.investment).toHaveLength(5);
  });

  it('answers null for a sheet that is not a version', () => {
    expect(readVersion(saved(), 'Tiltak drift')).toBeNull();
    expect(readVersion(saved(), 'Finnes ikke')).toBeNull();
  });

  it("reads every line after a row whose only content is the user's own column (a Kontonr beside the lines)", () => {
    // tblOkonomiplan A1:K4 plus the user's column L «Kontonr»: row 3 holds only L3, which the plan reads as an
    // empty line. The version writes that row with the Kontonr only, after the product's columns
    // (sheets/userColumns.ts), and reads it back as the same empty line; the lines below it (D-002, 100 a year)
    // are still the version's, so nothing changed since it.
    const lines = [
      economyLine(),
      {},
      economyLine({ Ref: 'D-002', '2027': 100, '2028': 100, '2029': 100, '2030': 100 }),
    ];
    let wb = canonicalSnapshot({ economyPlan: lines });
    wb = setCell(setCell(wb, 'Økonomiplan', 'L1', 'Kontonr'), 'Økonomiplan', 'L3', '1234');
    wb = { ...wb, tables: wb.tables.map((t) => (t.name === 'tblOkonomiplan' ? { ...t, ref: 'A1:L4' } : t)) };
    const { plan } = readPlan(wb, { defaultStartYear: 2027 });
    const withVersion = applyEdits(wb, planSaveVersion(wb, plan, stamp).edits);
    const version = readVersion(withVersion, 'Versjon 1');
    expect(version?.plan.economyPlan.map((l) => [l.ref, l.years[0]])).toEqual([
      ['D-001', 600_000],
      ['', null],
      ['D-002', 100_000],
    ]);
    const rows = withVersion.sheets.find((s) => s.sheet === 'Versjon 1')?.values ?? [];
    expect(rows.find((r) => r[11] === '1234')?.slice(0, 12)).toEqual([
      ...Array(6).fill(''),
      null,
      null,
      null,
      null,
      '',
      '1234',
    ]);
    const sides = { old: { file: 'a.xlsx', label: stamp.label }, new: { file: 'a.xlsx', label: 'a.xlsx' } };
    const diff = comparePlans(version?.plan ?? plan, plan, sides);
    expect(diff.economyPlan).toEqual({ added: [], removed: [], changed: [] });
  });
});
