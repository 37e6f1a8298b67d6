/**
 * Compare (SPEC §14) on small plans whose every figure is worked out by hand: a measure moved between the tables,
 * an ID changed with the text kept, a rolled period against the archived one, and a change of Beløpsenhet (SPEC
 * §4: a mill kr plan typed with decimals). Amounts in the plans are typed in thousands (1000 kr) unless told.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet, YearChanges } from '../../../src/domain/model/changeSet';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Unit } from '../../../src/domain/model/money';
import { readPlan } from '../../../src/domain/read/plan';
import { renderCompare } from '../../../src/report/compareReport';
import { inv, op, plan } from '../../helpers/plan';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const compare = (a: Plan, b: Plan): ChangeSet => comparePlans(a, b, sides);

/** [old, new, Δ] per year in thousands (null where the year is outside a version's period). */
const th = (changes: YearChanges) =>
  Object.fromEntries(
    Object.entries(changes).map(([y, c]) => [
      y,
      [c.old, c.new, c.difference].map((v) => (v === null ? null : v / 1000)),
    ]),
  );

describe('compare by hand: a measure moved from Tiltak drift to Tiltak investering', () => {
  // Old: D-005 drift 100/200/300/400, Helårsvirkning 400 all new money (new money 100/200/300/400), frame R1,
  // beside D-001 drift 50 a year, all new money, frame R1. New: D-005 stands in investering with the same years
  // (Kostnadsramme 1 000 by loan); D-001 unchanged.
  const d1 = op({ id: 'D-001', row: 2, years: [50, 50, 50, 50], fullYear: 50, newMoney: 50 });
  const before = plan({
    operating: [d1, op({ id: 'D-005', row: 3, years: [100, 200, 300, 400], fullYear: 400, newMoney: 400 })],
  });
  const after = plan({
    operating: [d1],
    investment: [inv({ id: 'D-005', row: 2, years: [100, 200, 300, 400], budget: 1000, loan: 1000 })],
  });
  const diff = compare(before, after);

  it('is one changed measure, not one removed and one added', () => {
    expect([diff.measures.added, diff.measures.removed]).toEqual([[], []]);
    expect(diff.measures.changed.map((m) => [m.id, m.table, m.movedFrom])).toEqual([
      ['D-005', 'investment', 'operating'],
    ]);
    // The years are the same calendar years with the same amounts: no year change.
    expect(diff.measures.changed[0]?.changes.filter((c) => c.field === 'years')).toEqual([]);
  });

  it('its money leaves the operating totals and joins the investment totals', () => {
    // Drift: 150/250/350/450 → 50 each year; Δ −100/−200/−300/−400.
    expect(th(diff.totals.operating)).toEqual({
      '2027': [150, 50, -100],
      '2028': [250, 50, -200],
      '2029': [350, 50, -300],
      '2030': [450, 50, -400],
    });
    // New money likewise (all of both measures' drift was new money); frame R1 the same.
    expect(th(diff.totals.newMoney)).toEqual(th(diff.totals.operating));
    expect(diff.totals.byFrame.map((f) => [f.frame, th(f.years)])).toEqual([['R1', th(diff.totals.operating)]]);
    // Investering: 0 → 100/200/300/400.
    expect(th(diff.totals.investment)).toEqual({
      '2027': [0, 100, 100],
      '2028': [0, 200, 200],
      '2029': [0, 300, 300],
      '2030': [0, 400, 400],
    });
  });

  it('the text report says so on one line above its fields', () => {
    const text = renderCompare(diff, 'text', 'nb');
    expect(text).toMatch(/D-005 +Prosjekt D-005 +Tabell +Drift +Investering/);
  });
});

describe('compare by hand: an ID retyped, the text kept', () => {
  // D-001 is now D-010, every other field the same: matched by ID (SPEC §14), so one removed and one added;
  // the totals do not move.
  const m = { years: [600, 1200, 1800, 2400], fullYear: 2400, newMoney: 2400 };
  const diff = compare(
    plan({ operating: [op({ id: 'D-001', ...m })] }),
    plan({ operating: [op({ id: 'D-010', ...m })] }),
  );

  it('lists D-001 removed and D-010 added, with the same amounts, and no change of a total', () => {
    expect(diff.measures.removed.map((r) => [r.id, r.years['2030']])).toEqual([['D-001', 2_400_000]]);
    expect(diff.measures.added.map((a) => [a.id, a.years['2030']])).toEqual([['D-010', 2_400_000]]);
    expect(diff.measures.changed).toEqual([]);
    for (const t of [diff.totals.operating, diff.totals.newMoney, diff.totals.investment])
      expect(Object.values(t).every((c) => c.difference === 0)).toBe(true);
  });

  it('an ID retyped in lower case with spaces around is the same measure (§10: groupKey)', () => {
    // (op names the measure after its ID: the same text typed on both sides.)
    const same = compare(
      plan({ operating: [op({ id: 'D-001', ...m })] }),
      plan({ operating: [{ ...op({ id: ' d-001 ', ...m }), measure: 'Tiltak D-001' }] }),
    );
    expect([same.measures.added, same.measures.removed, same.measures.changed]).toEqual([[], [], []]);
  });
});

type Row = Record<string, CellValue>;
const typed = (unit: Unit, row: Row, startYear = 2027): Plan =>
  readPlan(canonicalSnapshot({ unit, startYear, operating: [operatingRow(row)] }), { defaultStartYear: startYear })
    .plan;

describe('compare by hand: a rolled period against the adopted one', () => {
  // Adopted 2027–2030: 600/1 200/1 800/2 400. Rolled to 2028–2031 with 1 200/1 900/2 400/2 400 (2029 raised by
  // 100; 2031 the full-year effect). Only 2028–2030 are compared; 2027 and 2031 are listed as one side's only.
  const before = typed('1000 kr', {});
  const after = typed(
    '1000 kr',
    { '2027': null, '2028': 1200, '2029': 1900, '2030': 2400, '2031': 2400, 'Nye midler': 2400 },
    2028,
  );
  const diff = compare(before, after);

  it('compares the overlapping years only, and lists the others as such', () => {
    expect(diff.years).toEqual({ common: [2028, 2029, 2030], onlyOld: [2027], onlyNew: [2031] });
    expect(diff.measures.changed.map((c) => [c.id, c.changes])).toEqual([
      [
        'D-001',
        [
          // 600 in 2027, which the rolled plan no longer holds; 2 400 in 2031, which the adopted did not hold.
          { field: 'years', year: 2027, old: 600_000, new: null, onlyIn: 'old' },
          { field: 'years', year: 2029, old: 1_800_000, new: 1_900_000 },
          { field: 'years', year: 2031, old: null, new: 2_400_000, onlyIn: 'new' },
        ],
      ],
    ]);
  });

  it('totals: a year in one period only has no difference', () => {
    expect(th(diff.totals.operating)).toEqual({
      '2027': [600, null, null],
      '2028': [1200, 1200, 0],
      '2029': [1800, 1900, 100],
      '2030': [2400, 2400, 0],
      '2031': [null, 2400, null],
    });
  });
});

describe('compare by hand: Beløpsenhet changed between the versions (SPEC §4, §7)', () => {
  // Adopted in 1000 kr: 600/1 200/1 800/2 400. The same plan converted to mill kr: 0,6/1,2/1,8/2,4.
  const adopted = typed('1000 kr', {});
  const converted = typed('mill kr', {
    '2027': 0.6,
    '2028': 1.2,
    '2029': 1.8,
    '2030': 2.4,
    Helårsvirkning: 2.4,
    'Nye midler': 2.4,
  });

  it('a converted plan is no change of any amount, and the change of unit is stated', () => {
    const diff = compare(adopted, converted);
    expect([diff.measures.added, diff.measures.removed, diff.measures.changed]).toEqual([[], [], []]);
    expect(diff.unitChanged).toBe(true);
    expect(diff.unitNotConverted).toBeNull();
    const text = renderCompare(diff, 'text', 'nb');
    expect(text).toContain('Beløpsenheten er endret fra 1000 kr til mill kr. Beløpene er sammenlignet i kroner.');
    // Amounts in the newer version's unit: 2030's operating total 2 400 thousand = 2,4 mill.
    expect(text).toMatch(/2030 +2,4 +2,4 +0/);
  });

  it('mill kr with one decimal more: 2,45 in 2030 is 50 000 kr more than 2 400 thousand', () => {
    const diff = compare(
      adopted,
      typed('mill kr', {
        '2027': 0.6,
        '2028': 1.2,
        '2029': 1.8,
        '2030': 2.45,
        Helårsvirkning: 2.45,
        'Nye midler': 2.45,
      }),
    );
    const changes = diff.measures.changed[0]?.changes ?? [];
    expect(changes.filter((c) => c.field === 'years')).toEqual([
      { field: 'years', year: 2030, old: 2_400_000, new: 2_450_000 },
    ]);
    expect(th(diff.totals.operating)['2030']).toEqual([2400, 2450, 50]);
  });

  it('kr against 1000 kr: 600 000 kr typed in kr is 600 typed in 1000 kr, no change', () => {
    const inKr = typed('kr', {
      '2027': 600_000,
      '2028': 1_200_000,
      '2029': 1_800_000,
      '2030': 2_400_000,
      Helårsvirkning: 2_400_000,
      'Nye midler': 2_400_000,
    });
    const diff = compare(inKr, adopted);
    expect(diff.measures.changed).toEqual([]);
    expect(Object.values(diff.totals.newMoney).every((c) => c.difference === 0)).toBe(true);
  });
});
