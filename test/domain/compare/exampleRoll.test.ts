/**
 * The built-in example (2027–2030, 1000 kr) against its own roll (2028–2031): every change the comparison
 * reports is one the roll makes, computed here by hand from the example's tables (src/domain/example).
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { exampleContent } from '../../../src/domain/example/example';
import type { YearChanges } from '../../../src/domain/model/changeSet';
import { readPlan } from '../../../src/domain/read/plan';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const before = readPlan(example, { defaultStartYear: 2027 }).plan;
const rolled = applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(example, before, { date: '2027-12-15' }).edits);
const after = readPlan(rolled, { defaultStartYear: 2028 }).plan;
const diff = comparePlans(before, after, {
  old: { file: 'eksempel.xlsx', label: 'eksempel.xlsx' },
  new: { file: 'rullert.xlsx', label: 'rullert.xlsx' },
});

/** [old, new, Δ] per year in thousands. */
const thousands = (changes: YearChanges | undefined) =>
  Object.fromEntries(
    Object.entries(changes ?? {}).map(([y, c]) => [
      y,
      [c.old, c.new, c.difference].map((v) => (v === null ? null : v / 1000)),
    ]),
  );

describe('the example against its own roll', () => {
  it('compares the three overlapping years; 2027 is in the old period only, 2031 in the new', () => {
    expect(diff.years).toEqual({ common: [2028, 2029, 2030], onlyOld: [2027], onlyNew: [2031] });
    expect(diff.unitChanged).toBe(false);
  });

  it('changes no amount of an overlapping year: the roll moves no money between calendar years', () => {
    const yearChanges = diff.measures.changed.flatMap((m) =>
      m.changes.filter((c) => c.field === 'years' && c.onlyIn === undefined),
    );
    expect(yearChanges).toEqual([]);
    const lineYearChanges = diff.economyPlan.changed.flatMap((l) => l.changes.filter((c) => c.onlyIn === undefined));
    expect(lineYearChanges).toEqual([]);
    expect([diff.economyPlan.added, diff.economyPlan.removed]).toEqual([[], []]);
  });

  it('lists each economy plan line’s 2027 ≠ 0 as the adopted plan’s only; the roll leaves 2031 empty', () => {
    // The example's Økonomiplan (src/domain/example/example.ts), 2027 in thousands: R3 1 000, R4 250, R1 120, D-001
    // 600, D-003 250, D-009 120, ØP23-117 300; P-4101 3 000 (Tilskudd 1 200, Lån 1 800); P-4103 1 000 (Lån 750,
    // Fond 250); P-4104 2 500 (Mva-kompensasjon 400, Overføring fra drift 500, Lån 1 600): 17 lines. D-005 and
    // P-4102 with its three sources have 0 in 2027, no money either way: unchanged. A new last year the roll leaves
    // empty for finance (SPEC §11) is no amount: none has 2031.
    const y2027 = (old: number) => [{ field: 'years', year: 2027, old: old * 1000, new: null, onlyIn: 'old' }];
    expect(diff.economyPlan.changed.map((l) => [[l.ref || l.frame, l.source].join(' '), l.changes])).toEqual([
      ['R3 ', y2027(1000)],
      ['R4 ', y2027(250)],
      ['R1 ', y2027(120)],
      ['D-001 ', y2027(600)],
      ['D-003 ', y2027(250)],
      ['D-009 ', y2027(120)],
      ['ØP23-117 ', y2027(300)],
      ['P-4101 ', y2027(3000)],
      ['P-4101 Tilskudd', y2027(1200)],
      ['P-4101 Lån', y2027(1800)],
      ['P-4103 ', y2027(1000)],
      ['P-4103 Lån', y2027(750)],
      ['P-4103 Fond', y2027(250)],
      ['P-4104 ', y2027(2500)],
      ['P-4104 Mva-kompensasjon', y2027(400)],
      ['P-4104 Overføring fra drift', y2027(500)],
      ['P-4104 Lån', y2027(1600)],
    ]);
  });

  it("moves each investment's 2027 expenditure to Tidligere bevilget (I-002 spent nothing in 2027)", () => {
    // And numbers the sections again that D-002 (Samfunn og tjenester, 2 of 1..5) and D-009 (Organisasjon, 4 of
    // 1..6) left: D-003 3 → 2, D-004 4 → 3, D-005 5 → 4, D-010 5 → 4, D-011 6 → 5 (SPEC §11, the product's choice).
    // Each costed measure lists its 2027 (the adopted plan's only) and its 2031 ≠ 0 (the roll's: Helårsvirkning
    // of a Varig one) as one version's only: 2031 0 of the investments and the empty years of those not costed
    // (D-004, D-010) are not listed.
    const priority = (old: number) => ({ field: 'priority', old, new: old - 1 });
    const y2027 = (old: number) => ({ field: 'years', year: 2027, old: old * 1000, new: null, onlyIn: 'old' });
    const y2031 = (now: number) => ({ field: 'years', year: 2031, old: null, new: now * 1000, onlyIn: 'new' });
    const before = (now: number) => ({ field: 'before', old: 0, new: now * 1000 });
    expect(diff.measures.changed.map((m) => [m.id, m.changes])).toEqual([
      ['D-001', [y2027(600), y2031(2400)]],
      ['D-003', [priority(3), y2027(350), y2031(700)]],
      ['D-004', [priority(4)]],
      ['D-005', [priority(5), y2027(400), y2031(800)]],
      ['D-007', [y2027(150), y2031(150)]],
      ['D-010', [priority(5)]],
      ['D-011', [priority(6), y2027(200), y2031(200)]],
      ['I-001', [before(3000), y2027(3000)]],
      ['I-003', [before(1000), y2027(1000)]],
      ['I-005', [before(2500), y2027(2500)]],
    ]);
    expect(diff.measures.added).toEqual([]);
  });

  it('marks the five renumberings and the three bookings as such (docs/spec.md §14)', () => {
    // Samfunn og tjenester: D-001 1, D-003 3, D-004 4, D-005 5 → 1, 2, 3, 4 (same order); Organisasjon likewise
    // 5, 6 → 4, 5. I-001, I-003, I-005: Tidligere bevilget 0 → their 2027 expenditure (3 000, 1 000, 2 500). The
    // years one version only holds mark neither; D-001 and D-007 have nothing else, a change of neither kind.
    expect(diff.measures.changed.map((m) => [m.id, m.renumbered === true, m.carriedBefore === true])).toEqual([
      ['D-001', false, false],
      ['D-003', true, false],
      ['D-004', true, false],
      ['D-005', true, false],
      ['D-007', false, false],
      ['D-010', true, false],
      ['D-011', true, false],
      ['I-001', false, true],
      ['I-003', false, true],
      ['I-005', false, true],
    ]);
  });

  it('lists D-002 and D-009 as finished one-offs, not removed: SPEC §11 takes them out, done in 2027', () => {
    // The example's Engangs measures D-002 (300 thousand) and D-009 (120 thousand) spend in 2027 only; no measure
    // is gone otherwise.
    expect(diff.measures.removed).toEqual([]);
    expect(diff.measures.finished.map((m) => [m.id, m.table, m.years])).toEqual([
      ['D-002', 'operating', { '2027': 300_000, '2028': null, '2029': null, '2030': null }],
      ['D-009', 'operating', { '2027': 120_000, '2028': null, '2029': null, '2030': null }],
    ]);
  });

  it('totals: operating cost per calendar year, 2031 at full-year effect', () => {
    // 2027: D-001 600 + D-002 300 + D-003 350 + D-005 400 + D-007 150 + D-009 120 + D-011 200 = 2 120.
    // 2031: the Varig measures at Helårsvirkning, 2 400 + 700 + 800 + 150 + 200 = 4 250; Engangs 0.
    expect(thousands(diff.totals.operating)).toEqual({
      '2027': [2120, null, null],
      '2028': [3050, 3050, 0],
      '2029': [3650, 3650, 0],
      '2030': [4250, 4250, 0],
      '2031': [null, 4250, null],
    });
  });

  it('totals: new money per year and per frame, investment per year', () => {
    // New money: D-001 all of it; D-003 5/7 of its cost; D-005 half; D-009 120 in 2027; D-011 all of it.
    expect(thousands(diff.totals.newMoney)).toEqual({
      '2027': [1370, null, null],
      '2028': [2300, 2300, 0],
      '2029': [2900, 2900, 0],
      '2030': [3500, 3500, 0],
      '2031': [null, 3500, null],
    });
    const r3 = diff.totals.byFrame.find((f) => f.frame === 'R3')?.years;
    expect(thousands(r3)).toEqual({
      '2027': [1000, null, null],
      '2028': [1800, 1800, 0],
      '2029': [2400, 2400, 0],
      '2030': [3000, 3000, 0],
      '2031': [null, 3000, null],
    });
    expect(thousands(diff.totals.investment)).toEqual({
      '2027': [6500, null, null],
      '2028': [20000, 20000, 0],
      '2029': [21000, 21000, 0],
      '2030': [1000, 1000, 0],
      '2031': [null, 0, null],
    });
  });
});
