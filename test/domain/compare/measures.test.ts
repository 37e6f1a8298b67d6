/**
 * Which measures of two versions are the same measure (SPEC §14 "Measures are matched by ID"): an ID matches the
 * way the reconciliation matches it (§10: trimmed, case ignored), two measures of one version whose IDs differ
 * only in case pair with their own spelling first, and a measure that moved between Tiltak drift and Tiltak
 * investering keeping its ID is one changed measure, not one removed and one new. Plans are read from canonical
 * workbooks, amounts typed in 1000 kr; every expected figure is worked out by hand in the comments.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

type Row = Record<string, CellValue>;

function plan(operating: Row[], investment: Row[] = []): Plan {
  return readPlan(canonicalSnapshot({ operating, investment }), { defaultStartYear: 2027 }).plan;
}

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };
const compare = (a: Plan, b: Plan): ChangeSet => comparePlans(a, b, sides);

/** operatingRow() (D-001, 600/1 200/1 800/2 400, full year 2 400, all new money) as an investment project. */
const asInvestment = (o: Row = {}): Row => ({
  ID: 'D-001',
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: 'Utvidelse miljøteam',
  Kostnadsstatus: 'Beregnet',
  Prosjektnr: 'P-101',
  Formål: 'Annet',
  Kostnadsramme: 6000,
  '2027': 600,
  '2028': 1200,
  '2029': 1800,
  '2030': 2400,
  Lån: 6000,
  Ansvarlig: 'Leder boligkontor',
  'Berørte planområder': 'Oppvekst',
  Rammeområde: '2',
  ...o,
});

const ids = (diff: ChangeSet) => ({
  added: diff.measures.added.map((m) => m.id),
  removed: diff.measures.removed.map((m) => m.id),
  changed: diff.measures.changed.map((m) => m.id),
});

describe('compareMeasures: an ID matches as the reconciliation matches it', () => {
  it('an ID retyped in another case is the same measure: only its real change is listed', () => {
    // d-014 costs 1 200 in 2028 in the adopted plan; retyped D-014 it costs 1 500 now.
    const diff = compare(plan([operatingRow({ ID: 'd-014' })]), plan([operatingRow({ ID: 'D-014', '2028': 1500 })]));
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: ['D-014'] });
    expect(diff.measures.changed[0]?.changes).toEqual([{ field: 'years', year: 2028, old: 1_200_000, new: 1_500_000 }]);
  });

  it('a measure paired by case stands in its place among the changed ones', () => {
    // D-001, d-002 (retyped D-002) and D-003 each cost 100 more in 2027 now (600 → 700).
    const row = (id: string, priority: number, y2027 = 600) =>
      operatingRow({ ID: id, Prioritet: priority, '2027': y2027 });
    const diff = compare(
      plan([row('D-001', 1), row('d-002', 2), row('D-003', 3)]),
      plan([row('D-001', 1, 700), row('D-002', 2, 700), row('D-003', 3, 700)]),
    );
    expect(ids(diff).changed).toEqual(['D-001', 'D-002', 'D-003']);
  });

  it('an ID retyped in another case with nothing else changed is no change at all', () => {
    const diff = compare(plan([operatingRow({ ID: 'd-014' })]), plan([operatingRow({ ID: 'D-014' })]));
    expect(diff.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
  });

  // Two measures of one version whose IDs differ only in case (D-014 miljøteam 600 in 2027, d-014 boveileder
  // 100): the check reports the second as id-duplicate, and the comparison pairs each with its own spelling.
  const twin = (o: Row = {}) => operatingRow({ ID: 'd-014', Prioritet: 2, Tiltak: 'Boveileder', ...o });
  const twins = {
    miljo: operatingRow({ ID: 'D-014' }),
    bo: twin({ '2027': 100, '2028': 100, '2029': 100, '2030': 100, Helårsvirkning: 100, 'Nye midler': 100 }),
  };

  it('two IDs in one version that differ only in case pair with their own spelling, whatever the row order', () => {
    const diff = compare(plan([twins.miljo, twins.bo]), plan([twins.bo, twins.miljo]));
    expect(diff.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
  });

  it('of two IDs that differ only in case, the one whose spelling is gone is the one removed', () => {
    const diff = compare(plan([twins.miljo, twins.bo]), plan([twins.bo]));
    expect(ids(diff)).toEqual({ added: [], removed: ['D-014'], changed: [] });
    expect(diff.measures.removed[0]?.measure).toBe('Utvidelse miljøteam');
  });

  it('a spelling found on one side only still pairs by case with the measure left over', () => {
    // Before: D-014 and d-014; now D-014 and a retyped D-014 (the boveileder, now 150 in 2030).
    const retyped = { ...twins.bo, ID: 'D-014', '2030': 150 };
    const diff = compare(plan([twins.miljo, twins.bo]), plan([twins.miljo, retyped]));
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: ['D-014'] });
    expect(diff.measures.changed[0]?.measure).toBe('Boveileder');
    expect(diff.measures.changed[0]?.changes).toEqual([{ field: 'years', year: 2030, old: 100_000, new: 150_000 }]);
  });
});

describe('compareMeasures: a measure moved between Tiltak drift and Tiltak investering', () => {
  it('is one changed measure that says where it came from, with every field and amount that differs', () => {
    const diff = compare(plan([operatingRow()]), plan([], [asInvestment()]));
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: ['D-001'] });
    const moved = diff.measures.changed[0];
    expect([moved?.table, moved?.movedFrom, moved?.sheet, moved?.row]).toEqual([
      'investment',
      'operating',
      'Tiltak investering',
      2,
    ]);
    // The years (600/1 200/1 800/2 400) and the shared fields are the same; the investment's own columns come
    // in its column order, then the operating columns it no longer has (Felles tiltak, Endret drift and Annen
    // finansiering were 0, which is no money, as an empty cell).
    expect(moved?.changes).toEqual([
      { field: 'project', old: '', new: 'P-101' },
      { field: 'purpose', old: '', new: 'Annet' },
      { field: 'budget', old: null, new: 6_000_000 },
      { field: 'finLoan', old: null, new: 6_000_000 },
      { field: 'kind', old: 'Varig', new: '' },
      { field: 'fullYear', old: 2_400_000, new: null },
      { field: 'finNew', old: 2_400_000, new: null },
    ]);
  });

  it('moves its money from the operating totals to the investment totals', () => {
    const diff = compare(plan([operatingRow()]), plan([], [asInvestment()]));
    expect(diff.totals.operating['2029']).toEqual({ old: 1_800_000, new: 0, difference: -1_800_000 });
    expect(diff.totals.newMoney['2030']).toEqual({ old: 2_400_000, new: 0, difference: -2_400_000 });
    expect(diff.totals.investment['2028']).toEqual({ old: 0, new: 1_200_000, difference: 1_200_000 });
  });

  it('moved back, with a year changed on the way: the year is listed and the move says which way', () => {
    // The project's 2027 was 600; as an operating measure again it costs 500 in 2027.
    const diff = compare(plan([], [asInvestment()]), plan([operatingRow({ '2027': 500 })]));
    const moved = diff.measures.changed[0];
    expect([moved?.table, moved?.movedFrom]).toEqual(['operating', 'investment']);
    expect(moved?.changes.slice(0, 2)).toEqual([
      { field: 'kind', old: '', new: 'Varig' },
      { field: 'years', year: 2027, old: 600_000, new: 500_000 },
    ]);
  });

  it('an ID retyped in another case while moving is still the same measure', () => {
    const diff = compare(plan([operatingRow({ ID: 'd-001' })]), plan([], [asInvestment()]));
    expect(ids(diff)).toEqual({ added: [], removed: [], changed: ['D-001'] });
  });

  it('a measure that stays in its table keeps its pair there, and carries no movedFrom', () => {
    // D-001 stays in drift (2028 now 1 500); a project with the same ID up to case is new in investering.
    const diff = compare(
      plan([operatingRow()]),
      plan([operatingRow({ '2028': 1500 })], [asInvestment({ ID: 'd-001' })]),
    );
    expect(ids(diff)).toEqual({ added: ['d-001'], removed: [], changed: ['D-001'] });
    expect(diff.measures.changed[0]?.table).toBe('operating');
    expect(diff.measures.changed[0]).not.toHaveProperty('movedFrom');
  });

  it('its own spelling first, before its own table: D-001 moved, the d-001 left in drift is the new one', () => {
    // Adopted: D-001 in drift. Now: D-001 in investering (moved), and a d-001 typed in drift (an id-duplicate of
    // it, §8). SPEC §14: each pairs with its own spelling first, so D-001 is the moved measure and d-001 is new;
    // pairing D-001 with d-001 because they share the table would list the project as new and the drift measure
    // as changed in text (Tiltak «Utvidelse miljøteam» → «Ny husvert»).
    const diff = compare(
      plan([operatingRow()]),
      plan([operatingRow({ ID: 'd-001', Tiltak: 'Ny husvert' })], [asInvestment()]),
    );
    expect(ids(diff)).toEqual({ added: ['d-001'], removed: [], changed: ['D-001'] });
    expect([diff.measures.changed[0]?.table, diff.measures.changed[0]?.movedFrom]).toEqual(['investment', 'operating']);
  });

  it('lists changed measures in the newer version order, a moved one among them', () => {
    // Newer order: drift D-001 (2028 changed), D-003 (moved from investering), then investering I-002 (changed).
    const d3 = (o: Row = {}) => operatingRow({ ID: 'D-003', Prioritet: 2, ...o });
    const i2 = (o: Row = {}) => asInvestment({ ID: 'I-002', ...o });
    const diff = compare(
      plan([operatingRow()], [asInvestment({ ID: 'D-003' }), i2()]),
      plan([operatingRow({ '2028': 1500 }), d3()], [i2({ Tiltak: 'Omsorgsboliger' })]),
    );
    expect(diff.measures.changed.map((m) => [m.id, m.table, m.movedFrom ?? null])).toEqual([
      ['D-001', 'operating', null],
      ['D-003', 'operating', 'investment'],
      ['I-002', 'investment', null],
    ]);
  });

  it('is listed even when no field differs, since the table it stands in is a change of its own', () => {
    // A measure not costed yet, no Type, nothing but what both tables share (a plan built, not read: the reader
    // would have made the empty Type Varig, which the project does not have).
    const shared = {
      ...{ id: 'D-009', priority: 1, ref: '', measure: 'Husvert', costStatus: 'Må utredes' },
      years: [null, null, null, null],
    };
    const before = makePlan({ operating: [makeOperating({ ...shared, kind: '', fullYear: null, finNew: null })] });
    const after = makePlan({
      operating: [],
      investment: [
        makeInvestment({
          ...shared,
          purpose: '',
          project: '',
          budget: null,
          finVat: null,
          finGrant: null,
          finLoan: null,
        }),
      ],
    });
    const diff = comparePlans(before, after, sides);
    expect(diff.measures.changed.map((m) => [m.id, m.table, m.movedFrom, m.changes])).toEqual([
      ['D-009', 'investment', 'operating', []],
    ]);
  });
});

describe('compareMeasures: a measure without an ID', () => {
  // D-001 as operatingRow() (600/1 200/1 800/2 400), and a draft measure without an ID typed under it: 100 a
  // year, priority 2. The draft cannot be matched by ID; unchanged, it is still no change.
  const draft = (o: Row = {}): Row => operatingRow({ ID: null, Prioritet: 2, Tiltak: 'Boveileder', ...o });
  const flat = { '2027': 100, '2028': 100, '2029': 100, '2030': 100, Helårsvirkning: 100, 'Nye midler': 100 };

  it('unchanged in both versions is no change: neither added nor removed', () => {
    const diff = compare(plan([operatingRow(), draft(flat)]), plan([operatingRow(), draft(flat)]));
    expect(diff.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
  });

  it('a row holding only a Kommentar (a note inside the table), unchanged, is no change either', () => {
    const note = { Kommentar: 'Tiltakene under er foreløpige' };
    const diff = compare(plan([operatingRow(), note]), plan([operatingRow(), { Kommentar: 'Foreløpige tiltak' }]));
    expect(diff.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
  });

  it('changed in any compared field, it is removed and added, as before: it has nothing to be matched by', () => {
    // 2029: 100 → 150. Totals move by exactly that: operating 2029 1 800 + 100 = 1 900 → 1 950.
    const diff = compare(plan([operatingRow(), draft(flat)]), plan([operatingRow(), draft({ ...flat, '2029': 150 })]));
    expect(diff.measures.added.map((m) => [m.id, m.measure, m.years['2029']])).toEqual([['', 'Boveileder', 150_000]]);
    expect(diff.measures.removed.map((m) => [m.id, m.measure, m.years['2029']])).toEqual([['', 'Boveileder', 100_000]]);
    expect(diff.totals.operating['2029']).toEqual({ old: 1_900_000, new: 1_950_000, difference: 50_000 });
  });

  it('two identical drafts in the older version and one in the newer: one of them is removed', () => {
    const diff = compare(plan([draft(flat), draft(flat)]), plan([draft(flat)]));
    expect([diff.measures.added.length, diff.measures.removed.length, diff.measures.changed.length]).toEqual([0, 1, 0]);
    expect(diff.totals.operating['2027']).toEqual({ old: 200_000, new: 100_000, difference: -100_000 });
  });
});
